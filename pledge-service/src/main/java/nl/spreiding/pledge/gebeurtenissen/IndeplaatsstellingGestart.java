package nl.spreiding.pledge.gebeurtenissen;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code nl.spreiding.indeplaatsstelling.gestart}. */
public record IndeplaatsstellingGestart(String cyclus, UUID aanwijzingId, String gemeentecode, String provinciecode,
        Instant gestartOp, String door, String toelichting) {
}
