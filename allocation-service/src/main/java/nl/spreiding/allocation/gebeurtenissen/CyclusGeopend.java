package nl.spreiding.allocation.gebeurtenissen;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@value AllocatieGebeurtenissen#CYCLUS_GEOPEND}: a cycle was opened with these deadlines. */
@JsonPropertyOrder({ "cyclus", "referentiejaar", "termijnen", "door" })
public record CyclusGeopend(String cyclus, int referentiejaar, Termijnen termijnen, String door) {

    /** The deadlines of the cycle. */
    @JsonPropertyOrder({ "raming", "provinciaalPlan", "verdeelbesluit", "realisatieMaanden", "volgendeCyclus" })
    public record Termijnen(LocalDate raming, LocalDate provinciaalPlan, LocalDate verdeelbesluit, int realisatieMaanden,
            LocalDate volgendeCyclus) {
    }
}
