package nl.spreiding.allocation.referentiedata;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.spreiding.allocation.invoer.Invoergrenzen;
import nl.spreiding.platform.errors.DomainException.FieldError;
import nl.spreiding.platform.errors.DomainException;

/** The municipalities per reference year: replaced as a whole, read by year, province and name. */
@ApplicationScoped
public class Referentiedata {

    private final Clock clock;

    public Referentiedata(Clock clock) {
        this.clock = clock;
    }

    /** What an import did. */
    public record ImportResultaat(int referentiejaar, int aantalGemeenten, long totaalInwoners, int aantalZonderSesWoa,
            int aantalMetBestaandePlaatsen) {
    }

    /**
     * Replaces the reference year's municipalities by the file's, in one transaction: a rejected file changes nothing.
     * The change is logged with {@code door} and {@code bron}.
     * @throws DomainException invalid, listing every problem of the file
     */
    @Transactional
    public ImportResultaat vervang(int referentiejaar, String csv, String bron, String door) {
        Set<String> provincies = Provincie.<Provincie>listAll().stream().map(p -> p.code).collect(Collectors.toSet());
        List<GemeenteRegel> regels;
        try {
            regels = GemeentenCsv.lees(csv, referentiejaar, provincies);
        } catch (GemeentenCsv.Afgekeurd e) {
            throw afgekeurd(e.problemen);
        }
        Gemeente.delete("referentiejaar", referentiejaar);
        Gemeente.getEntityManager().flush();
        regels.forEach(r -> r.naarEntiteit(referentiejaar).persist());
        ReferentiedataWijziging.leg(referentiejaar, ReferentiedataWijziging.Soort.INLEZING, bron, regels.size(), door, clock);
        return new ImportResultaat(referentiejaar, regels.size(), regels.stream().mapToLong(GemeenteRegel::aantalInwoners).sum(),
                (int) regels.stream().filter(r -> r.sesWoaScore() == null).count(),
                (int) regels.stream().filter(r -> r.bestaandeDuurzamePlaatsen() != null).count());
    }

    /** The figures a CBS StatLine export can update. */
    public enum CbsVeld { AANTAL_INWONERS, SES_WOA_SCORE }

    /** What an update from CBS did, and what it read. */
    public record CbsResultaat(int referentiejaar, CbsVeld veld, int bijgewerkt, String kolom, CbsTabel.Indeling indeling,
            String tabel, int verslagjaar, CbsStatus status, LocalDate bestandsdatum) {
    }

    /**
     * What the caller says about a CBS file, beyond its content.
     *
     * @param kolom the measure's key or Dutch label; null for the usual one of the field (GemiddeldeScore_29 for SES-WOA)
     * @param verslagjaar the report year to read; null to take the only one in the file
     * @param geldigVoor the population's reference date or the SES-WOA vintage; null for 1 January of the report year
     * @param status provisional or final, for a layout that does not say (OData); null when not stated
     * @param tabel the CBS table id, for a layout that does not name it (CSV); null when not stated
     * @param bestandsdatum the file's date (the table's "Gewijzigd op", OData TableInfos.Modified); null when not stated
     */
    public record CbsVerzoek(CbsVeld veld, String kolom, Integer verslagjaar, LocalDate geldigVoor, CbsStatus status,
            String tabel, LocalDate bestandsdatum) {

        String kolomOfGebruikelijk() {
            return kolom != null ? kolom : switch (veld) {
                case SES_WOA_SCORE -> "GemiddeldeScore_29";
                case AANTAL_INWONERS -> "BevolkingAanHetBeginVanDePeriode_1";
            };
        }
    }

    /**
     * Updates one figure of every municipality of the year from a CBS export (any of the layouts {@link CbsBestand}
     * recognises), all or nothing: every municipality of the year must get a value, the file may name no
     * municipality the year does not have, and every problem is listed in one refusal.
     */
    @Transactional
    public CbsResultaat werkBijUitCbs(int referentiejaar, String bestand, CbsVerzoek verzoek, String door) {
        List<Gemeente> gemeenten = gemeenten(referentiejaar);
        if (gemeenten.isEmpty()) {
            throw DomainException.notFound("Referentiejaar " + referentiejaar + " heeft geen gemeenten; lees eerst de "
                    + "gemeentelijst in.");
        }
        CbsTabel tabel;
        CbsGemeentewaarden gelezen;
        try {
            tabel = CbsBestand.lees(bestand, verzoek.kolomOfGebruikelijk());
            gelezen = CbsGemeentewaarden.van(tabel, verzoek.verslagjaar(), verzoek.veld() == CbsVeld.AANTAL_INWONERS
                    ? Invoergrenzen::inwonersFout : Invoergrenzen::sesWoaFout);
        } catch (GemeentenCsv.Afgekeurd e) {
            throw afgekeurd(e.problemen);
        }
        List<FieldError> problemen = new ArrayList<>(gelezen.problemen());
        CbsStatus status = status(gelezen.voorlopig(), verzoek.status(), problemen);
        String tabelId = tabel(tabel.tabel(), verzoek.tabel(), problemen);
        LocalDate geldigVoor = verzoek.geldigVoor() != null ? verzoek.geldigVoor() : LocalDate.of(gelezen.verslagjaar(), 1, 1);
        Map<String, BigDecimal> waarden = gelezen.waarden();
        Set<String> bekend = new HashSet<>();
        for (Gemeente g : gemeenten) {
            bekend.add(g.code);
            BigDecimal waarde = waarden.get(g.code);
            if (waarde == null) {
                // A suppressed value was reported on its line already; a municipality without a line is reported here.
                if (!gelezen.genoemd().contains(g.code)) {
                    problemen.add(new FieldError("gemeenten[" + g.code + "]", g.naam + " ontbreekt in het bestand (verslagjaar "
                            + gelezen.verslagjaar() + ")"));
                }
                continue;
            }
            // Every value is in range here: CbsGemeentewaarden checked it against its line.
            if (verzoek.veld() == CbsVeld.AANTAL_INWONERS) {
                g.aantalInwoners = waarde.longValueExact();
                g.peildatumInwoners = geldigVoor;
            } else {
                g.sesWoaScore = waarde;
                g.sesWoaJaargang = geldigVoor.getYear();
            }
        }
        waarden.keySet().stream().filter(code -> !bekend.contains(code)).forEach(code -> problemen.add(
                new FieldError("gemeenten[" + code + "]", "bestaat niet in referentiejaar "
                        + referentiejaar + " (andere gemeentelijke indeling?)")));
        if (!problemen.isEmpty() && tabel.vervolg()) {
            problemen.add(new FieldError("odata.nextLink", "het bestand is één pagina van een groter resultaat (CBS geeft "
                    + "er 10.000 regels per keer); vraag alleen de gemeenten op, met $filter=startswith(WijkenEnBuurten,'GM')"));
        }
        if (!problemen.isEmpty()) {
            // Nothing of the changes above is kept: the transaction rolls back.
            throw afgekeurd(metAlleOntbrekende(problemen));
        }
        ReferentiedataWijziging.Soort soort = switch (verzoek.veld()) {
            case AANTAL_INWONERS -> ReferentiedataWijziging.Soort.CBS_AANTAL_INWONERS;
            case SES_WOA_SCORE -> ReferentiedataWijziging.Soort.CBS_SES_WOA_SCORE;
        };
        ReferentiedataWijziging w = ReferentiedataWijziging.leg(referentiejaar, soort, CbsBron.beschrijf(tabel, tabelId,
                gelezen.verslagjaar(), status, verzoek.bestandsdatum(), geldigVoor), gemeenten.size(), door, clock);
        w.cbsTabel = tabelId;
        w.verslagjaar = gelezen.verslagjaar();
        w.cbsStatus = status;
        w.bestandsdatum = verzoek.bestandsdatum();
        return new CbsResultaat(referentiejaar, verzoek.veld(), gemeenten.size(), tabel.meting(), tabel.indeling(), tabelId,
                gelezen.verslagjaar(), status, verzoek.bestandsdatum());
    }

    /**
     * A refusal names at most {@link DomainException#MAX_FIELDS} fields; so that a file missing many municipalities
     * still gets every one named, a first entry lists their codes together.
     */
    private static List<FieldError> metAlleOntbrekende(List<FieldError> problemen) {
        if (problemen.size() <= DomainException.MAX_FIELDS) {
            return problemen;
        }
        List<String> ontbrekend = problemen.stream().filter(p -> p.reason().contains("ontbreekt in het bestand"))
                .map(p -> p.name().substring("gemeenten[".length(), p.name().length() - 1)).toList();
        List<String> zonderWaarde = problemen.stream().filter(p -> p.reason().contains("heeft geen waarde"))
                .map(p -> p.reason().substring(0, p.reason().indexOf(' '))).toList();
        List<FieldError> samengevat = new ArrayList<>();
        if (!ontbrekend.isEmpty()) {
            samengevat.add(new FieldError("gemeenten", ontbrekend.size() + " gemeenten ontbreken in het bestand: "
                    + String.join(", ", ontbrekend)));
        }
        if (!zonderWaarde.isEmpty()) {
            samengevat.add(new FieldError("waarden", zonderWaarde.size() + " gemeenten hebben geen waarde (CBS: '.' of leeg): "
                    + String.join(", ", zonderWaarde)));
        }
        samengevat.addAll(problemen);
        return samengevat;
    }

    /** The file's word on provisional or final wins; a caller who says otherwise is told. */
    private static CbsStatus status(Boolean voorlopigInBestand, CbsStatus opgegeven, List<FieldError> problemen) {
        if (voorlopigInBestand == null) {
            return opgegeven;
        }
        CbsStatus inBestand = voorlopigInBestand ? CbsStatus.VOORLOPIG : CbsStatus.DEFINITIEF;
        if (opgegeven != null && opgegeven != inBestand) {
            problemen.add(new FieldError("status", "is " + opgegeven + ", maar het bestand noemt het verslagjaar " + inBestand));
        }
        return inBestand;
    }

    private static String tabel(String inBestand, String opgegeven, List<FieldError> problemen) {
        if (inBestand != null && opgegeven != null && !inBestand.equalsIgnoreCase(opgegeven)) {
            problemen.add(new FieldError("tabel", "is " + opgegeven + ", maar het bestand is van tabel " + inBestand));
        }
        return inBestand != null ? inBestand : opgegeven == null ? null : opgegeven.toUpperCase(java.util.Locale.ROOT);
    }

    private static DomainException afgekeurd(List<FieldError> problemen) {
        return DomainException.invalid("Het bestand is afgekeurd: " + problemen.size()
                + (problemen.size() == 1 ? " probleem" : " problemen") + "; er is niets gewijzigd.", problemen);
    }

    public boolean heeftGemeenten(int referentiejaar) {
        return Gemeente.count("referentiejaar", referentiejaar) > 0;
    }

    public List<Gemeente> gemeenten(int referentiejaar) {
        return Gemeente.list("referentiejaar", Sort.by("code"), referentiejaar);
    }

    public Gemeente gemeente(int referentiejaar, String code) {
        Gemeente gemeente = Gemeente.find("referentiejaar = ?1 and code = ?2", referentiejaar, code).firstResult();
        if (gemeente == null) {
            throw DomainException.notFound("Gemeente " + code + " bestaat niet in referentiejaar " + referentiejaar + ".");
        }
        return gemeente;
    }

    /** Years that have municipalities, with their counts, newest first. */
    public List<Object[]> jaren() {
        return Gemeente.getEntityManager().createQuery(
                "select g.referentiejaar, count(g), sum(g.aantalInwoners), sum(case when g.sesWoaScore is null then 1 else 0 end) "
                        + "from Gemeente g group by g.referentiejaar order by g.referentiejaar desc", Object[].class)
                .getResultList();
    }
}
