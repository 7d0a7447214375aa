package nl.spreiding.pledge.uitkering;

/**
 * The rule for creditings between municipalities in the specifieke uitkering: the grant follows the place, not the
 * crediting. It pays a municipality for the durable places it realised and offers itself; a confirmed crediting
 * (issue 14.6: Dronten lent 200 of its places <em>administratively</em> to Kampen, on condition that Kampen realised
 * the rest itself) moves where places count towards the task, not the places, so it moves no money. Each place is
 * paid once, to the municipality that provides it, as it counts once for the task.
 *
 * <p>Source: Regeling specifieke uitkeringen (Stcrt. 2024, 3349; art. 15a Financiële-verhoudingswet): a payment per
 * durable place, for part of them on application stating at least the date from which the place is available
 * ({@code DOMAIN.md}), which only the municipality that provides the place can state. Neither the Regeling's text at
 * hand nor the VNG letter mentions creditings; should the ministry decide otherwise, this class is the one to change.
 * It is a decision, not a missing feature.
 */
public final class UitkeringVolgtDePlaats {

    /** The rule as the explanation of an entitlement states it. */
    public static final String REGEL = "een verrekening telt voor de opgave, niet voor de uitkering: de uitkering "
            + "betaalt de duurzame plaatsen die de gemeente zelf realiseert (Regeling specifieke uitkeringen, Stcrt. "
            + "2024, 3349)";

    private UitkeringVolgtDePlaats() {
    }

    /** The places the grant pays for: the municipality's own realised durable places; {@code verrekend} is shown only. */
    public static int betaaldePlaatsen(int eigenDuurzaam, int verrekend) {
        return eigenDuurzaam;
    }

    /** What the explanation says about the crediting: nothing without one. */
    public static String toelichting(int verrekend) {
        return verrekend == 0 ? "" : "; verrekend: " + (verrekend > 0 ? "+" : "") + verrekend + " (" + REGEL + ")";
    }
}
