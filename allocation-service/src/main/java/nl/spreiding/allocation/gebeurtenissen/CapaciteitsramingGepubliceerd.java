package nl.spreiding.allocation.gebeurtenissen;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@value AllocatieGebeurtenissen#CAPACITEITSRAMING_GEPUBLICEERD}: the estimate of a cycle, published once. */
@JsonPropertyOrder({ "cyclus", "totaalPlaatsen", "amvPlaatsen", "peildatum", "gepubliceerdOp", "door" })
public record CapaciteitsramingGepubliceerd(String cyclus, int totaalPlaatsen, int amvPlaatsen, LocalDate peildatum,
        Instant gepubliceerdOp, String door) {
}
