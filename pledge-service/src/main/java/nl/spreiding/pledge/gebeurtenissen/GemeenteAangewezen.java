package nl.spreiding.pledge.gebeurtenissen;

import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code nl.spreiding.gemeente.aangewezen}. */
public record GemeenteAangewezen(String cyclus, UUID aanwijzingId, UUID besluitId, String gemeentecode,
        String provinciecode, int aantalPlaatsen, int aantalAmv, LocalDate realisatieUiterlijk) {
}
