package nl.spreiding.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.spreiding.platform.testapp.NotitieResource;
import nl.spreiding.testsupport.SpreidingTestInfrastructure;
import nl.spreiding.testsupport.TopicProbe;

/** {@code spreiding_dlt_records{topic}} against the test JVM's real broker. */
@QuarkusTest
class DeadLetterDepthTest {

    private static final String DLT = NotitieResource.TOPIC + ".dlt";

    @Inject
    DeadLetterDepth depth;
    @Inject
    MeterRegistry metrics;

    private final TopicProbe probe = TopicProbe.ofTestBroker();

    @Test
    void eenBerichtDatOpHetDeadLetterTopicBelandtVerhoogtDeDiepte() {
        assertThat(depth.measure()).isTrue();
        double voor = gauge(metrics, DLT);
        probe.send(NotitieResource.TOPIC, "notitie/dlt-diepte", Map.of("content-type", "application/json"),
                "geen cloudevent".getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> depth.measure() && gauge(metrics, DLT) >= voor + 1);
        assertThat(depth.records(DLT)).isEqualTo((long) gauge(metrics, DLT));
    }

    @Test
    void deDeadLetterTopicsKomenUitDeKanalenMetDeadLetterQueue() {
        assertThat(depth.topics()).containsExactly(DLT);
    }

    @Test
    void eenDeadLetterTopicDatNogNietBestaatTeltNul() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DeadLetterDepth nieuw = new DeadLetterDepth(
                Map.of("bootstrap.servers", SpreidingTestInfrastructure.kafkaBootstrapServers()),
                List.of("spreiding.bestaat-niet.v1.dlt"), registry);
        try {
            assertThat(nieuw.measure()).isTrue();
            assertThat(gauge(registry, "spreiding.bestaat-niet.v1.dlt")).isZero();
        } finally {
            nieuw.close();
        }
    }

    @Test
    void eenOnbereikbareBrokerLaatDeMetingMislukkenZonderFoutEnZonderWaarde() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DeadLetterDepth nieuw = new DeadLetterDepth(Map.of("bootstrap.servers", "localhost:1"), List.of(DLT), registry);
        try {
            assertThat(nieuw.measure()).isFalse();
            // No value rather than a wrong 0: the gauge appears with the first measurement that works.
            assertThat(registry.find(DeadLetterDepth.RECORDS).gauges()).isEmpty();
        } finally {
            nieuw.close();
        }
    }

    private static double gauge(MeterRegistry registry, String topic) {
        return registry.get(DeadLetterDepth.RECORDS).tag("topic", topic).gauge().value();
    }
}
