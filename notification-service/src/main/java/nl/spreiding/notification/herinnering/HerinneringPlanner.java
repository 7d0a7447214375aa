package nl.spreiding.notification.herinnering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.spreiding.notification.config.NotificatieConfig;
import io.quarkus.panache.common.Sort;
import nl.spreiding.notification.gebeurtenissen.Gebeurtenistypen;
import nl.spreiding.notification.termijn.Termijn;
import nl.spreiding.notification.notificatie.NotificatieService;
import nl.spreiding.platform.config.PlatformConfig;

/**
 * Sends reminders before deadlines (default 30, 14, 7 and 1 days before, and on the day) to the organisation that
 * still has to act: only open deadlines of an organisation (a province that submitted its plan gets no more plan
 * reminders). A reminder fires once per (deadline, recipient, kind) on every replica and after restarts: its row is
 * inserted with {@code ON CONFLICT DO NOTHING} in the same transaction as its notification and deliveries.
 *
 * <p>When the service was down across several reminder days, only the most urgent one due is sent, not a burst.
 */
@ApplicationScoped
public class HerinneringPlanner {

    private static final Logger LOG = Logger.getLogger(HerinneringPlanner.class);

    private static final String CLAIM = """
            insert into herinnering (id, termijn_id, ontvanger, soort, notificatie_id, aangemaakt_op)
            select :id, t.id, t.organisatie, :soort, :notificatie, :nu from termijn t
             where t.id = :termijn and t.afgerond_op is null and t.organisatie is not null
            on conflict on constraint herinnering_uniek do nothing""";

    record Kandidaat(UUID termijn, String cyclus, String soort, String organisatie, LocalDate vervaldatum,
            String omschrijving) {
    }

    private final EntityManager em;
    private final NotificatieService notificaties;
    private final NotificatieConfig.Herinneringen config;
    private final Clock clock;
    private final ObjectMapper json;
    private final String source;

    public HerinneringPlanner(EntityManager em, NotificatieService notificaties, NotificatieConfig.Herinneringen config,
            Clock clock, ObjectMapper json, PlatformConfig platform) {
        this.em = em;
        this.notificaties = notificaties;
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.source = platform.events().source();
    }

    @Scheduled(identity = "herinneringen", every = "${spreiding.herinneringen.interval:1m}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void gepland() {
        try {
            plan();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Reminder pass failed; the next pass retries");
        }
    }

    /** One pass over the open deadlines; returns the reminders this caller fired. */
    public int plan() {
        ZoneId zone = ZoneId.of(config.tijdzone());
        LocalDate vandaag = LocalDate.now(clock.withZone(zone));
        int verst = config.dagenVooraf().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Termijn> open = QuarkusTransaction.requiringNew().call(() -> Termijn.<Termijn>list(
                "afgerondOp is null and organisatie is not null and vervaldatum between ?1 and ?2",
                Sort.by("vervaldatum").and("id"), vandaag, vandaag.plusDays(verst)));
        int gestuurd = 0;
        for (Termijn t : open) {
            Kandidaat k = new Kandidaat(t.id, t.cyclus, t.soort.name(), t.organisatie, t.vervaldatum, t.omschrijving);
            long dagen = ChronoUnit.DAYS.between(vandaag, k.vervaldatum());
            Optional<Integer> soort = soort(dagen);
            if (soort.isPresent() && verstuur(k, soort.get(), dagen)) {
                gestuurd++;
            }
        }
        return gestuurd;
    }

    /** The most urgent reminder due with this many days left: the smallest configured day count ≥ days left. */
    Optional<Integer> soort(long dagenOver) {
        return config.dagenVooraf().stream().filter(d -> d >= dagenOver).min(Integer::compare);
    }

    private boolean verstuur(Kandidaat k, int dagenVooraf, long dagenOver) {
        UUID herinnering = UUID.randomUUID();
        UUID notificatie = UUID.randomUUID();
        Instant nu = Instant.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            int ingevoegd = em.createNativeQuery(CLAIM)
                    .setParameter("id", herinnering)
                    .setParameter("soort", "D" + dagenVooraf)
                    .setParameter("notificatie", notificatie)
                    .setParameter("nu", nu)
                    .setParameter("termijn", k.termijn())
                    .executeUpdate();
            if (ingevoegd == 0) {
                return false;
            }
            ObjectNode data = json.createObjectNode()
                    .put("herinneringId", herinnering.toString())
                    .put("termijnId", k.termijn().toString())
                    .put("cyclus", k.cyclus())
                    .put("soort", k.soort())
                    .put("organisatie", k.organisatie())
                    .put("vervaldatum", k.vervaldatum().toString())
                    .put("omschrijving", k.omschrijving())
                    .put("dagenVooraf", dagenVooraf)
                    .put("dagenOver", dagenOver);
            // Addressed to the organisation that has to act: another organisation's subscription does not get it.
            notificaties.richtAan(k.organisatie(), notificatie, source, notificatie.toString(), Gebeurtenistypen.HERINNERING,
                    k.cyclus() + "/" + k.organisatie(), nu, data);
            return true;
        });
    }
}
