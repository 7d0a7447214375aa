package nl.spreiding.notification;

import nl.spreiding.testsupport.ArchitectuurContract;

/** The rules inside a service (ARCHITECTURE.md), checked against notification-service's main classes. */
class ArchitectuurTest extends ArchitectuurContract {

    ArchitectuurTest() {
        super("nl.spreiding.notification");
    }
}
