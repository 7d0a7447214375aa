package nl.spreiding.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

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
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Gebeurtenis> gelezen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partities = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partities);
            consumer.seekToBeginning(partities);
            Map<TopicPartition, Long> einde = consumer.endOffsets(partities);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partities.stream().anyMatch(p -> consumer.position(p) < einde.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Kon " + topic + " niet tot het einde lezen");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    gelezen.add(new Gebeurtenis(topic, r.partition(), r.offset(), r.key(), header(r, "ce_id"),
                            header(r, "ce_type")));
                }
            }
        }
        gelezen.sort(Comparator.comparing(Gebeurtenis::partitie).thenComparing(Gebeurtenis::offset));
        return gelezen;
    }

    private static String header(ConsumerRecord<String, byte[]> r, String naam) {
        Header h = r.headers().lastHeader(naam);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
