package nl.spreiding.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event waiting in (or already published from) the transactional outbox. It is written in the same
 * transaction as the state change it describes, so the event exists if and only if the change committed.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, unique = true, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "aggregate_key", nullable = false, updatable = false)
    public String aggregateKey;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(updatable = false)
    public String subject;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    /** W3C trace context of the transaction that recorded the event; null when it was not traced. */
    @Column(updatable = false)
    public String traceparent;

    @Column(updatable = false)
    public String tracestate;
}
