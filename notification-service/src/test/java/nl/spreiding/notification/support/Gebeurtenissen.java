package nl.spreiding.notification.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.spreiding.testsupport.TopicProbe;
import nl.spreiding.platform.contract.Schemacontrole;

/**
 * Puts events on the topics exactly as allocation- and pledge-service publish them (binary-mode CloudEvents). Every
 * event a test makes by hand is first checked against the schema its producer publishes, so a test cannot pass on
 * an event the producer would never write, and a producer change that breaks this consumer fails its tests.
 */
public final class Gebeurtenissen {

    public static final String ALLOCATIE_SERVICE = "allocation-service";
    public static final String PLEDGE_SERVICE = "pledge-service";
    public static final String ALLOCATIE = "spreiding.allocation.v1";
    public static final String TOEZEGGING = "spreiding.pledge.v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The producers' published contracts, from the gebeurtenissen jars on the test classpath. */
    private static final List<Schemacontrole> PRODUCENTEN = List.of(Schemacontrole.van(ALLOCATIE_SERVICE),
            Schemacontrole.van(PLEDGE_SERVICE));

    private Gebeurtenissen() {
    }

    /**
     * Checks the event against its producer's schema and sends it to {@code topic}, which must be the topic that
     * producer publishes it on.
     *
     * @return the CloudEvents id sent
     */
    public static String stuur(String topic, String type, String key, String json) {
        Schemacontrole producent = producentVan(type);
        if (!producent.catalogus().topic().equals(topic)) {
            throw new IllegalArgumentException(type + " staat volgens " + producent.catalogus().producent() + " op "
                    + producent.catalogus().topic() + ", niet op " + topic);
        }
        producent.vereisGeldig(type, json);
        String id = UUID.randomUUID().toString();
        TopicProbe.ofTestBroker().send(topic, key, Map.of(
                "ce_specversion", "1.0", "ce_id", id, "ce_source", producent.catalogus().source(), "ce_type", type,
                "ce_time", Instant.now().toString(), "ce_subject", key, "content-type", "application/json"),
                json.getBytes(StandardCharsets.UTF_8));
        return id;
    }

    /** The data of an event, checked against its producer's schema, for tests that hand it to the service directly. */
    public static JsonNode data(String type, String json) {
        producentVan(type).vereisGeldig(type, json);
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The contract of the producer that publishes {@code type}. */
    public static Schemacontrole producentVan(String type) {
        return PRODUCENTEN.stream().filter(p -> p.catalogus().type(type).isPresent()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Geen producent publiceert " + type + " (catalogi van "
                        + ALLOCATIE_SERVICE + " en " + PLEDGE_SERVICE + ")"));
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

    /** A fresh id, for the uuid fields of a hand-made event. */
    public static String uuid() {
        return UUID.randomUUID().toString();
    }
}
