package nl.spreiding.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.extensions.DistributedTracingExtension;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.platform.config.PlatformConfig;

/**
 * Sends outbox rows to Kafka as CloudEvents 1.0 in binary mode: the attributes travel as {@code ce_*} headers,
 * the JSON data as the record value, the aggregate key as the record key.
 */
@ApplicationScoped
public class CloudEventPublisher {

    static final String JSON = "application/json";

    private final Map<String, Object> kafkaConfig;
    private final URI source;
    private volatile Producer<String, CloudEvent> producer;

    public CloudEventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, PlatformConfig config) {
        this.kafkaConfig = kafkaConfig;
        this.source = URI.create(config.events().source());
    }

    Future<RecordMetadata> send(OutboxEvent event) {
        return producer().send(new ProducerRecord<>(event.topic, event.aggregateKey, toCloudEvent(event)));
    }

    void flush() {
        producer().flush();
    }

    CloudEvent toCloudEvent(OutboxEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId.toString())
                .withSource(source)
                .withType(event.eventType)
                .withTime(event.occurredAt.atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withData(event.payload.getBytes(StandardCharsets.UTF_8))
                // NL GOV CloudEvents profile: sequence lets a consumer order events of one source.
                .withExtension("sequence", String.valueOf(event.seq))
                .withExtension("sequencetype", "Integer");
        if (event.subject != null) {
            builder.withSubject(event.subject);
        }
        if (event.traceparent != null) {
            // CloudEvents distributed-tracing extension: the consumer continues the trace of the recording request.
            DistributedTracingExtension tracing = new DistributedTracingExtension();
            tracing.setTraceparent(event.traceparent);
            if (event.tracestate != null) {
                tracing.setTracestate(event.tracestate);
            }
            builder.withExtension(tracing);
        }
        return builder.build();
    }

    private Producer<String, CloudEvent> producer() {
        Producer<String, CloudEvent> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = createProducer();
                }
                current = producer;
            }
        }
        return current;
    }

    private Producer<String, CloudEvent> createProducer() {
        Map<String, Object> props = new HashMap<>();
        kafkaConfig.forEach((name, value) -> {
            // Only client settings; the default-kafka-broker map may also carry consumer-only keys.
            if (ProducerConfig.configNames().contains(name) || name.startsWith("sasl.") || name.startsWith("ssl.")) {
                props.put(name, value);
            }
        });
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        props.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY.name());
        // Idempotent producer: no duplicates from its own retries, order kept per partition.
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // Fail fast while the broker is away; the relay retries the rows with backoff.
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return new KafkaProducer<>(props);
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
