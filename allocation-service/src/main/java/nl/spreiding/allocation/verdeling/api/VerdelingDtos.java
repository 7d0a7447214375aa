package nl.spreiding.allocation.verdeling.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.spreiding.allocation.verdeling.Breuk;
import nl.spreiding.allocation.verdeling.GemeenteOpgave;
import nl.spreiding.allocation.verdeling.ProvincieOpgave;
import nl.spreiding.allocation.verdeling.Uitleg;
import nl.spreiding.allocation.verdeling.Verdeelsleutel;
import nl.spreiding.allocation.verdeling.Verdeling;
import nl.spreiding.allocation.verdeling.VerdelingVergelijking;
import nl.spreiding.allocation.verdeling.opslag.Doelgroep;
import nl.spreiding.allocation.verdeling.opslag.VastgesteldeVerdeling;

/** What the distribution endpoints answer; numbers with their exact fractions where they are not whole. */
final class VerdelingDtos {

    private VerdelingDtos() {
    }

    @Schema(name = "Verdeelsleutel", description = "Een geversioneerde, gedocumenteerde verdeelsleutel.", example = """
            {"code":"SPREIDINGSWET_SES_WOA","versie":1,"omschrijving":"Aandeel in de bevolking, gecorrigeerd met SES-WOA",
             "rechtsgrond":"Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen, art. 3",
             "correctie":"inwoners × (1 + SES-WOA-score)","afronding":"per gemeente","amvAfronding":"per gemeente",
             "totaalExact":false}""")
    record SleutelDto(String code, int versie, String omschrijving, String rechtsgrond, String correctie, String afronding,
            String amvAfronding, boolean totaalExact) {

        static SleutelDto van(Verdeelsleutel s) {
            return new SleutelDto(s.code(), s.versie(), s.omschrijving(), s.rechtsgrond(), s.correctie().formule(),
                    s.afronding().omschrijving(), s.amvAfronding().omschrijving(), s.afronding().somIsExact());
        }
    }

    @Schema(name = "SleutelVerwijzing", description = "Welke sleutel (code en versie) een verdeling gebruikte.", example = """
            {"code":"SPREIDINGSWET_SES_WOA","versie":1}""")
    record SleutelVerwijzing(String code, int versie) {
    }

    @Schema(name = "ProvincieTaak", description = "De opgave van een provincie: de som van haar gemeenten.", example = """
            {"provinciecode":"PV27","aantalGemeenten":44,"aantalInwoners":2971000,"opgave":17020,"amv":1443,
             "bestaandeDuurzamePlaatsen":0,"resterendeOpgave":17020,"resterendNaVerrekening":17020,
             "plaatsenPerDuizendInwoners":5.73}""")
    record ProvincieTaak(String provinciecode, int aantalGemeenten, long aantalInwoners, long opgave, long amv,
            long bestaandeDuurzamePlaatsen,
            @Schema(description = "Som van de resterende opgaven van de gemeenten") long resterendeOpgave,
            @Schema(description = "max(0, opgave − bestaande plaatsen) voor de provincie als geheel: aan de regietafel "
                    + "mag een gemeente boven haar opgave een tekort elders dekken") long resterendNaVerrekening,
            BigDecimal plaatsenPerDuizendInwoners) {

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
    record VerdelingDto(UUID id, String cyclus, Doelgroep doelgroep, Integer versie, UUID vorigeVerdelingId,
            SleutelVerwijzing sleutel, int referentiejaar, int totaal, int amvTotaal, long somOpgaven,
            long afwijkingVanTotaal, long somAmv, Instant vastgesteldOp, String vastgesteldDoor, String toelichting,
            List<ProvincieTaak> provincies) {

        static VerdelingDto van(VastgesteldeVerdeling kop, Verdeling v) {
            return new VerdelingDto(kop.id, kop.cyclus, kop.doelgroep, kop.versie, kop.vorigeId,
                    new SleutelVerwijzing(kop.sleutelCode, kop.sleutelVersie), kop.referentiejaar, kop.totaal, kop.amvTotaal,
                    kop.somOpgaven, kop.somOpgaven - kop.totaal, kop.somAmv, kop.vastgesteldOp, kop.vastgesteldDoor,
                    kop.toelichting, v == null ? null : v.provincies().stream().map(ProvincieTaak::van).toList());
        }

        static VerdelingDto simulatie(Verdeling v, String cyclus, Doelgroep doelgroep, int referentiejaar) {
            return new VerdelingDto(null, cyclus, doelgroep, null, null,
                    new SleutelVerwijzing(v.sleutel().code(), v.sleutel().versie()), referentiejaar, v.totaal(), v.amvTotaal(),
                    v.somOpgaven(), v.afwijkingVanTotaal(), v.somAmv(), null, null, null,
                    v.provincies().stream().map(ProvincieTaak::van).toList());
        }
    }

    @Schema(name = "Exact", description = "Exacte waarden als breuk (teller/noemer), zodat elke afronding na te rekenen is.",
            example = """
                    {"gewicht":"2317/2","aandeel":"2317/35885884","onafgerondeOpgave":"111216/17942942"}""")
    record Exact(String gewicht, String aandeel, String onafgerondeOpgave, String amvOnafgerond) {
    }

    @Schema(name = "GemeenteTaak", description = "De opgave van een gemeente met elke tussenstap.", example = """
            {"gemeentecode":"GM0363","naam":"Amsterdam","provinciecode":"PV27","aantalInwoners":931298,"sesWoaScore":0.061,
             "gewicht":988107.178,"aandeel":0.052745012345,"onafgerondeOpgave":5063.521185,"opgave":5064,
             "afronding":"0.521185 ≥ 0.5: naar boven afgerond","amvOnafgerond":429.38,"amv":429,
             "bestaandeDuurzamePlaatsen":0,"resterendeOpgave":5064,"plaatsenPerDuizendInwoners":5.44,
             "exact":{"gewicht":"988107178/1000","aandeel":"1/19","onafgerondeOpgave":"96000/19","amvOnafgerond":"8140/19"}}""")
    record GemeenteTaak(String gemeentecode, String naam, String provinciecode, long aantalInwoners, BigDecimal sesWoaScore,
            BigDecimal gewicht, BigDecimal aandeel, BigDecimal onafgerondeOpgave, int opgave, String afronding,
            BigDecimal amvOnafgerond, int amv, String amvAfronding, int bestaandeDuurzamePlaatsen, int resterendeOpgave,
            BigDecimal plaatsenPerDuizendInwoners, Exact exact) {

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
    record UitlegDto(String gemeentecode, SleutelVerwijzing sleutel, String rechtsgrond, List<String> regels, GemeenteTaak taak) {

        static UitlegDto van(Uitleg uitleg, GemeenteOpgave g) {
            return new UitlegDto(uitleg.gemeentecode(), new SleutelVerwijzing(uitleg.sleutel().code(), uitleg.sleutel().versie()),
                    uitleg.sleutel().rechtsgrond(), uitleg.regels(), GemeenteTaak.van(g));
        }
    }

    @Schema(name = "Vergelijking", description = "Twee verdelingen naast elkaar: verschil = B − A; plaatsen per 1.000 inwoners.",
            example = """
                    {"a":{"code":"INWONERS","versie":1},"b":{"code":"SPREIDINGSWET_SES_WOA","versie":1},
                     "provincies":[{"provinciecode":"PV27","opgaveA":16100,"opgaveB":17020,"verschil":920,
                      "plaatsenPerDuizendInwonersA":5.42,"plaatsenPerDuizendInwonersB":5.73}],
                     "gemeenten":[{"gemeentecode":"GM0377","naam":"Bloemendaal","provinciecode":"PV27","opgaveA":128,
                      "opgaveB":169,"verschil":41,"plaatsenPerDuizendInwonersA":5.35,"plaatsenPerDuizendInwonersB":7.06}]}""")
    record VergelijkingDto(SleutelVerwijzing a, SleutelVerwijzing b, List<VerdelingVergelijking.Provincieverschil> provincies,
            List<VerdelingVergelijking.Gemeenteverschil> gemeenten) {

        static VergelijkingDto van(VerdelingVergelijking v) {
            return new VergelijkingDto(new SleutelVerwijzing(v.a().sleutel().code(), v.a().sleutel().versie()),
                    new SleutelVerwijzing(v.b().sleutel().code(), v.b().sleutel().versie()), v.provincies(), v.gemeenten());
        }
    }

    @Schema(name = "Simulatie", description = "Een niet gepubliceerde verdeling (wat-als), eventueel vergeleken met een "
            + "gepubliceerde.", example = """
                    {"verdeling":{"cyclus":"2024-2026","doelgroep":"ASIEL","sleutel":{"code":"INWONERS","versie":1},
                     "referentiejaar":2024,"totaal":96000,"amvTotaal":8140,"somOpgaven":96000,"afwijkingVanTotaal":0,
                     "somAmv":8140,"provincies":[]},"gemeenten":[],"vergelijking":null}""")
    record SimulatieDto(VerdelingDto verdeling, List<GemeenteTaak> gemeenten, VergelijkingDto vergelijking) {
    }

    static BigDecimal perDuizend(long opgave, long inwoners) {
        return inwoners == 0 ? null : Breuk.van(opgave * 1000, inwoners).alsDecimaal(2, java.math.RoundingMode.HALF_UP);
    }

    private static String breuk(Breuk b) {
        return b.toString();
    }
}
