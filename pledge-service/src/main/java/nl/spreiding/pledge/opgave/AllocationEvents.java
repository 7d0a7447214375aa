package nl.spreiding.pledge.opgave;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The data of the allocation-service events this service reads (docs/gebeurtenissen.md); unknown fields are ignored. */
public final class AllocationEvents {

    public static final String TOPIC = "spreiding.allocation.v1";
    public static final String CYCLUS_GEOPEND = "nl.spreiding.cyclus.geopend";
    public static final String VERDELING_VASTGESTELD = "nl.spreiding.verdeling.vastgesteld";
    public static final String VERDELING_HERZIEN = "nl.spreiding.verdeling.herzien";

    private AllocationEvents() {
    }

    public record CyclusGeopend(String cyclus, Integer referentiejaar, Termijnen termijnen) {
    }

    public record Termijnen(LocalDate raming, LocalDate provinciaalPlan, LocalDate verdeelbesluit,
            Integer realisatieMaanden, LocalDate volgendeCyclus) {
    }

    public record Verdeling(String verdelingId, String cyclus, Doelgroep doelgroep, Integer versie,
            Integer vorigeVersie, Integer totaal, Integer amvTotaal, Instant vastgesteldOp, List<Gebied> provincies,
            List<Gebied> gemeenten) {
    }

    public record Gebied(String provinciecode, String gemeentecode, String naam, Long aantalInwoners, Integer opgave,
            Integer amv, Integer bestaandePlaatsen, Integer resterendeOpgave) {
    }
}
