package nl.spreiding.pledge.gebeurtenissen;

import java.time.LocalDate;

/** Data of {@code nl.spreiding.cyclus.geopend} (allocation-service); unknown fields are ignored. */
public record CyclusGeopend(String cyclus, Integer referentiejaar, Termijnen termijnen) {

    public record Termijnen(LocalDate raming, LocalDate provinciaalPlan, LocalDate verdeelbesluit,
            Integer realisatieMaanden, LocalDate volgendeCyclus) {
    }
}
