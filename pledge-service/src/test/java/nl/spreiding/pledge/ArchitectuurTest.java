package nl.spreiding.pledge;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import nl.spreiding.testsupport.ArchitectuurRegels;

/** The rules inside a service (ARCHITECTURE.md, "Rules inside a service"), checked on pledge-service's main classes. */
class ArchitectuurTest {

    private static final String BASIS = "nl.spreiding.pledge";
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
