package nl.spreiding.pledge.opgave;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The versions of the distributions this service has processed, per cycle and target group (table verdeling). */
@ApplicationScoped
public class VerdelingRepository {

    /** One processed distribution: its target group, id, version and when the minister adopted it. */
    public record Verwerkt(Doelgroep doelgroep, String verdelingId, int versie, Instant vastgesteldOp) {
    }

    private final EntityManager em;

    public VerdelingRepository(EntityManager em) {
        this.em = em;
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
