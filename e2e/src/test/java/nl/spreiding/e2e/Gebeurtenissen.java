package nl.spreiding.e2e;

import java.util.List;

import nl.spreiding.testsupport.TopicProbe;

/**
 * Reads a topic the way an outside consumer would: every record from the beginning up to the end as it is now. The
 * truth the webhooks are checked against: which events were published, under which key, in which order.
 */
final class Gebeurtenissen {

    /** One published event: its record key (the aggregate) and its place in the partition. */
    record Gebeurtenis(String topic, int partitie, long offset, String sleutel, String id, String type) {
    }

    private Gebeurtenissen() {
    }

    static List<Gebeurtenis> alleVan(String bootstrapServers, String topic) {
        return new TopicProbe(bootstrapServers).readToEnd(topic).stream()
                .map(r -> new Gebeurtenis(topic, r.partition(), r.offset(), r.key(),
                        TopicProbe.headers(r).get("ce_id"), TopicProbe.headers(r).get("ce_type")))
                .toList();
    }
}
