package nl.spreiding.allocation.verdeling;

import java.util.List;

/** How exact shares become whole places. */
public enum Afronding {

    /** Round half up per municipality: reproduces the published tables; the sum may miss the total by a few places. */
    PER_GEMEENTE("per gemeente afgerond op een geheel aantal (0.5 naar boven)"),

    /**
     * Largest remainder (Hamilton): floor every share, then the remaining places one by one to the largest fractional
     * parts. The sum equals the total exactly.
     */
    GROOTSTE_OVERSCHOT("grootste overschot: elke gemeente naar beneden, de resterende plaatsen één voor één naar de "
            + "grootste overschotten (gelijke overschotten: eerst het grootste gewicht, dan de laagste gemeentecode)"),

    /** Ceiling per municipality, as Huisvestingswet 2014 art. 29 prescribes for statushouders; the sum may exceed the total. */
    NAAR_BOVEN("per gemeente naar boven afgerond");

    private final String omschrijving;

    Afronding(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Whether the rounded numbers always add up to the total exactly. */
    public boolean somIsExact() {
        return this == GROOTSTE_OVERSCHOT;
    }

    /**
     * @param delen the municipalities' exact values, in gemeentecode order
     * @param totaal what the exact values add up to (only largest remainder needs it)
     * @return one rounded value per part, in the same order
     */
    List<Afgerond> rond(List<OnafgerondDeel> delen, long totaal) {
        return switch (this) {
            case PER_GEMEENTE -> AfrondingPerGemeente.rond(delen);
            case GROOTSTE_OVERSCHOT -> GrootsteOverschot.rond(delen, totaal);
            case NAAR_BOVEN -> AfrondingNaarBoven.rond(delen);
        };
    }
}
