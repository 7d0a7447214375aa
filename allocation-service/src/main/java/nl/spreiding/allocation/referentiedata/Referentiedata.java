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

    /** What an update from CBS did. */
    public record CbsResultaat(int referentiejaar, CbsVeld veld, int bijgewerkt) {
    }

    /**
     * Updates one figure of every municipality of the year from a CBS StatLine export, all or nothing: every
     * municipality of the year must get a value, and the file may name no municipality the year does not have.
     *
     * @param geldigVoor the population's reference date, or the SES-WOA vintage as 1 January of its year
     */
    @Transactional
    public CbsResultaat werkBijUitCbs(int referentiejaar, CbsVeld veld, String csv, String kolom, String periode,
            LocalDate geldigVoor, String door) {
        List<Gemeente> gemeenten = gemeenten(referentiejaar);
        if (gemeenten.isEmpty()) {
            throw DomainException.notFound("Referentiejaar " + referentiejaar + " heeft geen gemeenten; lees eerst de "
                    + "gemeentelijst in.");
        }
        Map<String, BigDecimal> waarden;
        try {
            waarden = CbsStatlineCsv.waarden(csv, kolom, periode, veld == CbsVeld.AANTAL_INWONERS
                    ? Invoergrenzen::inwonersFout : Invoergrenzen::sesWoaFout);
        } catch (GemeentenCsv.Afgekeurd e) {
            throw afgekeurd(e.problemen);
        }
        List<FieldError> problemen = new ArrayList<>();
        Set<String> bekend = new HashSet<>();
        for (Gemeente g : gemeenten) {
            bekend.add(g.code);
            BigDecimal waarde = waarden.get(g.code);
            if (waarde == null) {
                problemen.add(new FieldError("gemeenten[" + g.code + "]",
                        g.naam + " ontbreekt in het bestand"));
                continue;
            }
            // Every value is in range here: CbsStatlineCsv checked it against its line.
            if (veld == CbsVeld.AANTAL_INWONERS) {
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
        if (!problemen.isEmpty()) {
            // Nothing of the changes above is kept: the transaction rolls back.
            throw afgekeurd(problemen);
        }
        ReferentiedataWijziging.Soort soort = switch (veld) {
            case AANTAL_INWONERS -> ReferentiedataWijziging.Soort.CBS_AANTAL_INWONERS;
            case SES_WOA_SCORE -> ReferentiedataWijziging.Soort.CBS_SES_WOA_SCORE;
        };
        ReferentiedataWijziging.leg(referentiejaar, soort,
                "CBS StatLine, kolom " + kolom + (periode == null ? "" : ", periode " + periode) + ", geldig voor "
                        + geldigVoor, gemeenten.size(), door, clock);
        return new CbsResultaat(referentiejaar, veld, gemeenten.size());
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
