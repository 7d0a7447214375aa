package nl.spreiding.notification.aflevering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import nl.spreiding.notification.abonnement.Abonnement;
import nl.spreiding.notification.abonnement.Aflevering;
import nl.spreiding.notification.abonnement.Afleveringspoging;
import nl.spreiding.notification.config.NotificatieConfig;
import nl.spreiding.notification.gebeurtenissen.AfleveringPublisher;
import nl.spreiding.notification.notificatie.Notificatie;
import nl.spreiding.notification.notificatie.NotificatieService;
import nl.spreiding.notification.webhook.RetryAfter;
import nl.spreiding.notification.webhook.WebhookVerzender;
import nl.spreiding.platform.retry.Backoff;
import nl.spreiding.platform.tracing.TraceContext;

/**
 * Delivers pending webhooks, at least once. A pass claims due deliveries with {@code FOR UPDATE SKIP LOCKED} and a
 * lease ({@code geclaimd_tot}), so replicas never send the same delivery at the same time, and a delivery claimed by a
 * replica that crashed is taken over once its lease expires. All state is in the database: a restart loses nothing.
 */
@ApplicationScoped
public class AfleveringWorker {

    private static final Logger LOG = Logger.getLogger(AfleveringWorker.class);

    private static final String CLAIM = """
            update aflevering f set geclaimd_door = :claim, geclaimd_tot = :tot
             where f.id in (select a.id from aflevering a join abonnement b on b.id = a.abonnement_id
                             where a.status = :teVerzenden and b.status = :actief
                               and a.volgende_poging_op <= :nu
                               and (a.geclaimd_tot is null or a.geclaimd_tot < :nu)
                             order by a.volgende_poging_op
                             limit :limiet
                               for update of a skip locked)""";

    /** The first failure since the last success starts the subscription's failing period (see {@link Uitschakelregel}). */
    private static final String FAALT = "update abonnement set faalt_sinds = :nu where id = :id and faalt_sinds is null";
    /** A success ends it. */
    private static final String SLAAGT = "update abonnement set faalt_sinds = null where id = :id and faalt_sinds is not null";

    /** What recording an attempt decided: the delivery's new status, and why its subscription was switched off. */
    private record Vastgelegd(Aflevering.Status status, WebhookMetrics.DisableReason uitgeschakeld) {
    }

    record Claim(UUID claim, UUID id, UUID notificatieId, UUID abonnementId, int pogingen, String type, String cloudevent,
            String callbackUrl, List<String> geheimen, String traceparent, String tracestate) {
    }

    private final EntityManager em;
    private final WebhookVerzender verzender;
    private final NotificatieConfig.Webhooks config;
    private final Clock clock;
    private final AfleveringPublisher uitgeput;
    private final WebhookMetrics metrics;
    private final Tracer tracer;
    private final Uitschakelregel uitschakelregel;
    private final ExecutorService wekker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "aflevering-wekker");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean gewekt = new AtomicBoolean();

    public AfleveringWorker(EntityManager em, WebhookVerzender verzender, NotificatieConfig.Webhooks config, Clock clock,
            AfleveringPublisher uitgeput, WebhookMetrics metrics, Tracer tracer) {
        this.tracer = tracer;
        this.em = em;
        this.verzender = verzender;
        this.config = config;
        this.clock = clock;
        this.uitgeput = uitgeput;
        this.metrics = metrics;
        this.uitschakelregel = new Uitschakelregel(config.disableAfter());
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
            } while (n == config.batchSize());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Delivery pass failed; the next poll retries");
        }
        return totaal;
    }

    /** One pass: claim a batch, send them in parallel, record every outcome. */
    public int pass() {
        List<Claim> claims = claim(config.batchSize());
        if (claims.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> bezig = new ArrayList<>();
        for (Claim c : claims) {
            Span span = afleveringSpan(c);
            try (Scope scope = span.makeCurrent()) {
                bezig.add(verzender.verzend(c.callbackUrl(), "msg_" + c.id(), c.geheimen(),
                        c.cloudevent().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .thenAccept(uitkomst -> {
                            span.setAttribute("spreiding.aflevering.gelukt", uitkomst.gelukt());
                            if (!uitkomst.gelukt()) {
                                span.setStatus(StatusCode.ERROR, uitkomst.fout() != null ? uitkomst.fout()
                                        : "HTTP " + uitkomst.status());
                            }
                            vastleggen(c, uitkomst);
                        })
                        .whenComplete((niets, fout) -> span.end()));
            }
        }
        CompletableFuture.allOf(bezig.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return claims.size();
    }

    /**
     * One attempt as a span in the trace of the event it notifies (stored with the notification), however much later
     * it runs; the HTTP request inside it carries {@code traceparent} to the receiver.
     */
    private Span afleveringSpan(Claim c) {
        return tracer.spanBuilder("aflevering " + c.type())
                .setParent(TraceContext.from(c.traceparent(), c.tracestate()))
                .setAttribute("spreiding.aflevering.id", c.id().toString())
                .setAttribute("spreiding.abonnement.id", c.abonnementId().toString())
                .setAttribute("spreiding.aflevering.poging", c.pogingen() + 1L)
                .startSpan();
    }

    /** Claims up to {@code limiet} due deliveries for this worker, for the lease time. */
    public List<Claim> claim(int limiet) {
        UUID claim = UUID.randomUUID();
        Instant nu = Instant.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            int n = em.createNativeQuery(CLAIM)
                    .setParameter("claim", claim)
                    .setParameter("tot", nu.plus(config.claimDuration()))
                    .setParameter("nu", nu)
                    .setParameter("limiet", limiet)
                    .setParameter("teVerzenden", Aflevering.Status.TE_VERZENDEN.name())
                    .setParameter("actief", Abonnement.Status.ACTIEF.name())
                    .executeUpdate();
            if (n == 0) {
                return List.<Claim>of();
            }
            List<Claim> claims = new ArrayList<>();
            for (Aflevering f : Aflevering.<Aflevering>list(
                    "from Aflevering f join fetch f.notificatie join fetch f.abonnement where f.geclaimdDoor = ?1", claim)) {
                Abonnement b = f.abonnement;
                List<String> geheimen = new ArrayList<>();
                geheimen.add(b.geheim);
                if (b.vorigGeheim != null && b.vorigGeheimTot != null && b.vorigGeheimTot.isAfter(nu)) {
                    geheimen.add(b.vorigGeheim);
                }
                Notificatie notificatie = f.notificatie;
                claims.add(new Claim(claim, f.id, notificatie.id, b.id, f.pogingen, notificatie.type, notificatie.cloudevent,
                        b.callbackUrl, geheimen, notificatie.traceparent, notificatie.tracestate));
            }
            return claims;
        });
    }

    private void vastleggen(Claim c, WebhookVerzender.Uitkomst uitkomst) {
        Aflevering.Status status = null;
        try {
            Vastgelegd vastgelegd = QuarkusTransaction.requiringNew().call(() -> vastleggenInTransactie(c, uitkomst));
            status = vastgelegd.status();
            if (vastgelegd.uitgeschakeld() != null) {
                metrics.disabled(vastgelegd.uitgeschakeld());
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outcome of delivery %s not recorded; it is sent again after its claim expires", c.id());
        }
        metrics.attempt(uitkomst.gelukt() ? WebhookMetrics.Outcome.DELIVERED : status == Aflevering.Status.UITGEPUT
                ? WebhookMetrics.Outcome.GIVEN_UP : WebhookMetrics.Outcome.FAILED_ATTEMPT, Duration.ofMillis(uitkomst.duurMs()));
    }

    /**
     * Records the attempt; returns the delivery's new status (null when this worker no longer decides it) and whether
     * the subscription was switched off by it.
     */
    private Vastgelegd vastleggenInTransactie(Claim c, WebhookVerzender.Uitkomst uitkomst) {
        Instant nu = Instant.now(clock);
        int poging = c.pogingen() + 1;
        // Lock order subscription, then delivery (as a DELETE of the subscription does): no deadlock with it. The
        // failing period changes first: an update that changes nothing locks nothing, so most attempts only share.
        if (uitkomst.gelukt()) {
            em.createNativeQuery(SLAAGT).setParameter("id", c.abonnementId()).executeUpdate();
        } else {
            em.createNativeQuery(FAALT).setParameter("id", c.abonnementId()).setParameter("nu", nu).executeUpdate();
        }
        if (em.createNativeQuery("select 1 from abonnement where id = :id for key share")
                .setParameter("id", c.abonnementId()).getResultList().isEmpty()) {
            return new Vastgelegd(null, null); // the subscription was deleted meanwhile, and its deliveries with it
        }
        Afleveringspoging log = new Afleveringspoging();
        log.afleveringId = c.id();
        log.abonnementId = c.abonnementId();
        log.poging = poging;
        log.tijdstip = nu;
        log.statuscode = uitkomst.status();
        log.duurMs = (int) Math.min(Integer.MAX_VALUE, uitkomst.duurMs());
        log.fout = afgekort(uitkomst.fout());
        log.persist();
        // Only the holder of the claim decides the state; a worker whose claim expired and was taken over does not.
        Aflevering aflevering = Aflevering.<Aflevering>find("id = ?1 and geclaimdDoor = ?2", c.id(), c.claim())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (aflevering == null) {
            return new Vastgelegd(null, null);
        }
        Aflevering.Status status;
        Instant volgende = nu;
        if (uitkomst.gelukt()) {
            status = Aflevering.Status.AFGELEVERD;
        } else if (poging >= config.maxAttempts()) {
            status = Aflevering.Status.UITGEPUT;
        } else {
            status = Aflevering.Status.TE_VERZENDEN;
            volgende = nu.plus(RetryAfter.wachttijd(uitkomst.retryAfter(), nu, config.retryAfterMax())
                    .orElseGet(() -> wachttijd(poging, config.backoffBase(), config.backoffMax())));
        }
        WebhookMetrics.DisableReason uitgeschakeld = null;
        if (uitkomst.status() != null && uitkomst.status() == 410) {
            // The receiver says the endpoint is gone for good: stop sending to it. Its pending deliveries are kept.
            if (schakelUit(vergrendeld(c.abonnementId()), "De ontvanger antwoordde 410 Gone op " + nu, nu)) {
                uitgeschakeld = WebhookMetrics.DisableReason.GONE;
            }
            status = Aflevering.Status.TE_VERZENDEN;
            volgende = nu;
        }
        aflevering.status = status;
        aflevering.pogingen = poging;
        aflevering.volgendePogingOp = volgende;
        aflevering.laatsteStatus = uitkomst.status();
        aflevering.laatsteFout = afgekort(uitkomst.fout());
        aflevering.geclaimdDoor = null;
        aflevering.geclaimdTot = null;
        if (status == Aflevering.Status.AFGELEVERD) {
            aflevering.afgeleverdOp = nu;
        }
        if (status == Aflevering.Status.UITGEPUT) {
            uitgeput.uitgeput(c.abonnementId(), c.notificatieId(), poging, uitkomst.status());
            if (schakelUitBijAanhoudendFalen(c.abonnementId(), nu, uitkomst)) {
                uitgeschakeld = WebhookMetrics.DisableReason.FAILING;
            }
        }
        return new Vastgelegd(status, uitgeschakeld);
    }

    /** A delivery is exhausted: switches its subscription off if it has failed for {@code disable-after}. */
    private boolean schakelUitBijAanhoudendFalen(UUID abonnementId, Instant nu, WebhookVerzender.Uitkomst uitkomst) {
        Abonnement abonnement = vergrendeld(abonnementId);
        return uitschakelregel.reden(abonnement.faaltSinds, nu, uitkomst.status(), uitkomst.fout())
                .map(reden -> schakelUit(abonnement, reden, nu)).orElse(false);
    }

    /**
     * Switches an active subscription off; its waiting deliveries are kept. Returns false when it already was: of
     * parallel attempts that each would switch it off, one does (and is counted).
     */
    private static boolean schakelUit(Abonnement abonnement, String reden, Instant nu) {
        if (abonnement.status != Abonnement.Status.ACTIEF) {
            return false;
        }
        abonnement.status = Abonnement.Status.UITGESCHAKELD;
        abonnement.uitgeschakeldReden = reden;
        abonnement.gewijzigdOp = nu;
        return true;
    }

    /**
     * The subscription, locked for a change: {@code for no key update} is compatible with the {@code for key share}
     * that every recorder holds, so two recorders that switch it off at once queue on it instead of deadlocking. Read
     * after the lock (this transaction has not loaded it before), so the second sees what the first decided.
     */
    private Abonnement vergrendeld(UUID abonnementId) {
        em.createNativeQuery("select 1 from abonnement where id = :id for no key update").setParameter("id", abonnementId)
                .getResultList();
        return Abonnement.findById(abonnementId);
    }

    /** After {@code mislukt} failed attempts: the platform's exponential backoff with equal jitter. */
    static Duration wachttijd(int mislukt, Duration basis, Duration max) {
        return Backoff.withEqualJitter(Backoff.exponential(mislukt, basis, max));
    }

    private static String afgekort(String fout) {
        return fout == null ? null : fout.length() <= 1000 ? fout : fout.substring(0, 1000);
    }
}
