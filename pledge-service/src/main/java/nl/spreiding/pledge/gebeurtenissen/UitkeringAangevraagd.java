package nl.spreiding.pledge.gebeurtenissen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code nl.spreiding.uitkering.aangevraagd}: a municipality applied for the part paid on application. */
public record UitkeringAangevraagd(String cyclus, UUID uitkeringsrechtId, String gemeentecode, String provinciecode,
        long opAanvraagCent, LocalDate beschikbaarVanaf, Instant aangevraagdOp, String door) {
}
