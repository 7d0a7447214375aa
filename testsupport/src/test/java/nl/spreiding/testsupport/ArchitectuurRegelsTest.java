package nl.spreiding.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;

/** Each rule fails on a class that breaks it (voorbeeld.fout) and passes on one that keeps it (voorbeeld.goed). */
class ArchitectuurRegelsTest {

    private static final JavaClasses FOUT = klassen("nl.spreiding.voorbeeld.fout");
    private static final JavaClasses GOED = klassen("nl.spreiding.voorbeeld.goed");

    @Test
    void eenPakketcyclusWordtGemeld() {
        assertThat(overtredingen(ArchitectuurRegels.geenPakketCycli("nl.spreiding.voorbeeld.fout"), FOUT))
                .contains("Cycle detected");
    }

    @Test
    void kafkaBuitenGebeurtenissenWordtGemeld() {
        assertThat(overtredingen(ArchitectuurRegels.alleenGebeurtenissenRaaktKafka("nl.spreiding.voorbeeld.fout"), FOUT))
                .contains("B.bericht").contains("org.apache.kafka");
    }

    @Test
    void eenTypeconstanteBuitenGebeurtenissenWordtGemeld() {
        assertThat(overtredingen(ArchitectuurRegels.typenEnTopicsAlleenInGebeurtenissen("nl.spreiding.voorbeeld.fout"), FOUT))
                .contains("A.TYPE");
    }

    @Test
    void tijdZonderKlokWordtGemeld() {
        assertThat(overtredingen(ArchitectuurRegels.tijdKomtVanDeKlok("nl.spreiding.voorbeeld.fout"), FOUT))
                .contains("Instant.now()");
    }

    @Test
    void eenKernMetEenBibliotheekWordtGemeld() {
        assertThat(overtredingen(ArchitectuurRegels.kernZonderFramework("nl.spreiding.voorbeeld.fout.kern"), FOUT))
                .contains("Kern.som");
    }

    @Test
    void codeDieDeRegelsVolgtSlaagt() {
        String basis = "nl.spreiding.voorbeeld.goed";
        assertThatCode(() -> {
            ArchitectuurRegels.geenPakketCycli(basis).check(GOED);
            ArchitectuurRegels.alleenGebeurtenissenRaaktKafka(basis).check(GOED);
            ArchitectuurRegels.typenEnTopicsAlleenInGebeurtenissen(basis).check(GOED);
            ArchitectuurRegels.tijdKomtVanDeKlok(basis).check(GOED);
            ArchitectuurRegels.kernZonderFramework(basis + ".kern").check(GOED);
        }).doesNotThrowAnyException();
    }

    private static String overtredingen(ArchRule regel, JavaClasses klassen) {
        var resultaat = regel.evaluate(klassen);
        assertThat(resultaat.hasViolation()).as("de regel meldt een overtreding").isTrue();
        return resultaat.getFailureReport().toString();
    }

    private static JavaClasses klassen(String pakket) {
        return new com.tngtech.archunit.core.importer.ClassFileImporter().importPackages(pakket);
    }
}
