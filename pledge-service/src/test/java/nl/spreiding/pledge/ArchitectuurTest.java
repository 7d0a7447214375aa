package nl.spreiding.pledge;

import nl.spreiding.testsupport.ArchitectuurContract;

/** The rules inside a service (ARCHITECTURE.md), checked against pledge-service's main classes. */
class ArchitectuurTest extends ArchitectuurContract {

    ArchitectuurTest() {
        super("nl.spreiding.pledge");
    }
}
