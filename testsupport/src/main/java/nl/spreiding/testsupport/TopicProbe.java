package nl.spreiding.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lets a test look at a topic the way an outside consumer would (raw records with their headers), and put records
 * on it the way an outside producer would.
 */
public final class TopicProbe {

    private final String bootstrapServers;

    public TopicProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The probe of this test JVM's broker. */
    public static TopicProbe ofTestBroker() {
        return new TopicProbe(SpreidingTestInfrastructure.kafkaBootstrapServers());
    }

    /**
     * Reads the topic from the beginning until the records read so far satisfy {@code done}, or the timeout passes.
     * @return every record read, in partition order per partition
     */
    public List<ConsumerRecord<String, byte[]>> readUntil(String topic, Predicate<List<ConsumerRecord<String, byte[]>>> done,
            Duration timeout) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(records) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * Every record on the topic as it is now, from the beginning up to its current end, ordered by partition and
     * offset; none when the topic does not exist (it is not created by reading).
     * @throws AssertionError if the end cannot be reached within 30 seconds
     */
    public List<ConsumerRecord<String, byte[]>> readToEnd(String topic) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            if (!consumer.listTopics(Duration.ofSeconds(10)).containsKey(topic)) {
                return records;
            }
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // The end as it is now: records that should not come are not waited for.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        records.sort(Comparator.comparingInt((ConsumerRecord<String, byte[]> r) -> r.partition())
                .thenComparingLong(ConsumerRecord::offset));
        return records;
    }

    /**
     * The most recent CloudEvent of this type and key on the topic, waiting for it to arrive.
     * @throws AssertionError if none arrives within the timeout
     */
    public ConsumerRecord<String, byte[]> awaitEvent(String topic, String type, String key, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records = readUntil(topic,
                rs -> rs.stream().anyMatch(r -> isEvent(r, type, key)), timeout);
        return records.stream().filter(r -> isEvent(r, type, key)).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No " + type + " event with key " + key + " on " + topic));
    }

    /** The record's headers as text (CloudEvents binary mode puts its attributes there as {@code ce_*}). */
    public static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static boolean isEvent(ConsumerRecord<String, byte[]> record, String type, String key) {
        return key.equals(record.key()) && type.equals(headers(record).get("ce_type"));
    }

    /** Sends one record with the given headers and waits for the broker's acknowledgement. */
    public void send(String topic, String key, Map<String, String> headers, byte[] value) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, headerValue) -> record.headers().add(name,
                    headerValue.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Broker did not accept the record", e.getCause());
        }
    }
}
