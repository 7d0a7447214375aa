package nl.spreiding.allocation.verdeling.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.spreiding.allocation.verdeling.Aansluiting;
import nl.spreiding.allocation.verdeling.Breuk;
import nl.spreiding.allocation.verdeling.GemeenteOpgave;
import nl.spreiding.allocation.verdeling.ProvincieOpgave;
import nl.spreiding.allocation.verdeling.Uitleg;
import nl.spreiding.allocation.verdeling.Verdeelsleutel;
import nl.spreiding.allocation.verdeling.Verdeling;
import nl.spreiding.allocation.verdeling.VerdelingVergelijking;
import nl.spreiding.allocation.verdeling.opslag.Doelgroep;
import nl.spreiding.allocation.verdeling.opslag.VastgesteldeVerdeling;
import nl.spreiding.allocation.verdeling.opslag.VerdelingBron;

/** What the distribution endpoints answer; numbers with their exact fractions where they are not whole. */
final class VerdelingDtos {

    static final String CORRECTIEFACTOR = "Impliciete correctiefactor: aandeel in de opgaven gedeeld door aandeel in de "
            + "bevolking, (opgave / som van de opgaven) / (inwoners / som van de inwoners), binnen die verdeling; exact "
            + "berekend, weergegeven met " + Aansluiting.FACTOR_DECIMALEN + " decimalen (half naar boven); leeg waar de gemeente "
            + "ontbreekt";

    private VerdelingDtos() {
    }

    @Schema(name = "Verdeelsleutel", description = "Een geversioneerde, gedocumenteerde verdeelsleutel.", example = """
            {"code":"SPREIDINGSWET_SES_WOA","versie":1,"omschrijving":"Aandeel in de bevolking, gecorrigeerd met SES-WOA",
             "rechtsgrond":"Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen, art. 3",
             "correctie":"inwoners × (1 + SES-WOA-score)","afronding":"per gemeente","amvAfronding":"per gemeente",
             "totaalExact":false}""")
    record SleutelDto(
            @Schema(description = "Code van de sleutel", example = "SPREIDINGSWET_SES_WOA") String code,
            @Schema(description = "Versie van de sleutel; een gewijzigde regel krijgt een nieuwe versie", example = "1") int versie,
            @Schema(description = "Wat de sleutel doet, in woorden", example = "Aandeel in de bevolking, gecorrigeerd met SES-WOA")
            String omschrijving,
            @Schema(description = "Wettelijke grondslag van de sleutel",
                    example = "Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen, art. 3") String rechtsgrond,
            @Schema(description = "Correctiefunctie die inwoners omzet in een gewicht", example = "inwoners × (1 + SES-WOA-score)")
            String correctie,
            @Schema(description = "Hoe de opgaven worden afgerond", example = "per gemeente") String afronding,
            @Schema(description = "Hoe het amv-deel wordt afgerond", example = "per gemeente") String amvAfronding,
            @Schema(description = "Of de afgeronde opgaven precies optellen tot het totaal", example = "false") boolean totaalExact,
            @Schema(description = "De correctiefunctie: familie en parameters (README, Correctiefuncties)")
            VerdeelsleutelDtos.CorrectieDto correctiefunctie,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Bron van de correctiefunctie; ontbreekt bij de sleutels die de code zelf definieert (hun "
                    + "omschrijving noemt de bron)") VerdeelsleutelDtos.BronDto correctiebron) {

        static SleutelDto van(Verdeelsleutel s) {
            return new SleutelDto(s.code(), s.versie(), s.omschrijving(), s.rechtsgrond(), s.correctie().formule(),
                    s.afronding().omschrijving(), s.amvAfronding().omschrijving(), s.afronding().somIsExact(),
                    VerdeelsleutelDtos.correctie(s), VerdeelsleutelDtos.BronDto.van(s.correctiebron()));
        }
    }

    @Schema(name = "SleutelVerwijzing", description = "Welke sleutel (code en versie) een verdeling gebruikte.", example = """
            {"code":"SPREIDINGSWET_SES_WOA","versie":1}""")
    record SleutelVerwijzing(
            @Schema(description = "Code van de verdeelsleutel", example = "SPREIDINGSWET_SES_WOA") String code,
            @Schema(description = "Versie van de verdeelsleutel", example = "1") int versie) {
    }

    @Schema(name = "ProvincieTaak", description = "De opgave van een provincie: de som van haar gemeenten.", example = """
            {"provinciecode":"PV27","aantalGemeenten":44,"aantalInwoners":2971000,"opgave":17020,"amv":1443,
             "bestaandeDuurzamePlaatsen":0,"resterendeOpgave":17020,"resterendNaVerrekening":17020,
             "plaatsenPerDuizendInwoners":5.73}""")
    record ProvincieTaak(
            @Schema(description = "CBS-code van de provincie", example = "PV27") String provinciecode,
            @Schema(description = "Aantal gemeenten in de provincie", example = "44") int aantalGemeenten,
            @Schema(description = "Som van de inwoners van haar gemeenten", example = "2971000") long aantalInwoners,
            @Schema(description = "Opgave van de provincie: de som van de opgaven van haar gemeenten, in plaatsen",
                    example = "17020") long opgave,
            @Schema(description = "Deel van de opgave voor alleenstaande minderjarige vreemdelingen (amv), in plaatsen",
                    example = "1443") long amv,
            @Schema(description = "Som van de bestaande duurzame opvangplaatsen van haar gemeenten", example = "0")
            long bestaandeDuurzamePlaatsen,
            @Schema(description = "Som van de resterende opgaven van de gemeenten, in plaatsen", example = "17020")
            long resterendeOpgave,
            @Schema(description = "max(0, opgave − bestaande plaatsen) voor de provincie als geheel: aan de regietafel "
                    + "mag een gemeente boven haar opgave een tekort elders dekken", example = "17020") long resterendNaVerrekening,
            @Schema(description = "Opgave per 1.000 inwoners, op 2 decimalen", example = "5.73") BigDecimal plaatsenPerDuizendInwoners) {

        static ProvincieTaak van(ProvincieOpgave p) {
            return new ProvincieTaak(p.provinciecode(), p.aantalGemeenten(), p.aantalInwoners(), p.opgave(), p.amv(),
                    p.bestaandeDuurzamePlaatsen(), p.resterendeOpgave(), p.resterendNaVerrekening(),
                    perDuizend(p.opgave(), p.aantalInwoners()));
        }
    }

    @Schema(name = "Verdeling", description = "Een verdeling van een doelgroep in een cyclus, met de provinciale opgaven.",
            example = """
                    {"id":"6f1c2a9e-3f0a-4c5e-9b1d-2a7e8c9d0f11","cyclus":"2024-2026","doelgroep":"ASIEL","versie":1,
                     "vorigeVerdelingId":null,"sleutel":{"code":"SPREIDINGSWET_SES_WOA","versie":1},"referentiejaar":2024,
                     "totaal":96000,"amvTotaal":8140,"somOpgaven":96002,"afwijkingVanTotaal":2,"somAmv":8141,
                     "vastgesteldOp":"2024-01-31T10:00:00Z","vastgesteldDoor":"minister@minjenv.example","toelichting":null,
                     "provincies":[]}""")
    record VerdelingDto(
            @Schema(nullable = true, description = "Id van de vastgestelde verdeling; leeg bij een simulatie",
                    example = "6f1c2a9e-3f0a-4c5e-9b1d-2a7e8c9d0f11") UUID id,
            @Schema(nullable = true, description = "Code van de cyclus; leeg bij een simulatie zonder cyclus", example = "2024-2026")
            String cyclus,
            @Schema(description = "Doelgroep: ASIEL (de Spreidingswet), STATUSHOUDERS of OEKRAINE", example = "ASIEL")
            Doelgroep doelgroep,
            @Schema(nullable = true, description = "Versie binnen cyclus en doelgroep, vanaf 1; een herziening is een nieuwe versie; leeg bij "
                    + "een simulatie", example = "1") Integer versie,
            @Schema(nullable = true, description = "Id van de vorige versie; leeg bij de eerste versie",
                    example = "0b9d4c1e-7a52-4f3e-8c6d-1e2f3a4b5c6d") UUID vorigeVerdelingId,
            @Schema(description = "De gebruikte verdeelsleutel") SleutelVerwijzing sleutel,
            @Schema(description = "Jaar van de gebruikte referentiedata", example = "2024") int referentiejaar,
            @Schema(description = "Te verdelen aantal plaatsen", example = "96000") int totaal,
            @Schema(description = "Waarvan voor alleenstaande minderjarige vreemdelingen (amv), in plaatsen", example = "8140")
            int amvTotaal,
            @Schema(description = "Som van de afgeronde opgaven van alle gemeenten, in plaatsen", example = "96002") long somOpgaven,
            @Schema(description = "somOpgaven − totaal: wat afronding per gemeente toevoegt of weglaat", example = "2")
            long afwijkingVanTotaal,
            @Schema(description = "Som van de amv-delen van alle gemeenten, in plaatsen", example = "8141") long somAmv,
            @Schema(nullable = true, description = "Moment van vaststelling; leeg bij een simulatie", example = "2024-01-31T10:00:00Z")
            Instant vastgesteldOp,
            @Schema(nullable = true, description = "Wie de verdeling vaststelde (upn uit het token); leeg bij een simulatie",
                    example = "minister@minjenv.example") String vastgesteldDoor,
            @Schema(nullable = true, description = "Waarom deze versie (verplicht bij een herziening)", example = "Nieuwe SES-WOA-cijfers")
            String toelichting,
            @Schema(nullable = true, description = "De opgave per provincie; leeg in de lijst van verdelingen") List<ProvincieTaak> provincies,
            // Left out for a calculated distribution: an object-typed property cannot also be null in the document's schema.
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Alleen bij een overgenomen gepubliceerde tabel (sleutel GEPUBLICEERDE_TABEL): de publicatie "
                    + "waaruit de opgaven komen; ontbreekt bij een berekende verdeling") BronDto bron) {

        /** A calculated distribution: no source. */
        static VerdelingDto van(VastgesteldeVerdeling kop, Verdeling v) {
            return van(kop, v, null);
        }

        static VerdelingDto van(VastgesteldeVerdeling kop, Verdeling v, VerdelingBron bron) {
            return new VerdelingDto(kop.id, kop.cyclus, kop.doelgroep, kop.versie, kop.vorigeId,
                    new SleutelVerwijzing(kop.sleutelCode, kop.sleutelVersie), kop.referentiejaar, kop.totaal, kop.amvTotaal,
                    kop.somOpgaven, kop.somOpgaven - kop.totaal, kop.somAmv, kop.vastgesteldOp, kop.vastgesteldDoor,
                    kop.toelichting, v == null ? null : v.provincies().stream().map(ProvincieTaak::van).toList(),
                    BronDto.van(bron));
        }

        static VerdelingDto simulatie(Verdeling v, String cyclus, Doelgroep doelgroep, int referentiejaar) {
            return new VerdelingDto(null, cyclus, doelgroep, null, null,
                    new SleutelVerwijzing(v.sleutel().code(), v.sleutel().versie()), referentiejaar, v.totaal(), v.amvTotaal(),
                    v.somOpgaven(), v.afwijkingVanTotaal(), v.somAmv(), null, null, null,
                    v.provincies().stream().map(ProvincieTaak::van).toList(), null);
        }
    }

    @Schema(name = "Bron", description = "De publicatie waaruit een overgenomen tabel komt.", example = """
            {"publicatie":"Stcrt. 2024, 3320","publicatiedatum":"2024-01-31",
             "url":"https://zoek.officielebekendmakingen.nl/stcrt-2024-3320.html",
             "bestandSha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""")
    record BronDto(
            @Schema(description = "De publicatie, zoals Staatscourant-jaargang en -nummer", example = "Stcrt. 2024, 3320")
            String publicatie,
            @Schema(description = "Datum van de publicatie", example = "2024-01-31") LocalDate publicatiedatum,
            @Schema(description = "Adres van de publicatie", example = "https://zoek.officielebekendmakingen.nl/stcrt-2024-3320.html")
            String url,
            @Schema(description = "SHA-256 van het geüploade bestand (hexadecimaal): welk bestand de verdeling werd",
                    example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String bestandSha256) {

        static BronDto van(VerdelingBron bron) {
            return bron == null ? null : new BronDto(bron.publicatie, bron.publicatiedatum, bron.url, bron.bestandSha256);
        }
    }

    @Schema(name = "Exact", description = "Exacte waarden als breuk (teller/noemer), zodat elke afronding na te rekenen is.",
            example = """
                    {"gewicht":"2317/2","aandeel":"2317/35885884","onafgerondeOpgave":"111216/17942942"}""")
    record Exact(
            @Schema(description = "Gewicht van de gemeente als breuk", example = "2317/2") String gewicht,
            @Schema(description = "Aandeel (gewicht / totaal gewicht) als breuk", example = "2317/35885884") String aandeel,
            @Schema(description = "Onafgeronde opgave (aandeel × totaal) als breuk, in plaatsen", example = "111216/17942942")
            String onafgerondeOpgave,
            @Schema(description = "Onafgerond amv-deel (opgave × amvTotaal / totaal) als breuk, in plaatsen", example = "8140/19")
            String amvOnafgerond) {
    }

    @Schema(name = "GemeenteTaak", description = "De opgave van een gemeente met elke tussenstap.", example = """
            {"gemeentecode":"GM0363","naam":"Amsterdam","provinciecode":"PV27","aantalInwoners":931298,"sesWoaScore":0.061,
             "gewicht":988107.178,"aandeel":0.052745012345,"onafgerondeOpgave":5063.521185,"opgave":5064,
             "afronding":"0.521185 ≥ 0.5: naar boven afgerond","amvOnafgerond":429.38,"amv":429,
             "bestaandeDuurzamePlaatsen":0,"resterendeOpgave":5064,"plaatsenPerDuizendInwoners":5.44,
             "exact":{"gewicht":"988107178/1000","aandeel":"1/19","onafgerondeOpgave":"96000/19","amvOnafgerond":"8140/19"}}""")
    record GemeenteTaak(
            @Schema(description = "CBS-code van de gemeente", example = "GM0363") String gemeentecode,
            @Schema(description = "Naam van de gemeente", example = "Amsterdam") String naam,
            @Schema(description = "CBS-code van haar provincie", example = "PV27") String provinciecode,
            @Schema(description = "Aantal inwoners waarmee is gerekend", example = "931298") long aantalInwoners,
            @Schema(nullable = true, description = "SES-WOA-score waarmee is gerekend; leeg als de sleutel er geen gebruikt", example = "0.061")
            BigDecimal sesWoaScore,
            @Schema(description = "Gewicht uit de correctiefunctie van de sleutel (bijvoorbeeld inwoners × (1 + SES-WOA)), "
                    + "afgerond weergegeven; exact in exact.gewicht", example = "988107.178") BigDecimal gewicht,
            @Schema(description = "Aandeel van de gemeente: gewicht / totaal gewicht, afgerond weergegeven", example = "0.052745012345")
            BigDecimal aandeel,
            @Schema(description = "Aandeel × te verdelen totaal, vóór afronding, in plaatsen", example = "5063.521185")
            BigDecimal onafgerondeOpgave,
            @Schema(description = "Opgave van de gemeente: het afgeronde aantal opvangplaatsen", example = "5064") int opgave,
            @Schema(description = "Hoe de opgave is afgerond, in woorden", example = "0.521185 ≥ 0.5: naar boven afgerond")
            String afronding,
            @Schema(description = "Amv-deel vóór afronding (opgave × amvTotaal / totaal), in plaatsen", example = "429.38")
            BigDecimal amvOnafgerond,
            @Schema(description = "Deel van de opgave voor alleenstaande minderjarige vreemdelingen (amv), in plaatsen",
                    example = "429") int amv,
            @Schema(description = "Hoe het amv-deel is afgerond, in woorden", example = "0.38 < 0.5: naar beneden afgerond")
            String amvAfronding,
            @Schema(description = "Bestaande duurzame opvangplaatsen die meetellen (alleen bij ASIEL)", example = "0")
            int bestaandeDuurzamePlaatsen,
            @Schema(description = "max(0, opgave − bestaande duurzame plaatsen): wat de gemeente nog moet realiseren",
                    example = "5064") int resterendeOpgave,
            @Schema(description = "Opgave per 1.000 inwoners, op 2 decimalen", example = "5.44") BigDecimal plaatsenPerDuizendInwoners,
            @Schema(description = "De exacte waarden als breuk") Exact exact) {

        static GemeenteTaak van(GemeenteOpgave g) {
            return new GemeenteTaak(g.gemeentecode(), g.naam(), g.provinciecode(), g.aantalInwoners(), g.sesWoaScore(),
                    g.gewichtDecimaal(), g.aandeelDecimaal(), g.onafgerondeOpgaveDecimaal(), g.opgave(),
                    g.afrondingsstap().toelichting(), g.amvOnafgerondDecimaal(), g.amv(), g.amvAfrondingsstap().toelichting(),
                    g.bestaandeDuurzamePlaatsen(), g.resterendeOpgave(), perDuizend(g.opgave(), g.aantalInwoners()),
                    new Exact(breuk(g.gewicht()), breuk(g.aandeel()), breuk(g.onafgerondeOpgave()), breuk(g.amvOnafgerond())));
        }
    }

    @Schema(name = "Uitleg", description = "Hoe de getallen van een gemeente volgen uit de invoer en de sleutel, in woorden.",
            example = """
                    {"gemeentecode":"GM0363","sleutel":{"code":"SPREIDINGSWET_SES_WOA","versie":1},
                     "rechtsgrond":"Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen, art. 3",
                     "regels":["Invoer: 931298 inwoners (peildatum 2024-01-01), SES-WOA-score 0.061"],
                     "taak":{"gemeentecode":"GM0363","opgave":5064}}""")
    record UitlegDto(
            @Schema(description = "CBS-code van de gemeente", example = "GM0363") String gemeentecode,
            @Schema(description = "De gebruikte verdeelsleutel") SleutelVerwijzing sleutel,
            @Schema(description = "Wettelijke grondslag van de sleutel",
                    example = "Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen, art. 3") String rechtsgrond,
            @Schema(description = "Elke stap van de berekening in woorden, met de exacte breuken") List<String> regels,
            @Schema(description = "De opgave van de gemeente met elke tussenstap") GemeenteTaak taak,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Alleen bij een overgenomen gepubliceerde tabel: de publicatie waaruit de getallen komen; "
                    + "ontbreekt bij een berekende verdeling") BronDto bron) {

        static UitlegDto van(Uitleg uitleg, GemeenteOpgave g) {
            return van(uitleg, g, null);
        }

        static UitlegDto van(Uitleg uitleg, GemeenteOpgave g, VerdelingBron bron) {
            return new UitlegDto(uitleg.gemeentecode(), new SleutelVerwijzing(uitleg.sleutel().code(), uitleg.sleutel().versie()),
                    uitleg.sleutel().rechtsgrond(), uitleg.regels(), GemeenteTaak.van(g), BronDto.van(bron));
        }
    }

    @Schema(name = "Vergelijking", description = "Twee verdelingen naast elkaar, A de referentie: verschil = B − A; "
            + "plaatsen per 1.000 inwoners; de impliciete correctiefactor van elke kant; een samenvatting.", example = """
                    {"a":{"code":"INWONERS","versie":1},"b":{"code":"SPREIDINGSWET_SES_WOA","versie":1},
                     "provincies":[{"provinciecode":"PV27","opgaveA":16100,"opgaveB":17020,"verschil":920,
                      "plaatsenPerDuizendInwonersA":5.42,"plaatsenPerDuizendInwonersB":5.73}],
                     "gemeenten":[{"gemeentecode":"GM0377","naam":"Bloemendaal","provinciecode":"PV27","opgaveA":128,
                      "opgaveB":169,"verschil":41,"plaatsenPerDuizendInwonersA":5.35,"plaatsenPerDuizendInwonersB":7.06,
                      "correctiefactorA":1.000012,"correctiefactorB":1.319930}],
                     "samenvatting":{"aantalGemeenten":342,"exacteOvereenkomsten":12,
                      "gemiddeldeAbsoluteProcentueleAfwijking":14.2031,"zonderPercentage":0,"somA":96000,"somB":96002,
                      "verschil":2,"grootsteVerschillen":[]}}""")
    record VergelijkingDto(
            @Schema(description = "De sleutel van verdeling A (de andere; de referentie)") SleutelVerwijzing a,
            @Schema(description = "De sleutel van verdeling B (deze, of de simulatie)") SleutelVerwijzing b,
            @Schema(description = "Verschillen per provincie (sommen van haar gemeenten)") List<ProvincieverschilDto> provincies,
            @Schema(description = "Verschillen per gemeente") List<GemeenteverschilDto> gemeenten,
            @Schema(description = "Samenvatting: exacte overeenkomsten, gemiddelde absolute procentuele afwijking, grootste "
                    + "verschillen") SamenvattingDto samenvatting) {

        static VergelijkingDto van(VerdelingVergelijking v) {
            Aansluiting aansluiting = Aansluiting.van(v);
            return new VergelijkingDto(new SleutelVerwijzing(v.a().sleutel().code(), v.a().sleutel().versie()),
                    new SleutelVerwijzing(v.b().sleutel().code(), v.b().sleutel().versie()),
                    v.provincies().stream().map(ProvincieverschilDto::van).toList(),
                    v.gemeenten().stream().map(g -> GemeenteverschilDto.van(g, aansluiting.factoren().get(g.gemeentecode())))
                            .toList(), SamenvattingDto.van(aansluiting));
        }
    }

    @Schema(name = "Vergelijkingssamenvatting", description = "Hoe ver verdeling B van verdeling A (de referentie) ligt.",
            example = """
                    {"aantalGemeenten":342,"exacteOvereenkomsten":12,"gemiddeldeAbsoluteProcentueleAfwijking":14.2031,
                     "zonderPercentage":0,"somA":96000,"somB":96002,"verschil":2,"grootsteVerschillen":[]}""")
    record SamenvattingDto(
            @Schema(description = "Aantal gemeenten dat in beide verdelingen voorkomt", example = "342") int aantalGemeenten,
            @Schema(description = "Waarvan met dezelfde opgave in A en B", example = "12") int exacteOvereenkomsten,
            @Schema(nullable = true, description = "Gemiddelde absolute procentuele afwijking (MAPE): het gemiddelde van "
                    + "|B − A| / A × 100 over de gemeenten in beide met A > 0, exact berekend en weergegeven met "
                    + Aansluiting.PERCENTAGE_DECIMALEN + " decimalen (half naar boven); leeg als er geen zijn",
                    example = "14.2031") BigDecimal gemiddeldeAbsoluteProcentueleAfwijking,
            @Schema(description = "Gemeenten in beide met opgave 0 in A: buiten het gemiddelde (een percentage van 0 bestaat "
                    + "niet)", example = "0") int zonderPercentage,
            @Schema(description = "Som van de opgaven in A, in plaatsen", example = "96000") long somA,
            @Schema(description = "Som van de opgaven in B, in plaatsen", example = "96002") long somB,
            @Schema(description = "somB − somA, in plaatsen", example = "2") long verschil,
            @Schema(description = "De (ten hoogste " + Aansluiting.GROOTSTE_VERSCHILLEN + ") gemeenten met het grootste "
                    + "absolute verschil, grootste eerst, dan op gemeentecode") List<GemeenteverschilDto> grootsteVerschillen) {

        static SamenvattingDto van(Aansluiting a) {
            Aansluiting.Samenvatting s = a.samenvatting();
            return new SamenvattingDto(s.aantalGemeenten(), s.exacteOvereenkomsten(),
                    s.gemiddeldeAbsoluteProcentueleAfwijkingDecimaal(), s.zonderPercentage(), s.somA(), s.somB(), s.verschil(),
                    s.grootsteVerschillen().stream().map(g -> GemeenteverschilDto.van(g, a.factoren().get(g.gemeentecode())))
                            .toList());
        }
    }

    @Schema(name = "Gemeenteverschil", description = "De opgave van een gemeente in twee verdelingen; een gemeente die "
            + "maar in één voorkomt (na een herindeling) heeft aan de andere kant geen waarde en geen verschil.")
    record GemeenteverschilDto(
            @Schema(description = "CBS-code van de gemeente", example = "GM0377") String gemeentecode,
            @Schema(description = "Naam van de gemeente", example = "Bloemendaal") String naam,
            @Schema(description = "CBS-code van haar provincie", example = "PV27") String provinciecode,
            @Schema(nullable = true, description = "Opgave in verdeling A, in plaatsen", example = "128") Integer opgaveA,
            @Schema(nullable = true, description = "Opgave in verdeling B, in plaatsen", example = "169") Integer opgaveB,
            @Schema(nullable = true, description = "opgaveB − opgaveA, in plaatsen", example = "41") Integer verschil,
            @Schema(nullable = true, description = "Opgave per 1.000 inwoners in A, op 2 decimalen", example = "5.35") BigDecimal plaatsenPerDuizendInwonersA,
            @Schema(nullable = true, description = "Opgave per 1.000 inwoners in B, op 2 decimalen", example = "7.06") BigDecimal plaatsenPerDuizendInwonersB,
            @Schema(nullable = true, description = CORRECTIEFACTOR + " in A", example = "1.000012") BigDecimal correctiefactorA,
            @Schema(nullable = true, description = CORRECTIEFACTOR + " in B", example = "1.319930") BigDecimal correctiefactorB) {

        static GemeenteverschilDto van(VerdelingVergelijking.Gemeenteverschil g, Aansluiting.Factoren f) {
            return new GemeenteverschilDto(g.gemeentecode(), g.naam(), g.provinciecode(), g.opgaveA(), g.opgaveB(), g.verschil(),
                    g.plaatsenPerDuizendInwonersA(), g.plaatsenPerDuizendInwonersB(),
                    f == null ? null : f.correctiefactorADecimaal(), f == null ? null : f.correctiefactorBDecimaal());
        }
    }

    @Schema(name = "Provincieverschil", description = "De opgave van een provincie (som van haar gemeenten) in twee verdelingen.")
    record ProvincieverschilDto(
            @Schema(description = "CBS-code van de provincie", example = "PV27") String provinciecode,
            @Schema(nullable = true, description = "Opgave in verdeling A, in plaatsen", example = "16100") Long opgaveA,
            @Schema(nullable = true, description = "Opgave in verdeling B, in plaatsen", example = "17020") Long opgaveB,
            @Schema(nullable = true, description = "opgaveB − opgaveA, in plaatsen", example = "920") Long verschil,
            @Schema(nullable = true, description = "Opgave per 1.000 inwoners in A, op 2 decimalen", example = "5.42") BigDecimal plaatsenPerDuizendInwonersA,
            @Schema(nullable = true, description = "Opgave per 1.000 inwoners in B, op 2 decimalen", example = "5.73") BigDecimal plaatsenPerDuizendInwonersB) {

        static ProvincieverschilDto van(VerdelingVergelijking.Provincieverschil p) {
            return new ProvincieverschilDto(p.provinciecode(), p.opgaveA(), p.opgaveB(), p.verschil(),
                    p.plaatsenPerDuizendInwonersA(), p.plaatsenPerDuizendInwonersB());
        }
    }

    @Schema(name = "Simulatie", description = "Een niet gepubliceerde verdeling (wat-als), eventueel vergeleken met een "
            + "gepubliceerde.", example = """
                    {"verdeling":{"cyclus":"2024-2026","doelgroep":"ASIEL","sleutel":{"code":"INWONERS","versie":1},
                     "referentiejaar":2024,"totaal":96000,"amvTotaal":8140,"somOpgaven":96000,"afwijkingVanTotaal":0,
                     "somAmv":8140,"provincies":[]},"gemeenten":[]}""")
    record SimulatieDto(
            @Schema(description = "De berekende (niet gepubliceerde) verdeling met de provinciale opgaven") VerdelingDto verdeling,
            @Schema(description = "De opgave van elke gemeente") List<GemeenteTaak> gemeenten,
            // Left out without vergelijkMet: an object-typed property cannot also be null in the document's schema.
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Vergelijking met de gevraagde gepubliceerde verdeling; ontbreekt zonder vergelijkMet")
            VergelijkingDto vergelijking) {
    }

    static BigDecimal perDuizend(long opgave, long inwoners) {
        return inwoners == 0 ? null : Breuk.van(opgave * 1000, inwoners).alsDecimaal(2, java.math.RoundingMode.HALF_UP);
    }

    private static String breuk(Breuk b) {
        return b.toString();
    }
}
