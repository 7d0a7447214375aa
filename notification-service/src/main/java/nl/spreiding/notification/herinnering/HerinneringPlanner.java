package nl.spreiding.notification.herinnering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.spreiding.notification.config.NotificatieConfig;
import io.quarkus.panache.common.Sort;
import nl.spreiding.notification.gebeurtenissen.Gebeurtenistypen;
import nl.spreiding.notification.termijn.Termijn;
import nl.spreiding.notification.wettelijkedatum.WettelijkeDatum;
import nl.spreiding.notification.notificatie.NotificatieService;
import nl.spreiding.platform.config.PlatformConfig;

/**
 * Sends reminders before deadlines (default 30, 14, 7 and 1 days before, and on the day) to the organisation that
 * still has to act: only open deadlines of an organisation (a province that submitted its plan gets no more plan
 * reminders). A reminder fires once per (deadline, recipient, kind) on every replica and after restarts: its row is
 * inserted with {@code ON CONFLICT DO NOTHING} in the same transaction as its notification and deliveries.
 *
 * <p>When the service was down across several reminder days, only the most urgent one due is sent, not a burst.
 *
 * <p>Metrics: {@code spreiding_reminders_sent_total} (reminders this replica sent) and {@code spreiding_reminders_due}
 * (reminders whose day has come and that are not sent yet, counted after every pass: above 0 only while passes fail).
 */
@Startup
@ApplicationScoped
public class HerinneringPlanner {

    private static final Logger LOG = Logger.getLogger(HerinneringPlanner.class);

    private static final String CLAIM = """
            insert into herinnering (id, termijn_id, ontvanger, soort, notificatie_id, aangemaakt_op)
            select :id, t.id, t.organisatie, :soort, :notificatie, :nu from termijn t
             where t.id = :termijn and t.afgerond_op is null and t.organisatie is not null
            on conflict on constraint herinnering_uniek do nothing""";

    /** A legal date's reminder: once per (date, kind), only while the date is in force. */
    private static final String CLAIM_DATUM = """
            insert into wettelijke_datum_herinnering (id, wettelijke_datum_id, soort, notificatie_id, aangemaakt_op)
            select :id, d.id, :soort, :notificatie, :nu from wettelijke_datum d
             where d.id = :datum and d.vervangen_door is null
            on conflict on constraint wettelijke_datum_herinnering_uniek do nothing""";

    private static final String DATUM_VERSTUURD = """
            select 1 from wettelijke_datum_herinnering where wettelijke_datum_id = :datum and soort = :soort""";

    private static final String VERSTUURD = """
            select 1 from herinnering where termijn_id = :termijn and ontvanger = :ontvanger and soort = :soort""";

    record Kandidaat(UUID termijn, String cyclus, String soort, String organisatie, LocalDate vervaldatum,
            String omschrijving) {
    }

    private final EntityManager em;
    private final NotificatieService notificaties;
    private final NotificatieConfig.Herinneringen config;
    private final Clock clock;
    private final ObjectMapper json;
    private final String source;
    private final Counter verstuurd;
    private final AtomicLong verschuldigd = new AtomicLong();

    public HerinneringPlanner(EntityManager em, NotificatieService notificaties, NotificatieConfig.Herinneringen config,
            Clock clock, ObjectMapper json, PlatformConfig platform, MeterRegistry metrics) {
        this.em = em;
        this.notificaties = notificaties;
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.source = platform.events().source();
        this.verstuurd = Counter.builder("spreiding.reminders.sent").description("Reminders sent").register(metrics);
        Gauge.builder("spreiding.reminders.due", verschuldigd, AtomicLong::get)
                .description("Reminders whose day has come and that are not sent yet").register(metrics);
    }

    @Scheduled(identity = "herinneringen", every = "${spreiding.herinneringen.interval:1m}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void gepland() {
        try {
            plan();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Reminder pass failed; the next pass retries");
        }
        try {
            meetVerschuldigd();
        } catch (RuntimeException e) {
            LOG.warnf("Reminders due not counted: %s", e.getMessage());
        }
    }

    /** One pass over the open deadlines; returns the reminders this caller fired. */
    public int plan() {
        LocalDate vandaag = vandaag();
        List<Termijn> open = openTermijnen(vandaag);
        int gestuurd = 0;
        for (Termijn t : open) {
            Kandidaat k = new Kandidaat(t.id, t.cyclus, t.soort.name(), t.organisatie, t.vervaldatum, t.omschrijving);
            long dagen = ChronoUnit.DAYS.between(vandaag, k.vervaldatum());
            Optional<Integer> soort = soort(dagen);
            if (soort.isPresent() && verstuur(k, soort.get(), dagen)) {
                gestuurd++;
                verstuurd.increment();
            }
        }
        for (WettelijkeDatum d : openDatums(vandaag)) {
            long dagen = ChronoUnit.DAYS.between(vandaag, d.datum);
            Optional<Integer> soort = soort(dagen);
            if (soort.isPresent() && verstuur(d, soort.get(), dagen)) {
                gestuurd++;
                verstuurd.increment();
            }
        }
        return gestuurd;
    }

    /** Legal dates in force that fall within the furthest reminder day from today. */
    private List<WettelijkeDatum> openDatums(LocalDate vandaag) {
        int verst = config.dagenVooraf().stream().mapToInt(Integer::intValue).max().orElse(0);
        return QuarkusTransaction.requiringNew().call(() -> WettelijkeDatum.<WettelijkeDatum>list(
                "vervangenDoor is null and datum between ?1 and ?2", Sort.by("datum").and("id"), vandaag,
                vandaag.plusDays(verst)));
    }

    /**
     * A legal date concerns whole groups, not one organisation: its reminder is published to every subscription that
     * asks for {@code nl.spreiding.wettelijke-datum.herinnering}, and carries the groups it concerns.
     */
    private boolean verstuur(WettelijkeDatum d, int dagenVooraf, long dagenOver) {
        UUID herinnering = UUID.randomUUID();
        UUID notificatie = UUID.randomUUID();
        Instant nu = Instant.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            int ingevoegd = em.createNativeQuery(CLAIM_DATUM)
                    .setParameter("id", herinnering)
                    .setParameter("soort", "D" + dagenVooraf)
                    .setParameter("notificatie", notificatie)
                    .setParameter("nu", nu)
                    .setParameter("datum", d.id)
                    .executeUpdate();
            if (ingevoegd == 0) {
                return false;
            }
            ObjectNode data = json.createObjectNode()
                    .put("herinneringId", herinnering.toString())
                    .put("wettelijkeDatumId", d.id.toString())
                    .put("sleutel", d.sleutel)
                    .put("datum", d.datum.toString())
                    .put("omschrijving", d.omschrijving)
                    .put("bron", d.bron)
                    .put("brontekst", d.brontekst)
                    .put("dagenVooraf", dagenVooraf)
                    .put("dagenOver", dagenOver);
            var groepen = data.putArray("doelgroepen");
            for (String g : d.doelgroepen) {
                groepen.add(g);
            }
            notificaties.publiceer(notificatie, source, notificatie.toString(), Gebeurtenistypen.WETTELIJKE_DATUM_HERINNERING,
                    "wettelijke-datum/" + d.sleutel, nu, List.of(), data);
            return true;
        });
    }

    /**
     * Counts the reminders whose day has come and that are not sent yet (what the next pass would send), and sets
     * {@code spreiding_reminders_due} to it.
     */
    public long meetVerschuldigd() {
        LocalDate vandaag = vandaag();
        long n = QuarkusTransaction.requiringNew().call(() -> openTermijnen(vandaag).stream()
                .filter(t -> soort(ChronoUnit.DAYS.between(vandaag, t.vervaldatum))
                        .map(d -> em.createNativeQuery(VERSTUURD).setParameter("termijn", t.id)
                                .setParameter("ontvanger", t.organisatie).setParameter("soort", "D" + d)
                                .getResultList().isEmpty())
                        .orElse(false))
                .count()
                + openDatums(vandaag).stream()
                        .filter(d -> soort(ChronoUnit.DAYS.between(vandaag, d.datum))
                                .map(s -> em.createNativeQuery(DATUM_VERSTUURD).setParameter("datum", d.id)
                                        .setParameter("soort", "D" + s).getResultList().isEmpty())
                                .orElse(false))
                        .count());
        verschuldigd.set(n);
        return n;
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock.withZone(ZoneId.of(config.tijdzone())));
    }

    /** Open deadlines of an organisation that fall within the furthest reminder day from today. */
    private List<Termijn> openTermijnen(LocalDate vandaag) {
        int verst = config.dagenVooraf().stream().mapToInt(Integer::intValue).max().orElse(0);
        return QuarkusTransaction.requiringNew().call(() -> Termijn.<Termijn>list(
                "afgerondOp is null and organisatie is not null and vervaldatum between ?1 and ?2",
                Sort.by("vervaldatum").and("id"), vandaag, vandaag.plusDays(verst)));
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
