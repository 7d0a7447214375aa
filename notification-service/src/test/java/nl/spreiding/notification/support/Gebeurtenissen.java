package nl.spreiding.notification.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.spreiding.local.TopicProbe;

/** Puts events on the topics exactly as allocation- and pledge-service publish them (binary-mode CloudEvents). */
public final class Gebeurtenissen {

    public static final String ALLOCATIE = "spreiding.allocation.v1";
    public static final String TOEZEGGING = "spreiding.pledge.v1";

    private Gebeurtenissen() {
    }

    /** @return the CloudEvents id sent */
    public static String stuur(String topic, String type, String key, String json) {
        String id = UUID.randomUUID().toString();
        String source = topic.equals(ALLOCATIE) ? "urn:nld:spreiding:allocation-service" : "urn:nld:spreiding:pledge-service";
        TopicProbe.ofTestBroker().send(topic, key, Map.of(
                "ce_specversion", "1.0", "ce_id", id, "ce_source", source, "ce_type", type,
                "ce_time", Instant.now().toString(), "ce_subject", key, "content-type", "application/json"),
                json.getBytes(StandardCharsets.UTF_8));
        return id;
    }

    /** A cycle nobody else in this test run uses. */
    public static String cyclus() {
        int jaar = ThreadLocalRandom.current().nextInt(2100, 9000);
        return jaar + "-" + (jaar + 2);
    }

    /** A municipality code nobody else in this test run uses (most likely). */
    public static String gemeente() {
        return String.format("GM%04d", ThreadLocalRandom.current().nextInt(5000, 10000));
    }
}
