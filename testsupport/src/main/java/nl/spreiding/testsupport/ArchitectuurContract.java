package nl.spreiding.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The rules inside a service (ARCHITECTURE.md, "Rules inside a service"), one test per rule, checked against the
 * service's main classes. Each service's {@code ArchitectuurTest} extends it with its base package.
 */
public abstract class ArchitectuurContract {

    /** Importing a service's classes takes a second or two: once per test JVM, not once per rule. */
    private static final Map<String, JavaClasses> GEIMPORTEERD = new ConcurrentHashMap<>();

    private final String basis;

    protected ArchitectuurContract(String basisPakket) {
        this.basis = basisPakket;
    }

    protected JavaClasses klassen() {
        return GEIMPORTEERD.computeIfAbsent(basis, ArchitectuurRegels::klassenVan);
    }

    protected String basis() {
        return basis;
    }

    @Test
    void geenPakketCycli() {
        ArchitectuurRegels.geenPakketCycli(basis).check(klassen());
    }

    @Test
    void resourcesZonderPersistentie() {
        ArchitectuurRegels.resourcesZonderPersistentie(basis).check(klassen());
    }

    @Test
    void alleenGebeurtenissenRaaktKafka() {
        ArchitectuurRegels.alleenGebeurtenissenRaaktKafka(basis).check(klassen());
    }

    @Test
    void typenEnTopicsAlleenInGebeurtenissen() {
        ArchitectuurRegels.typenEnTopicsAlleenInGebeurtenissen(basis).check(klassen());
    }

    @Test
    void alleenDeRandGooitProblemen() {
        ArchitectuurRegels.alleenDeRandGooitProblemen(basis).check(klassen());
    }

    @Test
    void tijdKomtVanDeKlok() {
        ArchitectuurRegels.tijdKomtVanDeKlok(basis).check(klassen());
    }
}
