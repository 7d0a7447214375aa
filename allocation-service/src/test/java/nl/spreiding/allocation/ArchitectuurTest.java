package nl.spreiding.allocation;

import org.junit.jupiter.api.Test;

import nl.spreiding.testsupport.ArchitectuurContract;
import nl.spreiding.testsupport.ArchitectuurRegels;

/** The rules inside a service (ARCHITECTURE.md), checked against allocation-service's main classes. */
class ArchitectuurTest extends ArchitectuurContract {

    ArchitectuurTest() {
        super("nl.spreiding.allocation");
    }

    @Test
    void kernZonderFramework() {
        ArchitectuurRegels.kernZonderFramework(basis() + ".verdeling").check(klassen());
    }
}
