package nl.spreiding.pledge.gebeurtenissen;

import java.time.Instant;
import java.util.UUID;

import nl.spreiding.pledge.opgave.Doelgroep;

/** Data of {@code nl.spreiding.realisatie.gemeld}. */
public record RealisatieGemeld(String cyclus, UUID realisatieId, String gemeentecode, String provinciecode,
        String locatie, Doelgroep doelgroep, int aantalGerealiseerd, boolean duurzaam, Instant gemeldOp,
        UUID aanwijzingId, UUID toezeggingId, String door) {
}
