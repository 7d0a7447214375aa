package nl.spreiding.pledge.gebeurtenissen;

import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code nl.spreiding.realisatie.termijn-verstreken}. */
public record TermijnVerstreken(String cyclus, UUID aanwijzingId, String gemeentecode, String provinciecode,
        int aantalPlaatsen, int aantalGerealiseerd, LocalDate realisatieUiterlijk) {
}
