package nl.spreiding.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import nl.spreiding.platform.contract.GebeurtenisContract;
import nl.spreiding.platform.tracing.TraceContext;

/**
 * Records a domain event in the caller's transaction. Nothing is sent here: {@link OutboxRelay} publishes
 * the row once the transaction has committed, so a rolled-back change never produces an event.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Event<OutboxEventRecorded> recorded;
    private final Clock clock;
    private final GebeurtenisContract contract;

    public Outbox(ObjectMapper json, Event<OutboxEventRecorded> recorded, GebeurtenisContract contract, Clock clock) {
        this.json = json;
        this.recorded = recorded;
        this.contract = contract;
        this.clock = clock;
    }

    /**
     * @param topic   Kafka topic, e.g. {@code spreiding.allocation.v1}
     * @param type    CloudEvents type, e.g. {@code nl.spreiding.verdeling.vastgesteld}
     * @param key     the aggregate the event is about; events with one key keep their order
     * @param subject CloudEvents subject (what the event is about, for filtering), may be null
     * @param data    the event's data, serialised as JSON now so that later changes to the object do not leak in
     * @return the CloudEvents id the event will carry
     */
    @Transactional(TxType.MANDATORY)
    public UUID record(String topic, String type, String key, String subject, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.eventType = type;
        event.aggregateKey = key;
        event.subject = subject;
        event.occurredAt = Instant.now(clock);
        event.payload = toJson(data);
        Map<String, String> trace = TraceContext.current();
        event.traceparent = trace.get(TraceContext.TRACEPARENT);
        event.tracestate = trace.get(TraceContext.TRACESTATE);
        contract.controleer(type, event.payload);
        event.persist();
        recorded.fire(new OutboxEventRecorded(topic, key));
        return event.eventId;
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + data.getClass(), e);
        }
    }
}
