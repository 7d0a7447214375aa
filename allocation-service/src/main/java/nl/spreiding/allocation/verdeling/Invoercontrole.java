package nl.spreiding.allocation.verdeling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks the whole input before anything is calculated. A missing SES-WOA score is an error, never a silent 0: a 0 would
 * quietly give the municipality an average score and shift places between municipalities.
 */
final class Invoercontrole {

    private Invoercontrole() {
    }

    /**
     * @param gesorteerd the municipalities in gemeentecode order, non-null, as {@link #gesorteerd} returns them
     * @return each municipality's correction factor, in the same order: checking needs them, and the fast calculation
     *         reuses them rather than evaluating the correction again
     */
    static BigDecimal[] controleer(Verdeelsleutel sleutel, List<GemeenteInvoer> gesorteerd, int totaal, int amvTotaal) {
        List<Invoerfout> fouten = new ArrayList<>();
        BigDecimal[] factoren = new BigDecimal[gesorteerd.size()];
        boolean alleGewichtenNul = true;
        if (totaal < 0) {
            fouten.add(new Invoerfout(null, "totaal", "het totaal mag niet negatief zijn: " + totaal));
        }
        if (amvTotaal < 0 || amvTotaal > Math.max(totaal, 0)) {
            fouten.add(new Invoerfout(null, "amvTotaal", "het AMV-totaal moet tussen 0 en het totaal (" + totaal + ") liggen: "
                    + amvTotaal));
        }
        if (gesorteerd.isEmpty()) {
            fouten.add(new Invoerfout(null, "gemeenten", "er is geen gemeente om over te verdelen"));
        }
        for (int i = 0; i < gesorteerd.size(); i++) {
            GemeenteInvoer g = gesorteerd.get(i);
            // Sorted, so a code's second occurrence directly follows its first; reported once, however often it recurs.
            if (i > 0 && g.gemeentecode().equals(gesorteerd.get(i - 1).gemeentecode())
                    && (i == 1 || !g.gemeentecode().equals(gesorteerd.get(i - 2).gemeentecode()))) {
                fouten.add(new Invoerfout(g.gemeentecode(), "gemeentecode", "de gemeente komt meer dan één keer voor"));
            }
            if (sleutel.correctie().vereistSesWoaScore() && g.sesWoaScore() == null) {
                fouten.add(new Invoerfout(g.gemeentecode(), "sesWoaScore", "SES-WOA-score ontbreekt voor " + g.naam()
                        + "; " + sleutel.aanduiding() + " corrigeert met deze score"));
                continue;
            }
            factoren[i] = sleutel.correctie().factor(g);
            alleGewichtenNul &= factoren[i].signum() == 0;
            if (factoren[i].signum() < 0) {
                // inhabitants > 0, so the weight has the factor's sign
                fouten.add(new Invoerfout(g.gemeentecode(), "sesWoaScore", "het gewicht van " + g.naam() + " ("
                        + sleutel.correctie().berekening(g) + ") is negatief; "
                        + (sleutel.correctie().equals(Correctie.SES_WOA_LINEAIR) ? "een SES-WOA-score onder -1" : "deze SES-WOA-score")
                        + " kan niet met " + sleutel.aanduiding()));
            }
        }
        // A weight of 0 (score exactly -1) simply gets no places, but all weights 0 leave nothing to divide by.
        if (fouten.isEmpty() && !gesorteerd.isEmpty() && alleGewichtenNul) {
            fouten.add(new Invoerfout(null, "gemeenten", "alle gewichten zijn 0; er is niets om naar te verdelen"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeVerdelingsinvoer(sleutel, fouten);
        }
        return factoren;
    }

    /** The input in gemeentecode order, the order of every result. */
    static List<GemeenteInvoer> gesorteerd(Verdeelsleutel sleutel, Collection<GemeenteInvoer> gemeenten) {
        Objects.requireNonNull(sleutel, "sleutel");
        Objects.requireNonNull(gemeenten, "gemeenten");
        return gemeenten.stream()
                .map(g -> Objects.requireNonNull(g, "gemeente"))
                .sorted(Comparator.comparing(GemeenteInvoer::gemeentecode))
                .toList();
    }
}
