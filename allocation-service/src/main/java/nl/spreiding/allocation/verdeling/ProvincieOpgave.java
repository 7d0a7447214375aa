package nl.spreiding.allocation.verdeling;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A province's task: by law the sum of its municipalities' tasks (not a separate rounding of the province's share).
 *
 * @param resterendeOpgave the sum of the municipalities' remaining tasks; see {@link #resterendNaVerrekening()}
 */
public record ProvincieOpgave(String provinciecode, int aantalGemeenten, long aantalInwoners, Breuk onafgerondeOpgave,
        long opgave, long amv, long bestaandeDuurzamePlaatsen, long resterendeOpgave) {

    /**
     * max(0, opgave − bestaande) for the province as a whole. At the provincial table a municipality above its task may
     * make up for one below it, so this can be lower than {@link #resterendeOpgave()}.
     */
    public long resterendNaVerrekening() {
        return Math.max(0, opgave - bestaandeDuurzamePlaatsen);
    }

    /**
     * One per province that has municipalities, in provinciecode order. Public so that a stored allocation can be rebuilt
     * with its provinces derived, never stored separately.
     */
    public static List<ProvincieOpgave> optellen(List<GemeenteOpgave> gemeenten) {
        Map<String, ProvincieOpgave> perProvincie = new TreeMap<>();
        for (GemeenteOpgave g : gemeenten) {
            perProvincie.merge(g.provinciecode(), van(g), ProvincieOpgave::plus);
        }
        return List.copyOf(perProvincie.values());
    }

    private static ProvincieOpgave van(GemeenteOpgave g) {
        return new ProvincieOpgave(g.provinciecode(), 1, g.aantalInwoners(), g.onafgerondeOpgave(), g.opgave(), g.amv(),
                g.bestaandeDuurzamePlaatsen(), g.resterendeOpgave());
    }

    private ProvincieOpgave plus(ProvincieOpgave p) {
        return new ProvincieOpgave(provinciecode, aantalGemeenten + p.aantalGemeenten, aantalInwoners + p.aantalInwoners,
                onafgerondeOpgave.plus(p.onafgerondeOpgave), opgave + p.opgave, amv + p.amv,
                bestaandeDuurzamePlaatsen + p.bestaandeDuurzamePlaatsen, resterendeOpgave + p.resterendeOpgave);
    }
}
