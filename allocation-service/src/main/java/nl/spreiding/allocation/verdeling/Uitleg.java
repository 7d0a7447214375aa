package nl.spreiding.allocation.verdeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one municipality's numbers follow from its inputs and the key, line by line in Dutch, so that a civil servant can
 * redo every step by hand.
 */
public record Uitleg(String gemeentecode, Verdeelsleutel sleutel, List<String> regels) {

    public Uitleg {
        Objects.requireNonNull(gemeentecode, "gemeentecode");
        Objects.requireNonNull(sleutel, "sleutel");
        regels = List.copyOf(regels);
    }

    public String tekst() {
        return String.join("\n", regels);
    }

    static Uitleg van(Verdeling verdeling, GemeenteOpgave g) {
        Verdeelsleutel sleutel = verdeling.sleutel();
        List<String> regels = new ArrayList<>();
        regels.add("Gemeente " + g.gemeentecode() + " " + g.naam() + " (provincie " + g.provinciecode() + ")");
        regels.add("Verdeelsleutel: " + sleutel.aanduiding());
        regels.add("Rechtsgrond: " + sleutel.rechtsgrond());
        regels.add("Werkwijze: " + sleutel.omschrijving());
        if (sleutel.correctiebron() != null) {
            // Only keys defined through the API record a source; the built-in keys' explanations stay as published.
            Correctie correctie = sleutel.correctie();
            regels.add("Correctiefunctie: familie " + correctie.familie()
                    + (correctie.parameters().isEmpty() ? "" : " (" + correctie.parameters() + ")")
                    + "; bron: " + sleutel.correctiebron().omschrijving());
        }
        regels.add("Invoer: " + g.aantalInwoners() + " inwoners (peildatum " + ofNietVastgelegd(sleutel.peildatumInwoners())
                + "); " + sesWoa(sleutel, g) + "; " + g.bestaandeDuurzamePlaatsen() + " bestaande duurzame plaatsen");
        regels.add("Gewicht (" + sleutel.correctie().formule() + "): " + sleutel.correctie().berekening(g.invoer()));
        regels.add("Aandeel: gewicht / totaal gewicht van " + verdeling.gemeenten().size() + " gemeenten = "
                + Weergave.getal(g.gewicht()) + " / " + Weergave.getal(verdeling.totaalGewicht()) + " " + isGelijkAan(g.aandeel()));
        regels.add("Onafgeronde opgave: aandeel × totaal " + gelijkAan(g.aandeel()) + " × " + verdeling.totaal() + " "
                + isGelijkAan(g.onafgerondeOpgave()));
        regels.add("Afronding volgens de regel '" + sleutel.afronding().omschrijving() + "': " + g.afrondingsstap().toelichting()
                + " → opgave " + g.opgave());
        if (verdeling.heeftAmvDeel()) {
            regels.add("AMV-deel: opgave × AMV-totaal / totaal = " + g.opgave() + " × " + verdeling.amvTotaal() + " / "
                    + verdeling.totaal() + " " + isGelijkAan(g.amvOnafgerond()) + "; afronding volgens de regel '"
                    + sleutel.amvAfronding().omschrijving() + "': " + g.amvAfrondingsstap().toelichting() + " → AMV-deel "
                    + g.amv() + " (onderdeel van de opgave)");
        } else {
            regels.add("AMV-deel: geen (deze verdeling heeft geen AMV-totaal)");
        }
        regels.add("Resterende opgave: max(0, opgave − bestaande duurzame plaatsen) = max(0, " + g.opgave() + " − "
                + g.bestaandeDuurzamePlaatsen() + ") = " + g.resterendeOpgave());
        regels.add("Totaal: " + verdeling.totaal() + " plaatsen over " + verdeling.gemeenten().size() + " gemeenten; som van alle "
                + "opgaven " + verdeling.somOpgaven() + afwijking(verdeling.afwijkingVanTotaal()));
        return new Uitleg(g.gemeentecode(), sleutel, regels);
    }

    private static String sesWoa(Verdeelsleutel sleutel, GemeenteOpgave g) {
        if (!sleutel.correctie().vereistSesWoaScore()) {
            return "SES-WOA-score niet gebruikt door deze sleutel";
        }
        return "SES-WOA-score " + Weergave.getal(g.sesWoaScore()) + " (jaargang "
                + (sleutel.sesWoaJaargang() == null ? "niet vastgelegd: de meest recente" : sleutel.sesWoaJaargang()) + ")";
    }

    /** "= 0.2" for an exact display, "≈ 0.333333333333" for an approximate one. */
    private static String gelijkAan(Breuk waarde) {
        String getal = Weergave.getal(waarde);
        return getal.startsWith("≈") ? getal : "= " + getal;
    }

    /** As {@link #gelijkAan}, with the exact fraction after an approximation: the final value of a step must be checkable. */
    private static String isGelijkAan(Breuk waarde) {
        String getal = Weergave.getal(waarde);
        return getal.startsWith("≈") ? getal + " (exact " + waarde + ")" : "= " + getal;
    }

    private static String ofNietVastgelegd(Object waarde) {
        return waarde == null ? "niet vastgelegd" : waarde.toString();
    }

    private static String afwijking(long afwijking) {
        if (afwijking == 0) {
            return " (gelijk aan het totaal)";
        }
        return " (" + Math.abs(afwijking) + (afwijking > 0 ? " meer" : " minder") + " dan het totaal door de afronding per gemeente)";
    }
}
