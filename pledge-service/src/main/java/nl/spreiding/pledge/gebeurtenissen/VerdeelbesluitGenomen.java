package nl.spreiding.pledge.gebeurtenissen;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Data of {@code nl.spreiding.verdeelbesluit.genomen}. */
public record VerdeelbesluitGenomen(String cyclus, UUID besluitId, LocalDate besluitdatum, LocalDate realisatieUiterlijk,
        String regel, String door, List<AanwijzingKort> aanwijzingen) {

    public record AanwijzingKort(UUID aanwijzingId, String gemeentecode, String provinciecode, int aantalPlaatsen,
            int aantalAmv) {
    }
}
