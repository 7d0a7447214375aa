package nl.spreiding.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.spreiding.testsupport.TopicProbe;
import nl.spreiding.platform.testapp.NotitieConsumer;
import nl.spreiding.platform.testapp.NotitieResource;

@QuarkusTest
class EventInboxTest {

    private static final String DLT = NotitieResource.TOPIC + ".dlt";

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;

    private final TopicProbe probe = TopicProbe.ofTestBroker();

    @Test
    void eenHerbezorgdeGebeurtenisHeeftEenmaalEffect() {
        String id = UUID.randomUUID().toString();
        Map<String, String> headers = cloudEventHeaders(id, "urn:nld:spreiding:elders");
        byte[] data = "{\"id\":1,\"tekst\":\"tweemaal\"}".getBytes(StandardCharsets.UTF_8);
        probe.send(NotitieResource.TOPIC, "notitie/dubbel", headers, data);
        probe.send(NotitieResource.TOPIC, "notitie/dubbel", headers, data);
        // The same id from another source is another event.
        probe.send(NotitieResource.TOPIC, "notitie/dubbel", cloudEventHeaders(id, "urn:nld:spreiding:ander"), data);

        await().atMost(Duration.ofSeconds(20)).until(() -> effectsOf(id) == 2);
        // Give a wrongly applied duplicate the time to show up before concluding there is none.
        String marker = UUID.randomUUID().toString();
        probe.send(NotitieResource.TOPIC, "notitie/dubbel", cloudEventHeaders(marker, "urn:nld:spreiding:elders"), data);
        await().atMost(Duration.ofSeconds(20)).until(() -> effectsOf(marker) == 1);
        assertThat(effectsOf(id)).isEqualTo(2);
    }

    @Test
    void eenTijdelijkeFoutWordtOpnieuwGeprobeerdEnHeeftDanEenmaalEffect() {
        String id = UUID.randomUUID().toString();
        probe.send(NotitieResource.TOPIC, "notitie/tijdelijk", cloudEventHeaders(id, "urn:nld:spreiding:elders"),
                ("{\"id\":3,\"tekst\":\"" + NotitieConsumer.EERST_MISLUKT + "\"}").getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(20)).until(() -> effectsOf(id) == 1);
        List<ConsumerRecord<String, byte[]>> dead = probe.readToEnd(DLT);
        assertThat(dead).noneMatch(r -> "notitie/tijdelijk".equals(r.key()));
    }

    @Test
    void deInboxTeltVerwerktDubbelMisluktepogingenEnDeadLetters() {
        double toegepast = teller("applied");
        double dubbel = teller("duplicate");
        double mislukt = teller("failed_attempt");
        double dood = teller("dead_lettered");
        String id = UUID.randomUUID().toString();
        byte[] tijdelijk = ("{\"id\":4,\"tekst\":\"" + NotitieConsumer.EERST_MISLUKT + "\"}").getBytes(StandardCharsets.UTF_8);
        probe.send(NotitieResource.TOPIC, "notitie/tellers", cloudEventHeaders(id, "urn:nld:spreiding:elders"), tijdelijk);
        probe.send(NotitieResource.TOPIC, "notitie/tellers", cloudEventHeaders(id, "urn:nld:spreiding:elders"), tijdelijk);
        probe.send(NotitieResource.TOPIC, "notitie/tellers", cloudEventHeaders(UUID.randomUUID().toString(),
                "urn:nld:spreiding:elders"), "{niet json".getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(20)).until(() -> teller("dead_lettered") >= dood + 1
                && teller("duplicate") >= dubbel + 1);
        assertThat(teller("applied")).isEqualTo(toegepast + 1);
        assertThat(teller("failed_attempt")).isEqualTo(mislukt + 2);
    }

    private double teller(String uitkomst) {
        var counter = metrics.find("spreiding.inbox.events").tags("type", NotitieResource.TYPE, "outcome", uitkomst).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void onleesbareBerichtenGaanNaarHetDeadLetterTopicZonderDePartitieTeBlokkeren() {
        String key = "notitie/gif";
        probe.send(NotitieResource.TOPIC, key, Map.of("content-type", "application/json"),
                "geen cloudevent".getBytes(StandardCharsets.UTF_8));
        String unreadable = UUID.randomUUID().toString();
        probe.send(NotitieResource.TOPIC, key, cloudEventHeaders(unreadable, "urn:nld:spreiding:elders"),
                "{niet json".getBytes(StandardCharsets.UTF_8));
        String good = UUID.randomUUID().toString();
        probe.send(NotitieResource.TOPIC, key, cloudEventHeaders(good, "urn:nld:spreiding:elders"),
                "{\"id\":2,\"tekst\":\"na het gif\"}".getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(20)).until(() -> effectsOf(good) == 1);
        List<ConsumerRecord<String, byte[]>> dead = probe.readUntil(DLT,
                rs -> rs.stream().filter(r -> key.equals(r.key())).count() >= 2, Duration.ofSeconds(20));
        assertThat(dead).filteredOn(r -> key.equals(r.key()))
                .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly("geen cloudevent", "{niet json");
        assertThat(effectsOf(unreadable)).isZero();
    }

    private long effectsOf(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from verwerkt_effect where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    private static Map<String, String> cloudEventHeaders(String id, String source) {
        return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", source,
                "ce_type", NotitieResource.TYPE, "content-type", "application/json");
    }
}
