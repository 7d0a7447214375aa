package nl.spreiding.allocation.verdeling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Distributes a total (and its AMV sub-total) over municipalities with a distribution key. A pure function: same input,
 * same result, whatever the input order; exact arithmetic throughout; linear apart from sorting. {@link #bereken} takes
 * the fast path (exact integer arithmetic over common denominators, {@link SnelleVerdeelberekening}) and falls back to
 * {@link #berekenExact}, the reference in {@link Breuk} arithmetic, only when a number does not fit in a long; a property
 * test holds the two equal.
 */
public final class Verdeelberekening {

    private Verdeelberekening() {
    }

    /** Without an AMV part. */
    public static Verdeling bereken(Verdeelsleutel sleutel, Collection<GemeenteInvoer> gemeenten, int totaal) {
        return bereken(sleutel, gemeenten, totaal, 0);
    }

    /**
     * @param totaal places to distribute, e.g. the capaciteitsraming (96000)
     * @param amvTotaal the part of {@code totaal} for unaccompanied minors (8140); 0 for none
     * @throws OngeldigeVerdelingsinvoer listing every problem, e.g. each municipality without a SES-WOA score under a SES key
     */
    public static Verdeling bereken(Verdeelsleutel sleutel, Collection<GemeenteInvoer> gemeenten, int totaal, int amvTotaal) {
        List<GemeenteInvoer> gesorteerd = Invoercontrole.gesorteerd(sleutel, gemeenten);
        BigDecimal[] factoren = Invoercontrole.controleer(sleutel, gesorteerd, totaal, amvTotaal);
        Verdeling snel = SnelleVerdeelberekening.bereken(sleutel, gesorteerd, factoren, totaal, amvTotaal);
        return snel != null ? snel : exact(sleutel, gesorteerd, totaal, amvTotaal);
    }

    /** The reference: the same result as {@link #bereken}, every step in normalised {@link Breuk}s. */
    public static Verdeling berekenExact(Verdeelsleutel sleutel, Collection<GemeenteInvoer> gemeenten, int totaal,
            int amvTotaal) {
        List<GemeenteInvoer> gesorteerd = Invoercontrole.gesorteerd(sleutel, gemeenten);
        Invoercontrole.controleer(sleutel, gesorteerd, totaal, amvTotaal);
        return exact(sleutel, gesorteerd, totaal, amvTotaal);
    }

    private static Verdeling exact(Verdeelsleutel sleutel, List<GemeenteInvoer> gesorteerd, int totaal, int amvTotaal) {

        List<Breuk> gewichten = gesorteerd.stream().map(sleutel.correctie()::gewicht).toList();
        Breuk totaalGewicht = gewichten.stream().reduce(Breuk.NUL, Breuk::plus);

        List<Breuk> aandelen = new ArrayList<>();
        List<OnafgerondDeel> delen = new ArrayList<>();
        for (int i = 0; i < gesorteerd.size(); i++) {
            Breuk aandeel = gewichten.get(i).gedeeldDoor(totaalGewicht);
            aandelen.add(aandeel);
            delen.add(new OnafgerondDeel(gesorteerd.get(i).gemeentecode(), gewichten.get(i), aandeel.maal(totaal)));
        }
        List<Afgerond> opgaven = sleutel.afronding().rond(delen, totaal);

        // The AMV part follows the rounded task (the published pairs all equal round(task × 8140 / 96000)), which also
        // keeps it from exceeding the task.
        Breuk amvFractie = totaal == 0 ? Breuk.NUL : Breuk.van(amvTotaal, totaal);
        List<OnafgerondDeel> amvDelen = new ArrayList<>();
        for (int i = 0; i < gesorteerd.size(); i++) {
            amvDelen.add(new OnafgerondDeel(gesorteerd.get(i).gemeentecode(), gewichten.get(i),
                    amvFractie.maal(opgaven.get(i).waarde())));
        }
        List<Afgerond> amv = sleutel.amvAfronding().rond(amvDelen, amvTotaal);

        List<GemeenteOpgave> resultaat = new ArrayList<>();
        for (int i = 0; i < gesorteerd.size(); i++) {
            GemeenteInvoer g = gesorteerd.get(i);
            int opgave = opgaven.get(i).waarde();
            resultaat.add(new GemeenteOpgave(g.gemeentecode(), g.naam(), g.provinciecode(), g.aantalInwoners(), g.sesWoaScore(),
                    gewichten.get(i), aandelen.get(i), delen.get(i).onafgerond(), opgave, opgaven.get(i).stap(),
                    amvDelen.get(i).onafgerond(), amv.get(i).waarde(), amv.get(i).stap(),
                    g.bestaandeDuurzamePlaatsen(), Math.max(0, opgave - g.bestaandeDuurzamePlaatsen())));
        }
        return new Verdeling(sleutel, totaal, amvTotaal, totaalGewicht, resultaat, ProvincieOpgave.optellen(resultaat));
    }
}
