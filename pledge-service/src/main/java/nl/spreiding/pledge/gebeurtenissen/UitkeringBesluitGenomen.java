package nl.spreiding.pledge.gebeurtenissen;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code nl.spreiding.uitkering.besluit-genomen}: the minister granted or refused an application, with a reason. */
public record UitkeringBesluitGenomen(String cyclus, UUID uitkeringsrechtId, String gemeentecode, String provinciecode,
        String besluit, long toegekendCent, String reden, Instant beslotenOp, String door) {
}
