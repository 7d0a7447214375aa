package nl.spreiding.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.spreiding.platform.config.PlatformConfig;
import nl.spreiding.platform.retry.Backoff;

/**
 * Publishes committed outbox rows to Kafka and marks them sent only after the broker acknowledged them.
 *
 * <p>Safe with several replicas: a pass locks the oldest pending row of each aggregate key with
 * {@code FOR UPDATE SKIP LOCKED}. Only the head of a key can be claimed, so the replica that holds it owns the
 * whole key for that pass and events of one aggregate are never published out of order. While the broker fails,
 * passes back off exponentially; a failed row is retried in a later pass, so delivery is at least once.
 *
 * <p>A pass starts right after a transaction that wrote to the outbox commits (so an event is on Kafka within
 * milliseconds), and on a schedule as a safety net for events written by another replica or while the broker was away.
 * Passes within one instance never overlap; a request that arrives during a pass makes it run once more.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Scheduler identity; pausing it (operations, tests) pauses publishing after commit too. */
    public static final String RELAY = "outbox-relay";

    /** The oldest pending row of each key, skipping keys another replica is publishing right now. */
    private static final String CLAIM_HEADS = """
            select o.aggregate_key from outbox_event o
             where o.sent_at is null
               and not exists (select 1 from outbox_event p
                                where p.aggregate_key = o.aggregate_key and p.sent_at is null and p.seq < o.seq)
             order by o.seq
             limit :limit
               for update skip locked""";

    private static final String PENDING_OF_KEYS = """
            select * from outbox_event
             where sent_at is null and aggregate_key in (:keys)
             order by seq
             limit :limit
               for update""";

    private final EntityManager em;
    private final CloudEventPublisher publisher;
    private final PlatformConfig.Outbox config;
    private final Counter published;
    private final Counter failed;

    private final Scheduler scheduler;
    private final Clock clock;
    private final ReentrantLock passing = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    private volatile int consecutiveFailures;
    private volatile Instant pausedUntil = Instant.MIN;

    public OutboxRelay(EntityManager em, CloudEventPublisher publisher, PlatformConfig config, MeterRegistry metrics,
            Scheduler scheduler, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.scheduler = scheduler;
        this.publisher = publisher;
        this.config = config.outbox();
        this.published = metrics.counter("spreiding.outbox.published");
        this.failed = metrics.counter("spreiding.outbox.failed");
    }

    @Scheduled(identity = RELAY, every = "${spreiding.outbox.poll-interval:1s}", concurrentExecution = ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        requested.set(true);
        while (requested.get()) {
            if (!passing.tryLock()) {
                return; // the pass running now sees the request and runs once more
            }
            try {
                requested.set(false);
                publishPending();
            } finally {
                passing.unlock();
            }
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventRecorded recorded) {
        // One queued wake-up is enough however many commits arrive before it runs.
        if (wakeUpQueued.compareAndSet(false, true)) {
            afterCommit.execute(() -> {
                wakeUpQueued.set(false);
                poll();
            });
        }
    }

    private void publishPending() {
        if (Instant.now(clock).isBefore(pausedUntil) || (scheduler != null && scheduler.isPaused(RELAY))) {
            return;
        }
        PassResult result;
        do {
            result = relayPass();
        } while (result.failed() == 0 && result.published() == config.batchSize());
    }

    @PreDestroy
    void stop() {
        afterCommit.shutdownNow();
    }

    /** One pass in its own transaction; the row locks are held until the broker has answered. */
    public PassResult relayPass() {
        PassResult result;
        try {
            result = QuarkusTransaction.requiringNew().call(this::publishClaimedRows);
        } catch (RuntimeException e) {
            LOG.warnf("Outbox pass failed: %s", e.getMessage());
            result = new PassResult(0, 1);
        }
        registerOutcome(result);
        return result;
    }

    private PassResult publishClaimedRows() {
        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery(CLAIM_HEADS, String.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (keys.isEmpty()) {
            return new PassResult(0, 0);
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> rows = em.createNativeQuery(PENDING_OF_KEYS, OutboxEvent.class)
                .setParameter("keys", keys)
                .setParameter("limit", config.batchSize())
                .getResultList();

        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            acks.add(sendOrFailed(row));
        }
        publisher.flush();

        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        Set<String> brokenKeys = new HashSet<>();
        int ok = 0;
        Instant now = Instant.now(clock);
        for (int i = 0; i < rows.size(); i++) {
            OutboxEvent row = rows.get(i);
            // After a failure, later events of that key stay pending even if the broker took them:
            // they are sent again in order, and consumers deduplicate on the event id.
            String error = brokenKeys.contains(row.aggregateKey) ? "an earlier event of this key failed"
                    : awaitAck(acks.get(i), deadline);
            if (error == null) {
                row.sentAt = now;
                ok++;
            } else {
                brokenKeys.add(row.aggregateKey);
                row.attempts++;
                row.lastError = error;
            }
        }
        return new PassResult(ok, rows.size() - ok);
    }

    private Future<RecordMetadata> sendOrFailed(OutboxEvent row) {
        try {
            return publisher.send(row);
        } catch (RuntimeException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    private static String awaitAck(Future<RecordMetadata> ack, long deadlineNanos) {
        try {
            ack.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
    }

    private void registerOutcome(PassResult result) {
        published.increment(result.published());
        if (result.failed() == 0) {
            consecutiveFailures = 0;
            pausedUntil = Instant.MIN;
            return;
        }
        failed.increment(result.failed());
        int failures = ++consecutiveFailures;
        Duration pause = relayPassBackoffFor(failures);
        pausedUntil = Instant.now(clock).plus(pause);
        LOG.warnf("Outbox: %d event(s) not acknowledged, next attempt in %d ms", result.failed(), pause.toMillis());
    }

    public Duration relayPassBackoffFor(int failures) {
        return Backoff.exponential(failures, config.initialBackoff(), config.maxBackoff());
    }

    /** Whether the relay is currently waiting out a broker failure. */
    public boolean isBackingOff() {
        return Instant.now(clock).isBefore(pausedUntil);
    }

    public record PassResult(int published, int failed) {
    }
}
