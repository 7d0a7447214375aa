package nl.spreiding.platform.inbox;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.spreiding.platform.kafka.KafkaClientSettings;

/**
 * How many records sit on each dead-letter topic this service writes to: {@code spreiding_dlt_records{topic}}, the
 * sum over the topic's partitions of end offset minus beginning offset (records that retention has not removed yet).
 * A record there is an event this service could not handle; the number only falls when retention or an operator
 * removes records, so an alert watches it grow.
 *
 * <p>The topics are the {@code dead-letter-queue} channels of the service's configuration; measured on a schedule
 * (default every 60 s, {@code spreiding.dlt.interval}) with a Kafka admin client built from the service's own Kafka
 * settings ({@code kafka.*}: bootstrap servers, SASL, TLS). A topic that does not exist yet counts 0. The gauges
 * appear with the first successful measurement; a measurement that fails keeps the last values and is logged once
 * until a measurement succeeds again: the service goes on.
 */
@Startup
@ApplicationScoped
public class DeadLetterDepth {

    private static final Logger LOG = Logger.getLogger(DeadLetterDepth.class);

    /** Micrometer name; Prometheus exposes {@code spreiding_dlt_records}. */
    static final String RECORDS = "spreiding.dlt.records";

    private static final Pattern DLQ_CHANNEL = Pattern.compile("mp\\.messaging\\.incoming\\.(.+)\\.failure-strategy");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> adminConfig;
    private final Map<String, AtomicLong> records = new ConcurrentHashMap<>();
    private final MeterRegistry metrics;
    private volatile Admin admin;
    private volatile boolean failing;
    private volatile boolean registered;

    @Inject
    public DeadLetterDepth(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Config config,
            MeterRegistry metrics) {
        this(kafkaConfig, deadLetterTopics(config), metrics);
    }

    /** For the given topics, with the given Kafka client settings (only admin-client settings are used). */
    DeadLetterDepth(Map<String, Object> kafkaConfig, Collection<String> topics, MeterRegistry metrics) {
        this.adminConfig = adminSettings(kafkaConfig);
        this.metrics = metrics;
        new TreeSet<>(topics).forEach(topic -> records.put(topic, new AtomicLong()));
    }

    /**
     * The dead-letter topics of this service: every incoming channel with {@code failure-strategy=dead-letter-queue},
     * its {@code dead-letter-queue.topic} or SmallRye's default {@code dead-letter-topic-<channel>}.
     */
    static Set<String> deadLetterTopics(Config config) {
        Set<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher m = DLQ_CHANNEL.matcher(name);
            if (m.matches() && "dead-letter-queue".equals(config.getOptionalValue(name, String.class).orElse(""))) {
                String channel = m.group(1);
                topics.add(config.getOptionalValue("mp.messaging.incoming." + channel + ".dead-letter-queue.topic",
                        String.class).orElse("dead-letter-topic-" + channel));
            }
        }
        return topics;
    }

    private static Map<String, Object> adminSettings(Map<String, Object> kafkaConfig) {
        // Only admin-client settings: the default-kafka-broker map also carries consumer and producer keys.
        Map<String, Object> props = KafkaClientSettings.voor(kafkaConfig, AdminClientConfig.configNames());
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "dead-letter-depth");
        // A measurement gives up quickly while the broker is away; the next one tries again.
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return props;
    }

    /** The topics measured, in name order. */
    public Set<String> topics() {
        return new TreeSet<>(records.keySet());
    }

    /** The number of records on a topic at the last successful measurement. */
    public long records(String topic) {
        AtomicLong value = records.get(topic);
        return value == null ? 0 : value.get();
    }

    @Scheduled(identity = "dead-letter-depth", every = "${spreiding.dlt.interval:60s}", delay = 5, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        measure();
    }

    /**
     * Measures every topic now; on failure keeps the last values.
     * @return whether the measurement succeeded
     */
    public boolean measure() {
        if (records.isEmpty()) {
            return true;
        }
        try {
            Map<String, Long> measured = depths();
            measured.forEach((topic, n) -> records.get(topic).set(n));
            register();
            if (failing) {
                LOG.infof("Dead-letter topics measured again: %s", measured);
                failing = false;
            }
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (!failing) {
                LOG.warnf("Cannot measure the dead-letter topics %s (keeping the last values, logged once until it "
                        + "works again): %s", records.keySet(), e.getMessage());
                failing = true;
            }
            return false;
        }
    }

    /**
     * The gauges appear with the first successful measurement, not before: a replica that just started reports no
     * value rather than a 0 that would look like records leaving the topic and then arriving again.
     */
    private void register() {
        if (registered) {
            return;
        }
        records.forEach((topic, value) -> Gauge.builder(RECORDS, value, AtomicLong::get).tag("topic", topic)
                .description("Records currently on the dead-letter topic (end offset minus beginning offset)")
                .register(metrics));
        registered = true;
    }

    private Map<String, Long> depths() throws InterruptedException, ExecutionException, TimeoutException {
        Admin client = admin();
        Map<String, Long> depths = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<String, KafkaFuture<TopicDescription>> descriptions = client.describeTopics(records.keySet()).topicNameValues();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> d : descriptions.entrySet()) {
            try {
                List<TopicPartition> partitions = d.getValue().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).partitions()
                        .stream().map(p -> new TopicPartition(d.getKey(), p.partition())).toList();
                partitions.forEach(p -> {
                    earliest.put(p, OffsetSpec.earliest());
                    latest.put(p, OffsetSpec.latest());
                });
                depths.put(d.getKey(), 0L);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                depths.put(d.getKey(), 0L); // nothing was dead-lettered there yet
            }
        }
        if (!latest.isEmpty()) {
            Map<TopicPartition, ListOffsetsResultInfo> begin = client.listOffsets(earliest).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, ListOffsetsResultInfo> end = client.listOffsets(latest).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            end.forEach((p, info) -> depths.merge(p.topic(), Math.max(0, info.offset() - begin.get(p).offset()), Long::sum));
        }
        return depths;
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(adminConfig);
                }
                current = admin;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
