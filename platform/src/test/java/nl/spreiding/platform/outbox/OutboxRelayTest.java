package nl.spreiding.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.OpenTelemetry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.spreiding.testsupport.TopicProbe;
import nl.spreiding.platform.config.PlatformConfig;
import nl.spreiding.platform.testapp.NotitieResource;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    EntityManager em;
    @Inject
    PlatformConfig config;
    @Inject
    Scheduler scheduler;
    @Inject
    Clock clock;
    @Inject
    OutboxBacklog backlog;
    @Inject
    MeterRegistry metrics;

    private final TopicProbe probe = TopicProbe.ofTestBroker();

    @Test
    void eenVastgelegdeWijzigingWordtGepubliceerdAlsBinaireCloudEvent() {
        long id = given().body("{\"tekst\":\"binair\",\"aantal\":7}").contentType(ContentType.JSON)
                .post("/api/v1/notities").then().statusCode(200).extract().jsonPath().getLong("id");
        String key = "notitie/" + id;

        List<ConsumerRecord<String, byte[]>> records = probe.readUntil(NotitieResource.TOPIC,
                rs -> rs.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(20));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();

        Map<String, String> headers = headers(record);
        assertThat(headers).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_source", "urn:nld:spreiding:platform-test")
                .containsEntry("ce_type", NotitieResource.TYPE)
                .containsEntry("ce_subject", key)
                .containsEntry("content-type", "application/json")
                .containsKeys("ce_id", "ce_time", "ce_sequence");
        assertThat(UUID.fromString(headers.get("ce_id"))).isNotNull();
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"tekst\":\"binair\"");

        OutboxEvent row = QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.<OutboxEvent>find("eventId", UUID.fromString(headers.get("ce_id"))).firstResult());
        await().atMost(Duration.ofSeconds(5)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.<OutboxEvent>findById(row.seq).sentAt != null));
    }

    @Test
    void eenTeruggedraaideWijzigingLaatGeenGebeurtenisAchter() {
        long before = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
        given().body("{\"tekst\":\"teruggedraaid\",\"aantal\":1}").contentType(ContentType.JSON)
                .post("/api/v1/notities?mislukt=true").then().statusCode(500);
        long after = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
        assertThat(after).isEqualTo(before);
        List<ConsumerRecord<String, byte[]>> records = probe.readUntil(NotitieResource.TOPIC, rs -> false,
                Duration.ofSeconds(2));
        assertThat(records).noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains("teruggedraaid"));
    }

    @Test
    void concurrerendeRelaysPublicerenElkeGebeurtenisEenmaalInVolgordePerSleutel() throws Exception {
        String topic = "spreiding.test.concurrent." + UUID.randomUUID();
        int keys = 25;
        int perKey = 12;
        List<UUID> written = new ArrayList<>();
        // Several transactions, interleaving keys, so that heads move while relays compete.
        for (int round = 0; round < perKey; round++) {
            int r = round;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int k = 0; k < keys; k++) {
                    written.add(outbox.record(topic, "nl.spreiding.test.volgorde", "sleutel-" + k, null,
                            Map.of("sleutel", k, "volgnummer", r)));
                }
            });
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> relays = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            relays.add(pool.submit(() -> {
                while (pendingOn(topic) > 0) {
                    relay.relayPass();
                }
            }));
        }
        for (Future<?> f : relays) {
            f.get();
        }
        pool.shutdown();

        List<ConsumerRecord<String, byte[]>> records = probe.readUntil(topic, rs -> rs.size() >= written.size(),
                Duration.ofSeconds(30));
        List<String> ids = records.stream().map(r -> headers(r).get("ce_id")).toList();
        assertThat(ids).hasSameSizeAs(new HashSet<>(ids)).containsExactlyInAnyOrderElementsOf(
                written.stream().map(UUID::toString).toList());

        Map<String, List<Integer>> sequenceByKey = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            String body = new String(r.value(), StandardCharsets.UTF_8);
            int volgnummer = Integer.parseInt(body.replaceAll(".*\"volgnummer\":(\\d+).*", "$1"));
            sequenceByKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(volgnummer);
        }
        assertThat(sequenceByKey).hasSize(keys);
        sequenceByKey.forEach((key, sequence) -> assertThat(sequence).as(key).isSorted().hasSize(perKey));
    }

    @Test
    void deAchterstandMeetHoeveelGebeurtenissenWachtenEnHoeLangDeOudsteAlWacht() {
        String topic = "spreiding.test.achterstand." + UUID.randomUUID();
        scheduler.pause("outbox-relay");
        try {
            QuarkusTransaction.requiringNew().run(
                    () -> outbox.record(topic, "nl.spreiding.test.uitval", "achterstand", null, Map.of("n", 1)));
            backlog.measure();
            assertThat(metrics.get("spreiding.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(1);
            assertThat(metrics.get("spreiding.outbox.oldest.pending.age").timeGauge().value(TimeUnit.MILLISECONDS))
                    .isGreaterThanOrEqualTo(0);
        } finally {
            scheduler.resume("outbox-relay");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> pendingOn(topic) == 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            backlog.measure();
            return metrics.get("spreiding.outbox.pending").gauge().value() == 0
                    && metrics.get("spreiding.outbox.oldest.pending.age").timeGauge().value(TimeUnit.MILLISECONDS) == 0;
        });
    }

    @Test
    void zonderBrokerBlijvenGebeurtenissenWachtenMetBackoffTotHijTerugIs() {
        String topic = "spreiding.test.uitval." + UUID.randomUUID();
        scheduler.pause("outbox-relay");
        try {
            UUID first = QuarkusTransaction.requiringNew().call(
                    () -> outbox.record(topic, "nl.spreiding.test.uitval", "uitval", null, Map.of("n", 1)));
            UUID second = QuarkusTransaction.requiringNew().call(
                    () -> outbox.record(topic, "nl.spreiding.test.uitval", "uitval", null, Map.of("n", 2)));

            // A relay whose broker cannot be reached: a real client against a closed port.
            CloudEventPublisher unreachable = new CloudEventPublisher(Map.of("bootstrap.servers", "localhost:1",
                    "max.block.ms", 1000, "delivery.timeout.ms", 1500, "request.timeout.ms", 1000), config,
                    OpenTelemetry.noop().getTracer("test"));
            OutboxRelay brokenRelay = new OutboxRelay(em, unreachable, config, new SimpleMeterRegistry(), null, clock);
            OutboxRelay.PassResult result = brokenRelay.relayPass();

            assertThat(result.published()).isZero();
            assertThat(result.failed()).isEqualTo(2);
            assertThat(brokenRelay.isBackingOff()).isTrue();
            for (UUID id : List.of(first, second)) {
                OutboxEvent row = QuarkusTransaction.requiringNew().call(
                        () -> OutboxEvent.<OutboxEvent>find("eventId", id).firstResult());
                assertThat(row.sentAt).isNull();
                assertThat(row.attempts).isEqualTo(1);
                assertThat(row.lastError).isNotBlank();
            }
        } finally {
            scheduler.resume("outbox-relay");
        }

        List<ConsumerRecord<String, byte[]>> records = probe.readUntil(topic, rs -> rs.size() >= 2, Duration.ofSeconds(20));
        assertThat(records).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(pendingOn(topic)).isZero();
    }

    @Test
    void deBackoffVerdubbeltTotZijnMaximum() {
        OutboxRelay fresh = new OutboxRelay(em, null, config, new SimpleMeterRegistry(), null, clock);
        assertThat(fresh.relayPassBackoffFor(1)).isEqualTo(config.outbox().initialBackoff());
        assertThat(fresh.relayPassBackoffFor(2)).isEqualTo(config.outbox().initialBackoff().multipliedBy(2));
        assertThat(fresh.relayPassBackoffFor(40)).isEqualTo(config.outbox().maxBackoff());
    }

    private long pendingOn(String topic) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("topic = ?1 and sentAt is null", topic));
    }

    static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        return TopicProbe.headers(record);
    }
}
