package nl.spreiding.platform.inbox;

import java.io.IOException;
import java.time.temporal.ChronoUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.TypedGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.spreiding.platform.tracing.TraceContext;

/**
 * Idempotent consumption: applies an event's effect at most once per CloudEvents ({@code source}, {@code id}),
 * by recording the event in {@code processed_event} in the same transaction as the effect. A redelivered event
 * (a rebalance, a relay retry, a replayed topic) is acknowledged without applying it again.
 *
 * <p>Use it from an {@code @Incoming} method that receives {@code ConsumerRecord<String, byte[]>}. A failing effect
 * is tried three times (about 200 ms and 800 ms apart; a poison event only once); an exception that then escapes
 * nacks the record, and the channel's {@code dead-letter-queue} strategy moves it aside.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private static final String MARK_PROCESSED = """
            insert into processed_event (source, event_id, event_type) values (:source, :id, :type)
            on conflict do nothing""";

    /** Events handled, by type and outcome: {@code spreiding_inbox_events_total{type,outcome}}. */
    static final String EVENTS = "spreiding.inbox.events";
    static final String APPLIED = "applied";
    static final String DUPLICATE = "duplicate";
    static final String FAILED_ATTEMPT = "failed_attempt";
    static final String DEAD_LETTERED = "dead_lettered";

    private final EntityManager em;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    /** Three attempts, about 200 ms and 800 ms apart; a poison event only once, it would fail the same way again. */
    private final TypedGuard<Boolean> retries = TypedGuard.create(Boolean.class)
            .withRetry().maxRetries(2).delay(200, ChronoUnit.MILLIS).jitter(100, ChronoUnit.MILLIS)
            .abortOn(PoisonEventException.class)
            .withExponentialBackoff().factor(4).done()
            .done().build();

    private final Tracer tracer;

    public EventInbox(EntityManager em, ObjectMapper json, MeterRegistry metrics, Tracer tracer) {
        this.em = em;
        this.json = json;
        this.metrics = metrics;
        this.tracer = tracer;
    }

    /** The effect of one event; runs inside the inbox transaction. */
    @FunctionalInterface
    public interface Effect {
        void apply(CloudEvent event) throws Exception;
    }

    /**
     * @return true if the effect was applied, false if this event had been processed before
     * @throws PoisonEventException if the record is not a valid CloudEvent or its effect rejects its data
     *     (not retried: it would fail the same way again)
     * @throws RuntimeException the effect's last failure, after three attempts
     */
    public boolean process(ConsumerRecord<String, byte[]> record, Effect effect) {
        CloudEvent event;
        try {
            event = decode(record);
        } catch (PoisonEventException e) {
            count("unknown", DEAD_LETTERED);
            throw e;
        }
        Span span = tracer.spanBuilder("verwerk " + event.getType()).setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceContext.from(extension(event, TraceContext.TRACEPARENT), extension(event, TraceContext.TRACESTATE)))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.message.id", event.getId())
                .setAttribute("cloudevents.event_type", event.getType())
                .setAttribute("cloudevents.event_source", event.getSource().toString())
                .startSpan();
        // The effect runs in the producer's trace, so what it records in its own outbox continues that trace too.
        try (Scope scope = span.makeCurrent()) {
            boolean applied = retries.get(() -> attempt(event, effect));
            count(event.getType(), applied ? APPLIED : DUPLICATE);
            return applied;
        } catch (RuntimeException e) {
            count(event.getType(), DEAD_LETTERED);
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e;
        } finally {
            span.end();
        }
    }

    private static String extension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }

    private boolean attempt(CloudEvent event, Effect effect) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> applyOnce(event, effect));
        } catch (PoisonEventException e) {
            throw e;
        } catch (RuntimeException e) {
            count(event.getType(), FAILED_ATTEMPT);
            LOG.warnf("Event %s (%s) failed: %s", event.getId(), event.getType(), e.getMessage());
            throw e;
        }
    }

    private void count(String type, String outcome) {
        metrics.counter(EVENTS, "type", type, "outcome", outcome).increment();
    }

    /** Reads the JSON data of an event as the given type. */
    public <T> T data(CloudEvent event, Class<T> type) {
        if (event.getData() == null) {
            throw new PoisonEventException("Event " + event.getId() + " has no data", null);
        }
        try {
            return json.readValue(event.getData().toBytes(), type);
        } catch (IOException e) {
            throw new PoisonEventException("Data of event " + event.getId() + " is not a valid " + type.getSimpleName(), e);
        }
    }

    private boolean applyOnce(CloudEvent event, Effect effect) throws Exception {
        int inserted = em.createNativeQuery(MARK_PROCESSED)
                .setParameter("source", event.getSource().toString())
                .setParameter("id", event.getId())
                .setParameter("type", event.getType())
                .executeUpdate();
        if (inserted == 0) {
            LOG.debugf("Event %s from %s was processed before; skipped", event.getId(), event.getSource());
            return false;
        }
        effect.apply(event);
        return true;
    }

    private static CloudEvent decode(ConsumerRecord<String, byte[]> record) {
        try {
            return KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new PoisonEventException("Record " + record.topic() + "/" + record.partition() + "@" + record.offset()
                    + " is not a CloudEvent in binary mode: " + e.getMessage(), e);
        }
    }

}
