package nl.spreiding.pledge.gebeurtenissen;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Data of {@code nl.spreiding.provinciaal-plan.ingediend}. */
public record PlanIngediend(String cyclus, UUID planId, String provinciecode, int planversie, Instant ingediendOp,
        boolean teLaat, int opgave, int bestaandePlaatsen, int toegezegd, int amvOpgave, int amvToegezegd,
        boolean dektOpgave, int tekort, int amvTekort, List<String> gemeentenOnderOpgave, UUID vorigPlanId,
        String door) {
}
