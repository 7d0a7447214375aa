package nl.spreiding.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
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
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.platform.config.PlatformConfig;
import nl.spreiding.platform.kafka.KafkaClientSettings;
import nl.spreiding.platform.tracing.TraceContext;

/**
 * Sends outbox rows to Kafka as CloudEvents 1.0 in binary mode: the attributes travel as {@code ce_*} headers,
 * the JSON data as the record value, the aggregate key as the record key.
 *
 * <p>Each send is a PRODUCER span {@code publiceer <type>}, child of the transaction that recorded the event (its
 * stored trace context), ended when the broker answers. The event carries that span's context in the CloudEvents
 * distributed-tracing extension, so the consumer's span is a child of the publication, as messaging tracing expects.
 */
@ApplicationScoped
public class CloudEventPublisher {

    static final String JSON = "application/json";

    private final Map<String, Object> kafkaConfig;
    private final URI source;
    private final Tracer tracer;
    private volatile Producer<String, CloudEvent> producer;

    public CloudEventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, PlatformConfig config,
            Tracer tracer) {
        this.kafkaConfig = kafkaConfig;
        this.source = URI.create(config.events().source());
        this.tracer = tracer;
    }

    Future<RecordMetadata> send(OutboxEvent event) {
        Span span = tracer.spanBuilder("publiceer " + event.eventType)
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceContext.from(event.traceparent, event.tracestate))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", event.topic)
                .setAttribute("messaging.message.id", event.eventId.toString())
                .setAttribute("messaging.kafka.message.key", event.aggregateKey)
                .startSpan();
        Map<String, String> context = TraceContext.of(Context.root().with(span));
        CloudEvent cloudEvent = context.isEmpty() ? toCloudEvent(event)
                : toCloudEvent(event, context.get(TraceContext.TRACEPARENT), context.get(TraceContext.TRACESTATE));
        try {
            return producer().send(new ProducerRecord<>(event.topic, event.aggregateKey, cloudEvent), (metadata, error) -> {
                if (error != null) {
                    span.recordException(error);
                    span.setStatus(StatusCode.ERROR, error.getMessage());
                } else {
                    span.setAttribute("messaging.destination.partition.id", String.valueOf(metadata.partition()));
                    span.setAttribute("messaging.kafka.offset", metadata.offset());
                }
                span.end();
            });
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getMessage());
            span.end();
            throw e;
        }
    }

    void flush() {
        producer().flush();
    }

    /** The event as recorded, with the trace context of the transaction that recorded it (when traced). */
    CloudEvent toCloudEvent(OutboxEvent event) {
        return toCloudEvent(event, event.traceparent, event.tracestate);
    }

    private CloudEvent toCloudEvent(OutboxEvent event, String traceparent, String tracestate) {
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
        if (traceparent != null) {
            // CloudEvents distributed-tracing extension: the consumer continues the trace.
            DistributedTracingExtension tracing = new DistributedTracingExtension();
            tracing.setTraceparent(traceparent);
            if (tracestate != null) {
                tracing.setTracestate(tracestate);
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
        // Only producer settings; the default-kafka-broker map also carries consumer-only keys.
        Map<String, Object> props = KafkaClientSettings.voor(kafkaConfig, ProducerConfig.configNames());
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
