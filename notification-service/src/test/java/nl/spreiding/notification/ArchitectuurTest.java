package nl.spreiding.notification;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import nl.spreiding.testsupport.ArchitectuurRegels;

/** The rules inside a service (ARCHITECTURE.md, "Rules inside a service"), checked on notification-service. */
class ArchitectuurTest {

    private static final String BASIS = "nl.spreiding.notification";
    private static final JavaClasses KLASSEN = ArchitectuurRegels.klassenVan(BASIS);

    @Test
    void geenPakketCycli() {
        ArchitectuurRegels.geenPakketCycli(BASIS).check(KLASSEN);
    }

    @Test
    void resourcesZonderPersistentie() {
        ArchitectuurRegels.resourcesZonderPersistentie(BASIS).check(KLASSEN);
    }

    @Test
    void alleenGebeurtenissenRaaktKafka() {
        ArchitectuurRegels.alleenGebeurtenissenRaaktKafka(BASIS).check(KLASSEN);
    }

    @Test
    void typenEnTopicsAlleenInGebeurtenissen() {
        ArchitectuurRegels.typenEnTopicsAlleenInGebeurtenissen(BASIS).check(KLASSEN);
    }

    @Test
    void alleenDeRandGooitProblemen() {
        ArchitectuurRegels.alleenDeRandGooitProblemen(BASIS).check(KLASSEN);
    }

    @Test
    void tijdKomtVanDeKlok() {
        ArchitectuurRegels.tijdKomtVanDeKlok(BASIS).check(KLASSEN);
    }
}
