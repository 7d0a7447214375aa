package nl.spreiding.pledge.gebeurtenissen;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code nl.spreiding.provinciaal-plan.ingediend}. It says how the plan counted: {@code verrekend} is the
 * province's net of confirmed creditings (those within the province cancel out), {@code verrekeningen} each
 * municipality's share of it, and {@code nietMeegeteld} the pledged places the counting rules left out. Promising
 * initiatives are accepted only in the decision, after which no plan can be submitted, so a plan never counts them.
 */
public record PlanIngediend(String cyclus, UUID planId, String provinciecode, int planversie, Instant ingediendOp,
        boolean teLaat, int opgave, int bestaandePlaatsen, int toegezegd, int amvOpgave, int amvToegezegd,
        boolean dektOpgave, int tekort, int amvTekort, int verrekend, List<Verrekend> verrekeningen,
        int nietMeegeteld, List<String> gemeentenOnderOpgave, UUID vorigPlanId, String door) {

    /** Places a confirmed crediting counts for (+) or no longer for (-) one municipality of the plan. */
    public record Verrekend(String gemeentecode, int verrekend) {
    }
}
