package nl.spreiding.pledge.gebeurtenissen;

import java.time.Instant;
import java.util.UUID;

import nl.spreiding.pledge.opgave.Doelgroep;

/** Data of {@code nl.spreiding.uitruil.vastgelegd}: who recorded the trade is {@code door}, as in the other events. */
public record UitruilVastgelegd(UUID id, String cyclus, String provinciecode, String gemeentecode,
        Doelgroep vanDoelgroep, Doelgroep naarDoelgroep, int aantalPlaatsen, String reden, String door,
        Instant vastgelegdOp) {
}
