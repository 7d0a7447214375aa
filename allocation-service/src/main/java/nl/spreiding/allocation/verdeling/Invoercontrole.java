package nl.spreiding.allocation.verdeling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks the whole input before anything is calculated. A missing SES-WOA score is an error, never a silent 0: a 0 would
 * quietly give the municipality an average score and shift places between municipalities.
 */
final class Invoercontrole {

    private Invoercontrole() {
    }

    static void controleer(Verdeelsleutel sleutel, Collection<GemeenteInvoer> gemeenten, int totaal, int amvTotaal) {
        Objects.requireNonNull(sleutel, "sleutel");
        Objects.requireNonNull(gemeenten, "gemeenten");
        List<Invoerfout> fouten = new ArrayList<>();
        if (totaal < 0) {
            fouten.add(new Invoerfout(null, "totaal", "het totaal mag niet negatief zijn: " + totaal));
        }
        if (amvTotaal < 0 || amvTotaal > Math.max(totaal, 0)) {
            fouten.add(new Invoerfout(null, "amvTotaal", "het AMV-totaal moet tussen 0 en het totaal (" + totaal + ") liggen: "
                    + amvTotaal));
        }
        if (gemeenten.isEmpty()) {
            fouten.add(new Invoerfout(null, "gemeenten", "er is geen gemeente om over te verdelen"));
        }
        Map<String, Integer> aantalPerCode = new HashMap<>();
        List<GemeenteInvoer> gesorteerd = gemeenten.stream()
                .map(g -> Objects.requireNonNull(g, "gemeente"))
                .sorted(Comparator.comparing(GemeenteInvoer::gemeentecode))
                .toList();
        for (GemeenteInvoer g : gesorteerd) {
            if (aantalPerCode.merge(g.gemeentecode(), 1, Integer::sum) == 2) {
                fouten.add(new Invoerfout(g.gemeentecode(), "gemeentecode", "de gemeente komt meer dan één keer voor"));
            }
            if (sleutel.correctie().vereistSesWoaScore() && g.sesWoaScore() == null) {
                fouten.add(new Invoerfout(g.gemeentecode(), "sesWoaScore", "SES-WOA-score ontbreekt voor " + g.naam()
                        + "; " + sleutel.aanduiding() + " corrigeert met deze score"));
            } else if (sleutel.correctie().gewicht(g).signum() < 0) {
                fouten.add(new Invoerfout(g.gemeentecode(), "sesWoaScore", "het gewicht van " + g.naam() + " ("
                        + sleutel.correctie().berekening(g) + ") is negatief; een SES-WOA-score onder -1 "
                        + "kan niet met " + sleutel.aanduiding()));
            }
        }
        // A weight of 0 (score exactly -1) simply gets no places, but all weights 0 leave nothing to divide by.
        if (fouten.isEmpty() && !gesorteerd.isEmpty()
                && gesorteerd.stream().allMatch(g -> sleutel.correctie().gewicht(g).signum() == 0)) {
            fouten.add(new Invoerfout(null, "gemeenten", "alle gewichten zijn 0; er is niets om naar te verdelen"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeVerdelingsinvoer(sleutel, fouten);
        }
    }
}
