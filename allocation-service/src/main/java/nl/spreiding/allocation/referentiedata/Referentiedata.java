package nl.spreiding.allocation.referentiedata;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.spreiding.platform.api.ProblemException;

/** The municipalities per reference year: replaced as a whole, read by year, province and name. */
@ApplicationScoped
public class Referentiedata {

    /** What an import did. */
    public record ImportResultaat(int referentiejaar, int aantalGemeenten, long totaalInwoners, int aantalZonderSesWoa,
            int aantalMetBestaandePlaatsen) {
    }

    /**
     * Replaces the reference year's municipalities by the file's, in one transaction: a rejected file changes nothing.
     * @throws ProblemException 400 listing every problem of the file
     */
    @Transactional
    public ImportResultaat vervang(int referentiejaar, String csv) {
        Set<String> provincies = Provincie.<Provincie>listAll().stream().map(p -> p.code).collect(Collectors.toSet());
        List<GemeenteRegel> regels;
        try {
            regels = GemeentenCsv.lees(csv, referentiejaar, provincies);
        } catch (GemeentenCsv.Afgekeurd e) {
            throw ProblemException.invalid("Het bestand is afgekeurd: " + e.problemen.size()
                    + (e.problemen.size() == 1 ? " probleem" : " problemen") + "; er is niets ingelezen.", e.problemen);
        }
        Gemeente.delete("referentiejaar", referentiejaar);
        Gemeente.getEntityManager().flush();
        regels.forEach(r -> r.naarEntiteit(referentiejaar).persist());
        return new ImportResultaat(referentiejaar, regels.size(), regels.stream().mapToLong(GemeenteRegel::aantalInwoners).sum(),
                (int) regels.stream().filter(r -> r.sesWoaScore() == null).count(),
                (int) regels.stream().filter(r -> r.bestaandeDuurzamePlaatsen() != null).count());
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
            throw ProblemException.notFound("Gemeente " + code + " bestaat niet in referentiejaar " + referentiejaar + ".");
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
