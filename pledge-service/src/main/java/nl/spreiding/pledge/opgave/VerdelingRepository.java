package nl.spreiding.pledge.opgave;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.hibernate.query.NativeQuery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The versions of the distributions this service has processed, per cycle and target group (table verdeling). */
@ApplicationScoped
public class VerdelingRepository {

    /** One processed distribution: its target group, id, version and when the minister adopted it. */
    public record Verwerkt(Doelgroep doelgroep, String verdelingId, int versie, Instant vastgesteldOp) {
    }

    private static final String NEEM_VERSIE_AAN = """
            insert into verdeling (cyclus, doelgroep, verdeling_id, versie, totaal, amv_totaal, vastgesteld_op, bijgewerkt_op)
            values (:cyclus, :doelgroep, :id, :versie, :totaal, :amvTotaal, :vastgesteldOp, :nu)
            on conflict (cyclus, doelgroep) do update set verdeling_id = excluded.verdeling_id, versie = excluded.versie,
                totaal = excluded.totaal, amv_totaal = excluded.amv_totaal, vastgesteld_op = excluded.vastgesteld_op,
                bijgewerkt_op = excluded.bijgewerkt_op
            where verdeling.versie < excluded.versie""";

    private final EntityManager em;

    public VerdelingRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Holds this version of a cycle's distribution for a target group, only if it is newer than the one held: a
     * redelivered or late older version changes nothing.
     *
     * @return true if this version is now held, false if the one held was as new or newer
     */
    public boolean neemVersieAan(String cyclus, Doelgroep doelgroep, String verdelingId, int versie, Integer totaal,
            Integer amvTotaal, Instant vastgesteldOp, Instant nu) {
        return em.createNativeQuery(NEEM_VERSIE_AAN).unwrap(NativeQuery.class)
                .setParameter("cyclus", cyclus)
                .setParameter("doelgroep", doelgroep.name())
                .setParameter("id", verdelingId)
                .setParameter("versie", versie)
                .setParameter("totaal", totaal, Integer.class)
                .setParameter("amvTotaal", amvTotaal, Integer.class)
                .setParameter("vastgesteldOp", vastgesteldOp, Instant.class)
                .setParameter("nu", nu)
                .executeUpdate() > 0;
    }

    /** Removes the tasks of a cycle and target group, before those of a newer version are stored. */
    public void verwijderOpgaven(String cyclus, Doelgroep doelgroep) {
        Opgave.delete("cyclus = ?1 and doelgroep = ?2", cyclus, doelgroep);
        em.flush();
    }

    /** The distributions processed in a cycle, by target group. */
    public List<Verwerkt> verwerktIn(String cyclus) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select doelgroep, verdeling_id, versie, vastgesteld_op from verdeling "
                + "where cyclus = :c order by doelgroep").setParameter("c", cyclus).getResultList();
        return rows.stream().map(r -> new Verwerkt(Doelgroep.valueOf((String) r[0]), (String) r[1],
                ((Number) r[2]).intValue(), toInstant(r[3]))).toList();
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
