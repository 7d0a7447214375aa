package nl.spreiding.notification.aflevering;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.spreiding.notification.abonnement.Abonnement;
import nl.spreiding.notification.abonnement.Aflevering;

/**
 * What an operator watches of webhook delivery:
 * <ul>
 * <li>{@code spreiding_webhooks_deliveries_total{outcome}} and {@code spreiding_webhooks_delivery_duration_seconds{outcome}}
 * (a histogram): every attempt, {@code delivered} (2xx), {@code failed_attempt} (tried again later) or
 * {@code given_up} (the last attempt failed: the delivery is exhausted);</li>
 * <li>{@code spreiding_webhooks_subscriptions{status}}: subscriptions per status ({@code actief}, {@code uitgeschakeld});</li>
 * <li>{@code spreiding_webhooks_pending}: deliveries waiting for a (next) attempt, also those of a switched-off
 * subscription;</li>
 * <li>{@code spreiding_webhooks_subscriptions_disabled_total{reason}}: subscriptions switched off automatically,
 * {@code gone} (the receiver answered 410) or {@code failing} (it failed for {@code disable-after}).</li>
 * </ul>
 * The two gauges are counted in the database on a schedule (every 15 s, {@code spreiding.webhooks.metrics-interval}),
 * so a scrape never waits for it; every replica reports the same tables.
 */
@Startup
@ApplicationScoped
public class WebhookMetrics {

    /** The outcome of one delivery attempt, as a metric label. */
    public enum Outcome {
        DELIVERED, FAILED_ATTEMPT, GIVEN_UP;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Why a subscription was switched off automatically, as a metric label. */
    public enum DisableReason {
        /** The receiver answered 410 Gone. */
        GONE,
        /** No attempt succeeded for {@code spreiding.webhooks.disable-after} and a delivery was exhausted. */
        FAILING;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String DELIVERIES = "spreiding.webhooks.deliveries";
    static final String DURATION = "spreiding.webhooks.delivery.duration";
    static final String SUBSCRIPTIONS = "spreiding.webhooks.subscriptions";
    static final String PENDING = "spreiding.webhooks.pending";
    static final String DISABLED = "spreiding.webhooks.subscriptions.disabled";

    private static final String PER_STATUS = "select status, count(*) from abonnement group by status";
    private static final String WAITING = "select count(*) from aflevering where status = :status";

    private final EntityManager em;
    private final Map<Outcome, Counter> deliveries = new EnumMap<>(Outcome.class);
    private final Map<Outcome, Timer> durations = new EnumMap<>(Outcome.class);
    private final Map<Abonnement.Status, AtomicLong> subscriptions = new EnumMap<>(Abonnement.Status.class);
    private final AtomicLong pending = new AtomicLong();
    private final Map<DisableReason, Counter> disabled = new EnumMap<>(DisableReason.class);

    public WebhookMetrics(EntityManager em, MeterRegistry metrics) {
        this.em = em;
        for (Outcome outcome : Outcome.values()) {
            deliveries.put(outcome, Counter.builder(DELIVERIES).tag("outcome", outcome.label())
                    .description("Webhook delivery attempts by outcome").register(metrics));
            durations.put(outcome, Timer.builder(DURATION).tag("outcome", outcome.label())
                    .description("Time of one webhook delivery attempt, connecting included")
                    .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(5))
                    .maximumExpectedValue(Duration.ofSeconds(30)).register(metrics));
        }
        for (Abonnement.Status status : Abonnement.Status.values()) {
            AtomicLong value = new AtomicLong();
            subscriptions.put(status, value);
            Gauge.builder(SUBSCRIPTIONS, value, AtomicLong::get).tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Webhook subscriptions per status").register(metrics);
        }
        Gauge.builder(PENDING, pending, AtomicLong::get)
                .description("Webhook deliveries waiting for a (next) attempt").register(metrics);
        for (DisableReason reason : DisableReason.values()) {
            disabled.put(reason, Counter.builder(DISABLED).tag("reason", reason.label())
                    .description("Webhook subscriptions switched off automatically, by reason").register(metrics));
        }
    }

    /** Records that a subscription was switched off automatically. */
    public void disabled(DisableReason reason) {
        disabled.get(reason).increment();
    }

    /** Records one attempt. */
    public void attempt(Outcome outcome, Duration duration) {
        deliveries.get(outcome).increment();
        durations.get(outcome).record(duration);
    }

    @Scheduled(identity = "webhook-metrics", every = "${spreiding.webhooks.metrics-interval:15s}",
            concurrentExecution = ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void measure() {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(PER_STATUS).getResultList();
            subscriptions.values().forEach(v -> v.set(0));
            for (Object[] row : rows) {
                subscriptions.get(Abonnement.Status.valueOf((String) row[0])).set(((Number) row[1]).longValue());
            }
            pending.set(((Number) em.createNativeQuery(WAITING)
                    .setParameter("status", Aflevering.Status.TE_VERZENDEN.name()).getSingleResult()).longValue());
        });
    }
}
