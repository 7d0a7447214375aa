package nl.spreiding.platform;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import nl.spreiding.testsupport.ArchitectuurRegels;

/** The platform keeps the rules that apply to it: no package cycles, and time only from the clock it produces. */
class ArchitectuurTest {

    private static final String BASIS = "nl.spreiding.platform";
    private static final JavaClasses KLASSEN = ArchitectuurRegels.klassenVan(BASIS);

    @Test
    void geenPakketCycli() {
        ArchitectuurRegels.geenPakketCycli(BASIS).check(KLASSEN);
    }

    @Test
    void tijdKomtVanDeKlok() {
        // The producer itself reads the system clock, once.
        ArchitectuurRegels.tijdKomtVanDeKlok(BASIS).check(KLASSEN.that(
                com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(BASIS + ".clock"))));
    }
}
