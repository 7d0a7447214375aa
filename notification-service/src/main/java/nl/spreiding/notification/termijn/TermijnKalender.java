package nl.spreiding.notification.termijn;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.spreiding.platform.persistence.QueryFilter;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Keeps the deadline calendar: every deadline of a cycle, derived from the events. Writes are upserts on
 * (cyclus, soort, organisatie), so a replayed or corrected event updates the deadline instead of adding one.
 */
@ApplicationScoped
public class TermijnKalender {

    public static final java.util.List<String> PROVINCIES = java.util.List.of("PV20", "PV21", "PV22", "PV23", "PV24",
            "PV25", "PV26", "PV27", "PV28", "PV29", "PV30", "PV31");

    /** A deadline that was met before it was known (see V4__termijn_afronding.sql) is created as met. */
    private static final String UPSERT = """
            insert into termijn (id, cyclus, soort, organisatie, vervaldatum, omschrijving, afgerond_op, gewijzigd_op)
            values (:id, :cyclus, :soort, :organisatie, :vervaldatum, :omschrijving,
                    (select a.afgerond_op from termijn_afronding a
                      where a.cyclus = :cyclus and a.soort = :soort and %s), :nu)
            on conflict on constraint termijn_uniek do update
               set vervaldatum = excluded.vervaldatum, omschrijving = excluded.omschrijving,
                   afgerond_op = coalesce(termijn.afgerond_op, excluded.afgerond_op),
                   gewijzigd_op = excluded.gewijzigd_op""";

    private static final String AFRONDING = """
            insert into termijn_afronding (cyclus, soort, organisatie, afgerond_op)
            values (:cyclus, :soort, :organisatie, :op)
            on conflict on constraint termijn_afronding_uniek do nothing""";

    private final EntityManager em;
    private final Clock clock;

    public TermijnKalender(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The stable id of a deadline: the same for the same (cycle, kind, organisation) everywhere. */
    public static UUID idVan(String cyclus, Termijn.Soort soort, String organisatie) {
        return UUID.nameUUIDFromBytes(("termijn:" + cyclus + ":" + soort + ":" + (organisatie == null ? "" : organisatie))
                .getBytes(StandardCharsets.UTF_8));
    }

    @Transactional(TxType.MANDATORY)
    public void zet(String cyclus, Termijn.Soort soort, String organisatie, LocalDate vervaldatum, String omschrijving) {
        em.createNativeQuery(UPSERT.formatted(organisatieIs("a.organisatie", organisatie)))
                .setParameter("id", idVan(cyclus, soort, organisatie))
                .setParameter("cyclus", cyclus)
                .setParameter("soort", soort.name())
                .setParameter("organisatie", organisatie)
                .setParameter("vervaldatum", vervaldatum)
                .setParameter("omschrijving", omschrijving)
                .setParameter("nu", Instant.now(clock))
                .executeUpdate();
    }

    /** Marks a deadline as met (the organisation did what was due); it gets no more reminders. */
    @Transactional(TxType.MANDATORY)
    public int rondAf(String cyclus, Termijn.Soort soort, String organisatie, Instant op) {
        em.createNativeQuery(AFRONDING)
                .setParameter("cyclus", cyclus)
                .setParameter("soort", soort.name())
                .setParameter("organisatie", organisatie)
                .setParameter("op", op)
                .executeUpdate();
        QueryFilter filter = new QueryFilter().equal("cyclus", cyclus).equal("soort", soort)
                .when(organisatie, "organisatie = :organisatie", "organisatie");
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("op", op);
        parameters.put("nu", Instant.now(clock));
        return Termijn.update("afgerondOp = coalesce(afgerondOp, :op), gewijzigdOp = :nu where " + filter.query()
                + (organisatie == null ? " and organisatie is null" : ""), parameters);
    }

    /** The condition on the organisation column; "is null" for deadlines that apply to everyone. */
    private static String organisatieIs(String kolom, String organisatie) {
        return organisatie == null ? kolom + " is null" : kolom + " = :organisatie";
    }
}
