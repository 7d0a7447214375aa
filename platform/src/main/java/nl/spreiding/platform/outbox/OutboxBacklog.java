package nl.spreiding.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * How far the outbox is behind, as an operator watches it: {@code spreiding_outbox_pending} (events not yet
 * acknowledged by the broker) and {@code spreiding_outbox_oldest_pending_age_seconds} (how long the oldest of them
 * has waited; 0 when none waits). Measured on a schedule rather than on every scrape, so a scrape never waits for
 * the database; every replica reports the same table.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final String BACKLOG = "select count(e), min(e.occurredAt) from OutboxEvent e where e.sentAt is null";

    /** The pending events at one measurement; {@code oldest} is null when none waits. */
    public record Stand(Long pending, Instant oldest) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();

    public OutboxBacklog(EntityManager em, Clock clock, MeterRegistry metrics) {
        this.em = em;
        this.clock = clock;
        Gauge.builder("spreiding.outbox.pending", pending, AtomicLong::get)
                .description("Events in the outbox that the broker has not acknowledged yet").register(metrics);
        TimeGauge.builder("spreiding.outbox.oldest.pending.age", oldestAgeMillis, TimeUnit.MILLISECONDS, AtomicLong::get)
                .description("How long the oldest unacknowledged event has waited in the outbox").register(metrics);
    }

    @Scheduled(identity = "outbox-backlog", every = "${spreiding.outbox.backlog-interval:15s}",
            concurrentExecution = ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void measure() {
        Stand stand = QuarkusTransaction.requiringNew().call(() -> em.createQuery(BACKLOG, Stand.class).getSingleResult());
        pending.set(stand.pending());
        oldestAgeMillis.set(stand.oldest() == null ? 0
                : Math.max(0, Duration.between(stand.oldest(), Instant.now(clock)).toMillis()));
    }

    /** The number of pending events at the last measurement. */
    public long pending() {
        return pending.get();
    }
}
