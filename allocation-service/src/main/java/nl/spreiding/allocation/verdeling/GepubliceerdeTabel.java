package nl.spreiding.allocation.verdeling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A distribution the minister adopts as published (cycle 1: the indicative distribution in Stcrt. 2024, 3320) instead
 * of calculating it. The published numbers are the legally binding ones; no key or formula is applied to them, so the
 * table is checked against the reference year (every municipality exactly once, whole numbers, AMV within the task)
 * and taken over as it is, its sum included (the cycle-1 tables add up to 96,002, not 96,000).
 */
public final class GepubliceerdeTabel {

    /** The pseudo-key that marks an adopted table in a stored distribution and its event; never a calculation. */
    public static final String SLEUTELCODE = "GEPUBLICEERDE_TABEL";
    public static final int SLEUTELVERSIE = 1;
    /** A task larger than this is a typing error, not a municipality's share of a national estimate. */
    public static final int MAX_PLAATSEN = 1_000_000;

    private static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");
    private static final Pattern GEHEEL_GETAL = Pattern.compile("\\d{1,7}");

    /** Where the table was published: the publication (e.g. "Stcrt. 2024, 3320"), its date and its address. */
    public record Bron(String publicatie, LocalDate publicatiedatum, String url) {
        public Bron {
            Objects.requireNonNull(publicatie, "publicatie");
            Objects.requireNonNull(publicatiedatum, "publicatiedatum");
            Objects.requireNonNull(url, "url");
        }

        /** "Stcrt. 2024, 3320 van 2024-01-31 (https://…)". */
        public String aanduiding() {
            return publicatie + " van " + publicatiedatum + " (" + url + ")";
        }
    }

    /**
     * One line of the uploaded table as text, so that a number that is not one is reported, not refused at reading.
     *
     * @param opmaakfout what is wrong with the line's layout (e.g. too many cells); null when nothing
     */
    public record Regel(int regelnummer, String gemeentecode, String opgave, String amv, String opmaakfout) {
    }

    private GepubliceerdeTabel() {
    }

    /** The key an adopted table is shown with: it names the publication, and it calculates nothing. */
    public static Verdeelsleutel sleutel(Bron bron) {
        return new Verdeelsleutel(SLEUTELCODE, SLEUTELVERSIE, "Overgenomen uit de publicatie " + bron.aanduiding()
                + ": de opgave en het AMV-deel van elke gemeente zijn de gepubliceerde getallen, niet berekend met een "
                + "formule; hun som is zoals gepubliceerd.", "De door de minister gepubliceerde indicatieve verdeling, "
                + "vastgesteld als de verdeling van de cyclus: " + bron.aanduiding(), Correctie.GEEN, Afronding.PER_GEMEENTE,
                Afronding.PER_GEMEENTE, null, null);
    }

    /**
     * Checks the table against the reference year's municipalities and takes it over.
     *
     * @param referentie every municipality of the reference year, with the inhabitants and existing durable places the
     *        distribution records beside the published numbers
     * @param totaal what the cycle distributes (the capacity estimate), shown beside the table's own sum and never forced
     *        on it; null: the table's own sum (likewise {@code amvTotaal})
     * @throws OngeldigeVerdelingsinvoer with every problem: per line {@code regel[N].kolom}, per missing municipality
     *         {@code gemeenten[GM0363]}
     */
    public static Verdeling neemOver(Bron bron, List<GemeenteInvoer> referentie, List<Regel> regels, Integer totaal,
            Integer amvTotaal) {
        Verdeelsleutel sleutel = sleutel(bron);
        Map<String, GemeenteInvoer> perCode = new HashMap<>();
        referentie.forEach(g -> perCode.put(g.gemeentecode(), g));
        List<Invoerfout> fouten = new ArrayList<>();
        Map<String, Integer> eersteRegel = new HashMap<>();
        Map<String, int[]> getallen = new HashMap<>();
        if (regels.isEmpty()) {
            fouten.add(new Invoerfout(null, "bestand", "bevat geen regels onder de kopregel gemeentecode;opgave;amv"));
        }
        for (Regel r : regels) {
            String veld = "regel[" + r.regelnummer() + "]";
            if (r.opmaakfout() != null) {
                fouten.add(new Invoerfout(null, veld, r.opmaakfout()));
            }
            String code = r.gemeentecode() == null ? "" : r.gemeentecode().strip();
            Integer opgave = geheelGetal(r.opgave(), veld + ".opgave", fouten);
            Integer amv = geheelGetal(r.amv(), veld + ".amv", fouten);
            if (opgave != null && amv != null && amv > opgave) {
                fouten.add(new Invoerfout(null, veld + ".amv", "mag niet groter zijn dan de opgave (" + amv + " > " + opgave + ")"));
            }
            if (!GEMEENTECODE.matcher(code).matches()) {
                fouten.add(new Invoerfout(null, veld + ".gemeentecode", "moet een CBS-gemeentecode zijn, zoals GM0363; is '"
                        + kort(code) + "'"));
            } else if (!perCode.containsKey(code)) {
                fouten.add(new Invoerfout(null, veld + ".gemeentecode", code + " is geen gemeente van het referentiejaar"));
            } else if (eersteRegel.containsKey(code)) {
                fouten.add(new Invoerfout(null, veld + ".gemeentecode", code + " staat ook op regel " + eersteRegel.get(code)
                        + "; elke gemeente precies één keer"));
            } else {
                eersteRegel.put(code, r.regelnummer());
                if (opgave != null && amv != null) {
                    getallen.put(code, new int[] { opgave, amv });
                }
            }
        }
        referentie.stream().map(GemeenteInvoer::gemeentecode).filter(c -> !eersteRegel.containsKey(c)).sorted()
                .forEach(c -> fouten.add(new Invoerfout(null, "gemeenten[" + c + "]", "ontbreekt in de tabel; elke gemeente "
                        + "van het referentiejaar moet er precies één keer in staan")));
        if (!fouten.isEmpty()) {
            throw new OngeldigeVerdelingsinvoer(sleutel, fouten);
        }
        return verdeling(sleutel, referentie, getallen, totaal, amvTotaal);
    }

    private static Verdeling verdeling(Verdeelsleutel sleutel, List<GemeenteInvoer> referentie, Map<String, int[]> getallen,
            Integer totaal, Integer amvTotaal) {
        long som = getallen.values().stream().mapToLong(g -> g[0]).sum();
        long somAmv = getallen.values().stream().mapToLong(g -> g[1]).sum();
        String toelichting = "overgenomen uit de publicatie; geen afronding";
        List<GemeenteOpgave> gemeenten = new ArrayList<>();
        for (GemeenteInvoer g : referentie.stream().sorted(Comparator.comparing(GemeenteInvoer::gemeentecode)).toList()) {
            int opgave = getallen.get(g.gemeentecode())[0];
            int amv = getallen.get(g.gemeentecode())[1];
            Breuk exact = Breuk.van(opgave);
            // The published task is the only weight there is: its share is task / the table's own sum.
            Breuk aandeel = som == 0 ? Breuk.NUL : Breuk.van(opgave, som);
            gemeenten.add(new GemeenteOpgave(g.gemeentecode(), g.naam(), g.provinciecode(), g.aantalInwoners(), g.sesWoaScore(),
                    exact, aandeel, exact, opgave, new Afrondingsstap(Afrondingsstap.Soort.GEHEEL, Breuk.NUL, null, toelichting),
                    Breuk.van(amv), amv, new Afrondingsstap(Afrondingsstap.Soort.GEHEEL, Breuk.NUL, null, toelichting),
                    g.bestaandeDuurzamePlaatsen(), Math.max(0, opgave - g.bestaandeDuurzamePlaatsen())));
        }
        return new Verdeling(sleutel, totaal != null ? totaal : Math.toIntExact(som),
                amvTotaal != null ? amvTotaal : Math.toIntExact(somAmv), Breuk.van(som), gemeenten,
                ProvincieOpgave.optellen(gemeenten));
    }

    /** Where a municipality's numbers come from: the publication, line by line in Dutch. */
    public static Uitleg uitleg(Verdeling verdeling, GemeenteOpgave g, Bron bron) {
        List<String> regels = new ArrayList<>();
        regels.add("Gemeente " + g.gemeentecode() + " " + g.naam() + " (provincie " + g.provinciecode() + ")");
        regels.add("Herkomst: overgenomen uit de publicatie " + bron.aanduiding() + "; niet berekend met een formule of "
                + "verdeelsleutel");
        regels.add("Opgave: " + g.opgave() + " plaatsen, zoals gepubliceerd");
        regels.add("AMV-deel: " + g.amv() + " plaatsen, zoals gepubliceerd (onderdeel van de opgave)");
        regels.add("Uit de referentiedata (niet uit de publicatie): " + g.aantalInwoners() + " inwoners; "
                + g.bestaandeDuurzamePlaatsen() + " bestaande duurzame plaatsen");
        regels.add("Resterende opgave: max(0, opgave − bestaande duurzame plaatsen) = max(0, " + g.opgave() + " − "
                + g.bestaandeDuurzamePlaatsen() + ") = " + g.resterendeOpgave());
        long verschil = verdeling.afwijkingVanTotaal();
        regels.add("Totaal: de tabel telt voor " + verdeling.gemeenten().size() + " gemeenten op tot " + verdeling.somOpgaven()
                + " plaatsen (AMV " + verdeling.somAmv() + "); te verdelen waren " + verdeling.totaal() + " (AMV "
                + verdeling.amvTotaal() + ")" + (verschil == 0 ? "" : ": " + Math.abs(verschil) + (verschil > 0 ? " meer" : " minder")
                        + ", zo gepubliceerd en zo overgenomen"));
        return new Uitleg(g.gemeentecode(), verdeling.sleutel(), regels);
    }

    private static Integer geheelGetal(String tekst, String veld, List<Invoerfout> fouten) {
        String waarde = tekst == null ? "" : tekst.strip();
        if (!GEHEEL_GETAL.matcher(waarde).matches() || Integer.parseInt(waarde) > MAX_PLAATSEN) {
            fouten.add(new Invoerfout(null, veld, "moet een geheel getal van 0 tot en met " + MAX_PLAATSEN + " zijn, zonder "
                    + "scheidingstekens; is '" + kort(waarde) + "'"));
            return null;
        }
        return Integer.parseInt(waarde);
    }

    /** A cell as quoted back in a message: at most 20 characters. */
    private static String kort(String tekst) {
        return tekst.length() <= 20 ? tekst : tekst.substring(0, 20) + "…";
    }
}
