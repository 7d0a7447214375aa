package nl.spreiding.pledge.pagina;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.spreiding.pledge.besluit.Verdeelbesluit;
import nl.spreiding.pledge.oekraine.OekraineMelding;
import nl.spreiding.pledge.pagina.Weergaven.Oekraineregel;
import nl.spreiding.pledge.pagina.Weergaven.Verrekeningregel;
import nl.spreiding.pledge.telregel.Beoordeling;
import nl.spreiding.pledge.toezegging.Meetelling;
import nl.spreiding.pledge.toezegging.Toezeggingsstand;
import nl.spreiding.pledge.verrekening.Verrekening;
import nl.spreiding.pledge.verrekening.Verrekeningssaldo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.platform.csv.CsvCel;
import nl.spreiding.platform.csv.CsvDialect;
import nl.spreiding.platform.csv.CsvSchrijver;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.pledge.besluit.Aanwijzing;
import nl.spreiding.pledge.opgave.Cyclus;
import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.opgave.Opgave;
import nl.spreiding.pledge.opgave.VerdelingRepository;
import nl.spreiding.pledge.overzicht.OverzichtDtos.GemeenteOverzicht;
import nl.spreiding.pledge.overzicht.OverzichtDtos.ProvincieOverzicht;
import nl.spreiding.pledge.overzicht.OverzichtDtos.Regel;
import nl.spreiding.pledge.overzicht.Overzichten;
import nl.spreiding.pledge.pagina.Weergaven.Aanwijzingregel;
import nl.spreiding.pledge.pagina.Weergaven.Gemeente;
import nl.spreiding.pledge.pagina.Weergaven.KaartGemeente;
import nl.spreiding.pledge.pagina.Weergaven.KaartProvincie;
import nl.spreiding.pledge.pagina.Weergaven.Keuze;
import nl.spreiding.pledge.pagina.Weergaven.Kolom;
import nl.spreiding.pledge.pagina.Weergaven.Landelijk;
import nl.spreiding.pledge.pagina.Weergaven.Maat;
import nl.spreiding.pledge.pagina.Weergaven.Opgaveregel;
import nl.spreiding.pledge.pagina.Weergaven.ProvincieBalk;
import nl.spreiding.pledge.pagina.Weergaven.Realisatieregel;
import nl.spreiding.pledge.pagina.Weergaven.Regietafel;
import nl.spreiding.pledge.pagina.Weergaven.RegietafelRegel;
import nl.spreiding.pledge.pagina.Weergaven.Toezeggingregel;
import nl.spreiding.pledge.pagina.Weergaven.Totaal;
import nl.spreiding.pledge.plan.ProvinciaalPlan;
import nl.spreiding.pledge.realisatie.Realisatie;
import nl.spreiding.pledge.toezegging.Toezegging;

/**
 * Builds the three pages from the integrated view ({@link Overzichten}: the same numbers as the API's
 * {@code /provincies/{code}/overzicht}), the designations, the plans and notification-service's calendar. The state
 * shown is today's (the injected clock, Dutch time).
 */
@ApplicationScoped
public class Paginas {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final int BALK_BREEDTE = 400;
    private static final int BALK_HOOGTE = 44;

    private final Overzichten overzichten;
    private final Kaart kaart;
    private final Termijnen termijnen;
    private final VerdelingRepository verdelingen;
    private final PaginaConfig config;
    private final Clock clock;
    private final Verrekeningssaldo verrekeningssaldo;
    private final Meetelling meetelling;
    private final Toezeggingsstand stand;

    public Paginas(Overzichten overzichten, Kaart kaart, Termijnen termijnen, VerdelingRepository verdelingen,
            PaginaConfig config, Clock clock, Verrekeningssaldo verrekeningssaldo, Meetelling meetelling,
            Toezeggingsstand stand) {
        this.verrekeningssaldo = verrekeningssaldo;
        this.meetelling = meetelling;
        this.stand = stand;
        this.overzichten = overzichten;
        this.kaart = kaart;
        this.termijnen = termijnen;
        this.verdelingen = verdelingen;
        this.config = config;
        this.clock = clock;
    }

    /** Problem type: no cycle is open (yet), or not the one asked for. The error page says how to open one. */
    public static final String GEEN_CYCLUS = "urn:nld:spreiding:probleem:geen-cyclus";
    /** Problem type: the cycle is open but has no published task yet. */
    public static final String GEEN_OPGAVE = "urn:nld:spreiding:probleem:geen-opgave";

    /**
     * The choices, with the cycle defaulting to the one that runs today (else the latest known) and the date to today.
     * An earlier {@code peildatum} may go back to the day the cycle's current task was set: before it the task shown
     * did not exist, and older versions are not kept.
     */
    public Keuze keuze(String cyclus, String doelgroep, String maat, String peildatum) {
        LocalDate vandaag = LocalDate.now(clock.withZone(NL));
        List<String> cycli = Cyclus.<Cyclus>listAll(Sort.by("cyclus")).stream().map(c -> c.cyclus).toList();
        String gekozen = cyclus;
        if (cycli.isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, GEEN_CYCLUS, "Nog geen cyclus",
                    "Er is nog geen cyclus geopend.", List.of());
        }
        if (gekozen == null) {
            gekozen = cycli.stream().filter(c -> Integer.parseInt(c.substring(0, 4)) <= vandaag.getYear()
                    && vandaag.getYear() <= Integer.parseInt(c.substring(5))).reduce((x, y) -> y)
                    .orElse(cycli.get(cycli.size() - 1));
        } else if (!cycli.contains(gekozen)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, GEEN_CYCLUS, "Cyclus niet geopend",
                    "Cyclus " + gekozen + " is niet geopend.", List.of());
        }
        List<VerdelingRepository.Verwerkt> verwerkt = verdelingen.verwerktIn(gekozen);
        if (verwerkt.isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, GEEN_OPGAVE, "Nog geen opgave",
                    "Cyclus " + gekozen + " heeft nog geen gepubliceerde opgave.", List.of());
        }
        LocalDate eerste = verwerkt.stream().map(VerdelingRepository.Verwerkt::vastgesteldOp)
                .filter(java.util.Objects::nonNull).map(i -> LocalDate.ofInstant(i, NL)).min(LocalDate::compareTo)
                .orElse(null);
        return new Keuze(gekozen, cycli, doelgroep == null ? Doelgroep.ASIEL : Doelgroep.valueOf(doelgroep),
                List.of(Doelgroep.values()), Maat.van(maat), peildatum(peildatum, vandaag, eerste, gekozen), vandaag,
                eerste);
    }

    /** The date asked for: an existing day, not after today, not before the cycle's current task was set. */
    static LocalDate peildatum(String tekst, LocalDate vandaag, LocalDate eerste, String cyclus) {
        if (tekst == null) {
            return vandaag;
        }
        LocalDate datum;
        try {
            datum = LocalDate.parse(tekst);
        } catch (java.time.DateTimeException e) {
            throw DomainException.invalid("peildatum " + tekst + " is geen bestaande datum.", "peildatum",
                    "moet een bestaande datum zijn (JJJJ-MM-DD)");
        }
        if (datum.isAfter(vandaag)) {
            throw DomainException.invalid("peildatum " + datum + " ligt na vandaag (" + vandaag
                    + "): de pagina's tonen geen toekomst.", "peildatum", "mag niet na vandaag (" + vandaag + ") liggen");
        }
        if (eerste != null && datum.isBefore(eerste)) {
            throw DomainException.invalid("peildatum " + datum + " ligt voor " + eerste + ", de dag waarop de verdeling "
                    + "van cyclus " + cyclus + " is vastgesteld: een eerdere stand is niet bewaard.", "peildatum",
                    "mag niet voor " + eerste + " liggen");
        }
        return datum;
    }

    private List<ProvincieOverzicht> provincies(Keuze keuze) {
        List<String> codes = Opgave.<Opgave>list("cyclus = ?1 and niveau = ?2", Sort.by("code"), keuze.cyclus(),
                Opgave.Niveau.PROVINCIE).stream().map(o -> o.code).distinct().toList();
        if (codes.isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, GEEN_OPGAVE, "Nog geen opgave",
                    "Cyclus " + keuze.cyclus() + " heeft nog geen gepubliceerde opgave.", List.of());
        }
        return codes.stream().map(c -> overzichten.provincie(keuze.cyclus(), c, keuze.tot())).toList();
    }

    private static Regel regel(List<Regel> regels, Doelgroep doelgroep) {
        return regels.stream().filter(r -> r.doelgroep() == doelgroep).findFirst().orElse(null);
    }

    static int plaatsen(Regel r, Maat maat) {
        return maat == Maat.TOEGEZEGD ? r.toegezegd() : r.gerealiseerd();
    }

    public Landelijk landelijk(Keuze keuze) {
        List<ProvincieOverzicht> overzicht = provincies(keuze);
        Map<String, GemeenteOverzicht> perGemeente = new HashMap<>();
        Map<String, String> provincieVan = new HashMap<>();
        for (ProvincieOverzicht p : overzicht) {
            for (GemeenteOverzicht g : p.gemeenten()) {
                perGemeente.put(g.gemeentecode(), g);
                provincieVan.put(g.gemeentecode(), p.provinciecode());
            }
        }
        List<KaartGemeente> gemeenten = new ArrayList<>();
        for (Kaart.Vorm v : kaart.gemeenten()) {
            GemeenteOverzicht g = perGemeente.get(v.code());
            Regel r = g == null ? null : regel(g.doelgroepen(), keuze.doelgroep());
            if (r == null) {
                gemeenten.add(new KaartGemeente(v.code(), v.naam(), provincieVan.get(v.code()), v.pad(), Dekking.GEEN,
                        null, null, v.naam() + ": geen opgave " + doelgroepWoord(keuze.doelgroep())));
            } else {
                int procent = Dekking.procent(plaatsen(r, keuze.maat()), r.opgaveNaUitruil());
                gemeenten.add(new KaartGemeente(v.code(), v.naam(), provincieVan.get(v.code()), v.pad(),
                        Dekking.stap(procent), procent, r, label(v.naam(), r, keuze.maat(), procent)));
            }
        }
        List<KaartProvincie> provincies = kaart.provincies().stream()
                .map(v -> new KaartProvincie(v.code(), v.naam(), v.pad())).toList();
        List<ProvincieBalk> balken = new ArrayList<>();
        int grootste = 1;
        for (ProvincieOverzicht p : overzicht) {
            Regel r = regel(p.doelgroepen(), keuze.doelgroep());
            if (r != null) {
                grootste = Math.max(grootste, Math.max(r.opgaveNaUitruil(), Math.max(r.toegezegd(), r.gerealiseerd())));
            }
        }
        int y = 0;
        for (ProvincieOverzicht p : overzicht) {
            Regel r = regel(p.doelgroepen(), keuze.doelgroep());
            if (r == null) {
                continue;
            }
            balken.add(new ProvincieBalk(p.provinciecode(), p.naam(), r.opgaveNaUitruil(), r.toegezegd(),
                    r.gerealiseerd(), r.tekort(), breedte(r.opgaveNaUitruil(), grootste), breedte(r.toegezegd(), grootste),
                    breedte(r.gerealiseerd(), grootste), breedte(r.tekort(), grootste), y));
            y += BALK_HOOGTE;
        }
        return new Landelijk(keuze, gemeenten, provincies, balken, Math.max(y, 1), Dekking.STAPPEN, Dekking.GEEN,
                termijnen.vanaf(keuze.cyclus(), null, keuze.peildatum(), 5), Kaart.BRON, Kaart.VIEWBOX);
    }

    private static int breedte(int waarde, int grootste) {
        return (int) ((long) Math.max(0, waarde) * BALK_BREEDTE / grootste);
    }

    static String doelgroepWoord(Doelgroep d) {
        return switch (d) {
            case ASIEL -> "asiel";
            case STATUSHOUDERS -> "statushouders";
            case OEKRAINE -> "Oekraïne";
        };
    }

    /** What a shape says when focused or hovered: the same numbers as the API's overview of the municipality. */
    static String label(String naam, Regel r, Maat maat, int procent) {
        return naam + ": opgave " + r.opgaveNaUitruil() + ", toegezegd " + r.toegezegd() + ", gerealiseerd "
                + r.gerealiseerd() + ", " + maat.woord() + " " + procent + " % van de opgave";
    }

    private static final Map<String, ToIntFunction<RegietafelRegel>> SORTEERBAAR = new java.util.LinkedHashMap<>();
    static {
        SORTEERBAAR.put("opgave", r -> r.regel().opgaveNaUitruil());
        SORTEERBAAR.put("toegezegd", r -> r.regel().toegezegd());
        SORTEERBAAR.put("gerealiseerd", r -> r.regel().gerealiseerd());
        SORTEERBAAR.put("saldo", r -> r.regel().saldo());
        SORTEERBAAR.put("dekking", RegietafelRegel::procent);
    }

    /** Column names {@code ?sorteer=} takes. */
    public static final String SORTEER_PATROON = "naam|opgave|toegezegd|gerealiseerd|saldo|dekking";

    private static final Map<String, String> KOPPEN = Map.of("naam", "Gemeente", "opgave", "Opgave na uitruil",
            "toegezegd", "Toegezegd", "gerealiseerd", "Gerealiseerd", "saldo", "Tekort (−) of overschot (+)",
            "dekking", "Dekking");

    public Regietafel regietafel(Keuze keuze, String provinciecode, String sorteer, String richting, String zoek,
            boolean alleenTekort) {
        ProvincieOverzicht p = overzichten.provincie(keuze.cyclus(), provinciecode, keuze.tot());
        List<RegietafelRegel> regels = regels(keuze, p);
        String kolom = sorteer == null ? "naam" : sorteer;
        boolean af = "af".equals(richting);
        Comparator<RegietafelRegel> volgorde = kolom.equals("naam")
                ? Comparator.comparing(RegietafelRegel::naam, String.CASE_INSENSITIVE_ORDER)
                : Comparator.comparingInt(SORTEERBAAR.get(kolom));
        volgorde = volgorde.thenComparing(RegietafelRegel::code);
        String filter = zoek == null ? "" : zoek.strip().toLowerCase(Locale.ROOT);
        List<RegietafelRegel> getoond = regels.stream()
                .filter(r -> filter.isEmpty() || r.naam().toLowerCase(Locale.ROOT).contains(filter)
                        || r.code().toLowerCase(Locale.ROOT).contains(filter))
                .filter(r -> !alleenTekort || r.regel().tekort() > 0)
                .sorted(af ? volgorde.reversed() : volgorde).toList();
        String basis = "/pagina/provincies/" + provinciecode + "?" + keuze.query()
                + (filter.isEmpty() ? "" : "&zoek=" + java.net.URLEncoder.encode(zoek.strip(), java.nio.charset.StandardCharsets.UTF_8))
                + (alleenTekort ? "&alleenTekort=ja" : "");
        List<Kolom> kolommen = new ArrayList<>();
        for (String naam : List.of("naam", "opgave", "toegezegd", "gerealiseerd", "saldo", "dekking")) {
            boolean actief = naam.equals(kolom);
            String volgende = actief && !af ? "af" : "op";
            kolommen.add(new Kolom(naam, KOPPEN.get(naam), actief, actief ? (af ? "af" : "op") : "",
                    basis + "&sorteer=" + naam + "&richting=" + volgende,
                    actief ? (af ? "descending" : "ascending") : "none"));
        }
        Totaal totaal = new Totaal(som(getoond, Regel::opgave), som(getoond, Regel::amvOpgave),
                som(getoond, Regel::bestaandePlaatsen), som(getoond, Regel::uitruil), som(getoond, Regel::opgaveNaUitruil),
                som(getoond, Regel::toegezegd), som(getoond, Regel::amvToegezegd), som(getoond, Regel::gerealiseerd),
                som(getoond, Regel::verrekend), som(getoond, Regel::kansrijk), som(getoond, Regel::nietMeegeteld),
                som(getoond, Regel::saldo));
        return new Regietafel(keuze, provinciecode, p.naam(), getoond, kolommen, totaal,
                planstatus(keuze.cyclus(), provinciecode), zoek == null ? "" : zoek.strip(), alleenTekort,
                "/pagina/provincies/" + provinciecode + "/regietafel.csv?cyclus=" + keuze.cyclus() + "&doelgroep="
                        + keuze.doelgroep() + (keuze.verleden() ? "&peildatum=" + keuze.peildatum() : ""), regels.size());
    }

    private static int som(List<RegietafelRegel> regels, ToIntFunction<Regel> veld) {
        return regels.stream().mapToInt(r -> veld.applyAsInt(r.regel())).sum();
    }

    private List<RegietafelRegel> regels(Keuze keuze, ProvincieOverzicht p) {
        Map<String, Aanwijzing> aanwijzingen = new HashMap<>();
        for (Aanwijzing a : aanwijzingen(keuze, p.provinciecode(), null)) {
            aanwijzingen.put(a.gemeentecode, a);
        }
        Map<String, String> namen = new HashMap<>();
        p.gemeenten().forEach(g -> namen.put(g.gemeentecode(), g.naam()));
        Map<String, List<String>> verrekendMet = new HashMap<>();
        for (Verrekening v : verrekeningssaldo.tellend(keuze.cyclus(), p.provinciecode(), keuze.tot())) {
            verrekendMet.computeIfAbsent(v.naarGemeentecode, c -> new ArrayList<>())
                    .add("+" + v.aantalPlaatsen + " van " + naam(namen, v.vanGemeentecode));
            verrekendMet.computeIfAbsent(v.vanGemeentecode, c -> new ArrayList<>())
                    .add("−" + v.aantalPlaatsen + " aan " + naam(namen, v.naarGemeentecode));
        }
        List<RegietafelRegel> regels = new ArrayList<>();
        for (GemeenteOverzicht g : p.gemeenten()) {
            Regel r = regel(g.doelgroepen(), keuze.doelgroep());
            if (r == null) {
                continue;
            }
            Aanwijzing a = keuze.doelgroep() == Doelgroep.ASIEL ? aanwijzingen.get(g.gemeentecode()) : null;
            regels.add(new RegietafelRegel(g.gemeentecode(), g.naam(), r,
                    a == null ? "" : aanwijzingWoord(a, keuze.tot()) + ": " + a.aantalPlaatsen + " plaatsen",
                    a == null ? null : a.realisatieUiterlijk,
                    Dekking.procent(plaatsen(r, keuze.maat()), r.opgaveNaUitruil()),
                    keuze.doelgroep() == Doelgroep.ASIEL
                            ? String.join("; ", verrekendMet.getOrDefault(g.gemeentecode(), List.of())) : ""));
        }
        return regels;
    }

    private static String naam(Map<String, String> namen, String code) {
        return namen.containsKey(code) ? namen.get(code) + " (" + code + ")" : code;
    }

    /**
     * The designations of the issued decision, of a province or a municipality; on an earlier date only if the
     * decision had been taken by then.
     */
    private static List<Aanwijzing> aanwijzingen(Keuze keuze, String provinciecode, String gemeentecode) {
        List<Aanwijzing> alle = Aanwijzing.zoek(keuze.cyclus(), provinciecode, gemeentecode, null, false).list();
        if (keuze.tot() == null) {
            return alle;
        }
        java.util.Set<java.util.UUID> genomen = new java.util.HashSet<>();
        Verdeelbesluit.<Verdeelbesluit>list("cyclus = ?1 and status = ?2 and genomenOp < ?3", keuze.cyclus(),
                Verdeelbesluit.Status.GENOMEN, keuze.tot()).forEach(b -> genomen.add(b.id));
        return alle.stream().filter(a -> genomen.contains(a.besluitId)).toList();
    }

    /**
     * A designation's status on the date shown. A lapsed deadline has its date; realised and substitution are set in
     * place without one, so on an earlier date they show as now, marked so.
     */
    static String aanwijzingWoord(Aanwijzing a, java.time.Instant tot) {
        if (tot == null) {
            return aanwijzingWoord(a.status);
        }
        return switch (a.status) {
            case TERMIJN_VERSTREKEN -> a.termijnVerstrekenOp != null && a.termijnVerstrekenOp.isBefore(tot)
                    ? aanwijzingWoord(a.status) : aanwijzingWoord(Aanwijzing.Status.AANGEWEZEN);
            case GEREALISEERD, INDEPLAATSSTELLING -> aanwijzingWoord(a.status) + " (huidige status)";
            default -> aanwijzingWoord(a.status);
        };
    }

    static String aanwijzingWoord(Aanwijzing.Status s) {
        return switch (s) {
            case VOORGESTELD -> "Voorgesteld";
            case AANGEWEZEN -> "Aangewezen";
            case GEREALISEERD -> "Gerealiseerd";
            case TERMIJN_VERSTREKEN -> "Termijn verstreken";
            case INDEPLAATSSTELLING -> "In de plaats gesteld";
        };
    }

    private static String planstatus(String cyclus, String provinciecode) {
        ProvinciaalPlan plan = ProvinciaalPlan.geldig(cyclus, provinciecode);
        if (plan == null) {
            Cyclus c = Cyclus.findById(cyclus);
            return "Nog geen provinciaal plan ingediend" + (c == null || c.provinciaalPlan == null ? "."
                    : " (termijn: " + c.provinciaalPlan + ").");
        }
        return "Provinciaal plan versie " + plan.planversie + " ingediend op "
                + LocalDate.ofInstant(plan.ingediendOp, NL) + (plan.teLaat ? " (te laat)" : "") + ": "
                + (plan.dektOpgave ? "dekt de opgave." : "tekort van " + plan.tekort + " plaatsen (amv: " + plan.amvTekort
                        + ").");
    }

    /** The regietafel as CSV, Dutch spreadsheet dialect: the rows of the page, all municipalities, sorted by code. */
    public CsvSchrijver regietafelCsv(Keuze keuze, String provinciecode) {
        ProvincieOverzicht p = overzichten.provincie(keuze.cyclus(), provinciecode, keuze.tot());
        CsvSchrijver csv = new CsvSchrijver(CsvDialect.SPREADSHEET_NL, List.of("gemeentecode", "naam", "doelgroep",
                "opgave", "amvOpgave", "bestaandePlaatsen", "uitruil", "opgaveNaUitruil", "toegezegd", "amvToegezegd",
                "gerealiseerd", "verrekend", "kansrijk", "nietMeegeteld", "saldo", "tekort", "overschot",
                "dekkingToegezegdProcent", "aanwijzing", "realisatieUiterlijk", "verrekendMet"));
        for (RegietafelRegel r : regels(keuze.metMaat(Maat.TOEGEZEGD), p)) {
            Regel g = r.regel();
            csv.regel(List.of(CsvCel.tekst(r.code()), CsvCel.tekst(r.naam()), CsvCel.tekst(g.doelgroep()),
                    CsvCel.getal(g.opgave()), CsvCel.getal(g.amvOpgave()), CsvCel.getal(g.bestaandePlaatsen()),
                    CsvCel.getal(g.uitruil()), CsvCel.getal(g.opgaveNaUitruil()), CsvCel.getal(g.toegezegd()),
                    CsvCel.getal(g.amvToegezegd()), CsvCel.getal(g.gerealiseerd()), CsvCel.getal(g.verrekend()),
                    CsvCel.getal(g.kansrijk()), CsvCel.getal(g.nietMeegeteld()), CsvCel.getal(g.saldo()),
                    CsvCel.getal(g.tekort()), CsvCel.getal(g.overschot()), CsvCel.getal(r.procent()),
                    CsvCel.tekst(r.aanwijzing()), CsvCel.tekst(r.realisatieUiterlijk()), CsvCel.tekst(r.verrekendMet())));
        }
        return csv;
    }

    public Gemeente gemeente(Keuze keuze, String gemeentecode) {
        Opgave een = Opgave.eenVanGemeente(keuze.cyclus(), gemeentecode);
        if (een == null) {
            throw DomainException.notFound("Gemeente " + gemeentecode + " heeft geen gepubliceerde opgave in cyclus "
                    + keuze.cyclus() + ".");
        }
        Instant tot = keuze.tot();
        ProvincieOverzicht p = overzichten.provincie(keuze.cyclus(), een.provinciecode, tot);
        GemeenteOverzicht g = p.gemeenten().stream().filter(x -> x.gemeentecode().equals(gemeentecode)).findFirst()
                .orElseThrow();
        Map<Doelgroep, String> verdelingIds = new HashMap<>();
        verdelingen.verwerktIn(keuze.cyclus()).forEach(v -> verdelingIds.put(v.doelgroep(), v.verdelingId()));
        List<Opgaveregel> opgaven = g.doelgroepen().stream().map(r -> new Opgaveregel(r,
                verdelingIds.containsKey(r.doelgroep()) ? config.allocationUrl() + "/api/v1/verdelingen/"
                        + verdelingIds.get(r.doelgroep()) + "/gemeenten/" + gemeentecode + "/uitleg" : null)).toList();
        List<Toezegging> vanGemeente = stand.vanProvincie(keuze.cyclus(), een.provinciecode, tot).stream()
                .filter(t -> t.gemeentecode.equals(gemeentecode)).toList();
        Map<UUID, Beoordeling> beoordeeld = meetelling.beoordeel(keuze.cyclus(),
                vanGemeente.stream().filter(t -> t.doelgroep == Doelgroep.ASIEL).toList());
        List<Toezeggingregel> toezeggingen = vanGemeente.stream().map(t -> toezeggingregel(t, beoordeeld.get(t.id)))
                .toList();
        List<Realisatieregel> realisaties = Realisatie.zoek(keuze.cyclus(), gemeentecode, null).<Realisatie>list()
                .stream().filter(r -> tot == null || r.gemeldOp.isBefore(tot))
                .map(r -> new Realisatieregel(r.locatie, r.doelgroep, r.aantalGerealiseerd, r.duurzaam,
                        LocalDate.ofInstant(r.gemeldOp, NL))).toList();
        List<Aanwijzingregel> aanwijzingen = aanwijzingen(keuze, null, gemeentecode).stream()
                .map(a -> new Aanwijzingregel(a.aantalPlaatsen, a.aantalAmv, aanwijzingWoord(a, tot),
                        a.realisatieUiterlijk)).toList();
        return new Gemeente(keuze, gemeentecode, g.naam(), p.provinciecode(), p.naam(), opgaven, toezeggingen,
                realisaties, aanwijzingen, verrekeningen(keuze, een.provinciecode, gemeentecode, p),
                oekraine(gemeentecode, keuze.peildatum(), tot),
                termijnen.vanaf(keuze.cyclus(), gemeentecode, keuze.peildatum(), 10),
                config.notificationUrl() + "/api/v1/organisaties/" + gemeentecode + "/termijnen.ics");
    }

    /** Why a pledge counts towards the task, or does not: the counting rules of the cycle apply to asylum only. */
    private static Toezeggingregel toezeggingregel(Toezegging t, Beoordeling b) {
        boolean telt;
        String telling;
        if (t.status == Toezegging.Status.INGETROKKEN) {
            telt = false;
            telling = "Telt niet mee: ingetrokken.";
        } else if (t.doelgroep != Doelgroep.ASIEL) {
            telt = true;
            telling = "Telt mee (de telregels gelden alleen voor asiel).";
        } else if (b == null || b.telt()) {
            telt = true;
            telling = "Telt mee.";
        } else {
            telt = false;
            telling = "Telt niet mee: " + String.join(" ", b.redenen());
        }
        return new Toezeggingregel(t.locatie, t.doelgroep, t.aantalPlaatsen, t.aantalAmv, t.duurzaam, t.status.name(),
                t.beschikbaarVanaf, telt, telling);
    }

    /**
     * The creditings of the municipality, in and out, as they stood on the date shown (one recorded later is left
     * out; one confirmed later shows as recorded). Whether it counts: confirmed and within the counting rules.
     */
    private List<Verrekeningregel> verrekeningen(Keuze keuze, String provinciecode, String gemeentecode,
            ProvincieOverzicht p) {
        Instant tot = keuze.tot();
        Map<String, String> namen = new HashMap<>();
        p.gemeenten().forEach(g -> namen.put(g.gemeentecode(), g.naam()));
        java.util.Set<UUID> tellend = new java.util.HashSet<>();
        verrekeningssaldo.tellend(keuze.cyclus(), provinciecode, tot).forEach(v -> tellend.add(v.id));
        List<Verrekeningregel> regels = new ArrayList<>();
        for (Verrekening v : Verrekening.zoek(keuze.cyclus(), null, gemeentecode).<Verrekening>list()) {
            if (tot != null && !v.vastgelegdOp.isBefore(tot)) {
                continue;
            }
            boolean bevestigd = v.status == Verrekening.Status.BEVESTIGD
                    && (tot == null || v.bevestigdOp == null || v.bevestigdOp.isBefore(tot));
            boolean in = v.naarGemeentecode.equals(gemeentecode);
            regels.add(new Verrekeningregel(in ? "in" : "uit", naam(namen, in ? v.vanGemeentecode : v.naarGemeentecode),
                    v.aantalPlaatsen, bevestigd ? "bevestigd" : "vastgelegd, nog niet bevestigd", v.tot,
                    bevestigd && tellend.contains(v.id)));
        }
        return regels;
    }

    /**
     * The Ukrainian reception of the latest month reported up to the date shown (the latest report per location,
     * reported before the end of that day); null when none.
     */
    private static Oekraineregel oekraine(String gemeentecode, LocalDate peildatum, Instant tot) {
        String maand = peildatum.toString().substring(0, 7);
        List<OekraineMelding> meldingen = OekraineMelding.list("gemeentecode = ?1 and maand <= ?2 and gemeldOp < ?3 "
                + "order by maand desc, locatie, gemeldOp desc, id", gemeentecode, maand,
                tot == null ? Instant.parse("9999-01-01T00:00:00Z") : tot);
        if (meldingen.isEmpty()) {
            return null;
        }
        String laatste = meldingen.get(0).maand;
        Map<String, OekraineMelding> perLocatie = new java.util.LinkedHashMap<>();
        meldingen.stream().filter(m -> m.maand.equals(laatste)).forEach(m -> perLocatie.putIfAbsent(m.locatie, m));
        long capaciteit = 0;
        long bezetting = 0;
        long plaatsdagen = 0;
        for (OekraineMelding m : perLocatie.values()) {
            List<Integer> dagen = m.bezetting();
            capaciteit += m.capaciteit;
            bezetting += dagen.get(dagen.size() - 1);
            plaatsdagen += m.bezettePlaatsdagen;
        }
        return new Oekraineregel(laatste, perLocatie.size(), capaciteit, bezetting, plaatsdagen);
    }
}
