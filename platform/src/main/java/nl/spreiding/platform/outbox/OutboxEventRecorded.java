package nl.spreiding.platform.outbox;

/** Fired when an event is written to the outbox; observed after commit, so the relay can publish at once. */
public record OutboxEventRecorded(String topic, String aggregateKey) {
}
