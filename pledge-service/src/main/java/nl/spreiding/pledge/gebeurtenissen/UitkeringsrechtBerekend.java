package nl.spreiding.pledge.gebeurtenissen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code nl.spreiding.uitkering.recht-berekend}: a municipality's entitlement to the specifieke uitkering,
 * in cents, with the deadline for the part that needs an application (notification-service puts it in the calendar).
 */
public record UitkeringsrechtBerekend(String cyclus, UUID uitkeringsrechtId, String gemeentecode, String provinciecode,
        int regelingVersie, int opgave, int duurzamePlaatsen, long automatischCent, long opAanvraagCent,
        LocalDate aanvraagUiterlijk, String toelichting, Instant berekendOp, String door) {
}
