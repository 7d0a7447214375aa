package nl.spreiding.pledge.gebeurtenissen;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Data of {@code nl.spreiding.verdeelbesluit.genomen}. */
public record VerdeelbesluitGenomen(String cyclus, UUID besluitId, LocalDate besluitdatum, LocalDate realisatieUiterlijk,
        String regel, String door, List<AanwijzingKort> aanwijzingen,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<KansrijkKort> kansrijkeInitiatieven) {

    /** A promising initiative the decision accepted (additive, optional: left out when there are none). */
    public record KansrijkKort(UUID toezeggingId, String gemeentecode, String provinciecode, int aantalPlaatsen,
            int aantalAmv, String criterium, String reden) {
    }

    public record AanwijzingKort(UUID aanwijzingId, String gemeentecode, String provinciecode, int aantalPlaatsen,
            int aantalAmv) {
    }
}
