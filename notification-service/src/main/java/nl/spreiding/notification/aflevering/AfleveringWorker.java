package nl.spreiding.notification.aflevering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import nl.spreiding.notification.config.NotificatieConfig;
import nl.spreiding.notification.notificatie.NotificatieService;
import nl.spreiding.platform.outbox.Outbox;

/**
 * Delivers pending webhooks, at least once. A pass claims due deliveries with {@code FOR UPDATE SKIP LOCKED} and a
 * lease ({@code geclaimd_tot}), so replicas never send the same delivery at the same time, and a delivery claimed by a
 * replica that crashed is taken over once its lease expires. All state is in the database: a restart loses nothing.
 */
@ApplicationScoped
public class AfleveringWorker {

    private static final Logger LOG = Logger.getLogger(AfleveringWorker.class);
    public static final String TOPIC = "spreiding.notification.v1";
    public static final String UITGEPUT = "nl.spreiding.aflevering.uitgeput";

    private static final String CLAIM = """
            update aflevering f set geclaimd_door = :claim, geclaimd_tot = :tot
             where f.id in (select a.id from aflevering a join abonnement b on b.id = a.abonnement_id
                             where a.status = 'TE_VERZENDEN' and b.status = 'ACTIEF'
                               and a.volgende_poging_op <= :nu
                               and (a.geclaimd_tot is null or a.geclaimd_tot < :nu)
                             order by a.volgende_poging_op
                             limit :limiet
                               for update of a skip locked)""";

    private static final String GECLAIMD = """
            select f.id, f.notificatie_id, f.abonnement_id, f.pogingen, n.cloudevent, b.callback_url, b.geheim,
                   b.vorig_geheim, b.vorig_geheim_tot
              from aflevering f join notificatie n on n.id = f.notificatie_id join abonnement b on b.id = f.abonnement_id
             where f.geclaimd_door = :claim""";

    record Claim(UUID claim, UUID id, UUID notificatieId, UUID abonnementId, int pogingen, String cloudevent, String callbackUrl,
            List<String> geheimen) {
    }

    private final EntityManager em;
    private final WebhookVerzender verzender;
    private final NotificatieConfig.Webhooks config;
    private final Clock clock;
    private final Outbox outbox;
    private final Timer latentie;
    private final ExecutorService wekker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "aflevering-wekker");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean gewekt = new AtomicBoolean();

    public AfleveringWorker(EntityManager em, WebhookVerzender verzender, NotificatieConfig.Webhooks config, Clock clock,
            Outbox outbox, MeterRegistry metrics) {
        this.em = em;
        this.verzender = verzender;
        this.config = config;
        this.clock = clock;
        this.outbox = outbox;
        this.latentie = metrics.timer("spreiding.webhooks.latentie");
    }

    @Scheduled(identity = "afleveringen", every = "${spreiding.webhooks.poll-interval:1s}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void poll() {
        verwerkAlles();
    }

    /** New deliveries were committed: start a pass now instead of at the next poll. */
    void opKlaar(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificatieService.AfleveringenKlaar klaar) {
        if (gewekt.compareAndSet(false, true)) {
            wekker.execute(() -> {
                gewekt.set(false);
                verwerkAlles();
            });
        }
    }

    void stop(@Observes ShutdownEvent event) {
        wekker.shutdownNow();
    }

    /** Passes until no due delivery is left; returns how many deliveries were attempted. */
    public int verwerkAlles() {
        int totaal = 0;
        try {
            int n;
            do {
                n = pass();
                totaal += n;
            } while (n == config.batchGrootte());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Delivery pass failed; the next poll retries");
        }
        return totaal;
    }

    /** One pass: claim a batch, send them in parallel, record every outcome. */
    public int pass() {
        List<Claim> claims = claim(config.batchGrootte());
        if (claims.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> bezig = new ArrayList<>();
        for (Claim c : claims) {
            bezig.add(verzender.verzend(c.callbackUrl(), "msg_" + c.id(), c.geheimen(),
                    c.cloudevent().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .thenAccept(uitkomst -> vastleggen(c, uitkomst)));
        }
        CompletableFuture.allOf(bezig.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return claims.size();
    }

    /** Claims up to {@code limiet} due deliveries for this worker, for the lease time. */
    public List<Claim> claim(int limiet) {
        UUID claim = UUID.randomUUID();
        Instant nu = Instant.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            int n = em.createNativeQuery(CLAIM)
                    .setParameter("claim", claim)
                    .setParameter("tot", nu.plus(config.claimDuur()))
                    .setParameter("nu", nu)
                    .setParameter("limiet", limiet)
                    .executeUpdate();
            if (n == 0) {
                return List.<Claim>of();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(GECLAIMD).setParameter("claim", claim).getResultList();
            List<Claim> claims = new ArrayList<>();
            for (Object[] r : rows) {
                List<String> geheimen = new ArrayList<>();
                geheimen.add((String) r[6]);
                Instant vorigTot = nl.spreiding.notification.config.Tijd.instant(r[8]);
                if (r[7] != null && vorigTot != null && vorigTot.isAfter(nu)) {
                    geheimen.add((String) r[7]);
                }
                claims.add(new Claim(claim, (UUID) r[0], (UUID) r[1], (UUID) r[2], ((Number) r[3]).intValue(), (String) r[4],
                        (String) r[5], geheimen));
            }
            return claims;
        });
    }

    private void vastleggen(Claim c, WebhookVerzender.Uitkomst uitkomst) {
        latentie.record(Duration.ofMillis(uitkomst.duurMs()));
        try {
            QuarkusTransaction.requiringNew().run(() -> vastleggenInTransactie(c, uitkomst));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outcome of delivery %s not recorded; it is sent again after its claim expires", c.id());
        }
    }

    private void vastleggenInTransactie(Claim c, WebhookVerzender.Uitkomst uitkomst) {
        Instant nu = Instant.now(clock);
        int poging = c.pogingen() + 1;
        // Lock order subscription, then delivery (as a DELETE of the subscription does): no deadlock with it.
        if (em.createNativeQuery("select 1 from abonnement where id = :id for key share")
                .setParameter("id", c.abonnementId()).getResultList().isEmpty()) {
            return; // the subscription was deleted meanwhile, and its deliveries with it
        }
        em.createNativeQuery("""
                insert into afleveringspoging (aflevering_id, abonnement_id, poging, tijdstip, statuscode, duur_ms, fout)
                values (:aflevering, :abonnement, :poging, :tijdstip, :status, :duur, :fout)""")
                .setParameter("aflevering", c.id())
                .setParameter("abonnement", c.abonnementId())
                .setParameter("poging", poging)
                .setParameter("tijdstip", nu)
                .setParameter("status", uitkomst.status())
                .setParameter("duur", (int) Math.min(Integer.MAX_VALUE, uitkomst.duurMs()))
                .setParameter("fout", afgekort(uitkomst.fout()))
                .executeUpdate();
        // Only the holder of the claim decides the state; a worker whose claim expired and was taken over does not.
        List<?> nogVanMij = em.createNativeQuery(
                "select id from aflevering where id = :id and geclaimd_door = :claim for update")
                .setParameter("id", c.id()).setParameter("claim", c.claim()).getResultList();
        if (nogVanMij.isEmpty()) {
            return;
        }
        String status;
        Instant volgende = nu;
        if (uitkomst.gelukt()) {
            status = "AFGELEVERD";
        } else if (poging >= config.maxPogingen()) {
            status = "UITGEPUT";
        } else {
            status = "TE_VERZENDEN";
            volgende = nu.plus(Backoff.retryAfter(uitkomst.retryAfter(), Instant.now(), config.retryAfterMax())
                    .orElseGet(() -> Backoff.wachttijd(poging, config.backoffBasis(), config.backoffMax())));
        }
        if (uitkomst.status() != null && uitkomst.status() == 410) {
            // The receiver says the endpoint is gone for good: stop sending to it. Its pending deliveries are kept.
            em.createNativeQuery("""
                    update abonnement set status = 'UITGESCHAKELD', uitgeschakeld_reden = :reden, gewijzigd_op = :nu
                     where id = :id""")
                    .setParameter("reden", "De ontvanger antwoordde 410 Gone op " + nu)
                    .setParameter("nu", nu).setParameter("id", c.abonnementId()).executeUpdate();
            status = "TE_VERZENDEN";
            volgende = nu;
        }
        em.createNativeQuery("""
                update aflevering set status = :status, pogingen = :poging, volgende_poging_op = :volgende,
                       laatste_status = :laatste, laatste_fout = :fout, geclaimd_door = null, geclaimd_tot = null,
                       afgeleverd_op = case when :status = 'AFGELEVERD' then cast(:nu as timestamptz) else afgeleverd_op end
                 where id = :id""")
                .setParameter("status", status)
                .setParameter("poging", poging)
                .setParameter("volgende", volgende)
                .setParameter("laatste", uitkomst.status())
                .setParameter("fout", afgekort(uitkomst.fout()))
                .setParameter("nu", nu)
                .setParameter("id", c.id())
                .executeUpdate();
        if (status.equals("UITGEPUT")) {
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("abonnementId", c.abonnementId().toString());
            data.put("notificatieId", c.notificatieId().toString());
            data.put("pogingen", poging);
            data.put("laatsteStatus", uitkomst.status()); // null: no HTTP answer (connection refused, timeout)
            outbox.record(TOPIC, UITGEPUT, c.abonnementId().toString(), c.abonnementId().toString(), data);
        }
    }

    private static String afgekort(String fout) {
        return fout == null ? null : fout.length() <= 1000 ? fout : fout.substring(0, 1000);
    }
}
