package nl.spreiding.pledge;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;
import nl.spreiding.testsupport.TopicProbe;
import nl.spreiding.platform.contract.Schemacontrole;

/** Real allocation events as allocation-service publishes them, and a reader of this service's events. */
public final class Fixtures {

    public static final String ALLOCATION_TOPIC = "spreiding.allocation.v1";
    public static final String PLEDGE_TOPIC = "spreiding.pledge.v1";
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final TopicProbe PROBE = TopicProbe.ofTestBroker();
    /** allocation-service's published contract (its gebeurtenissen jar is a test dependency). */
    public static final Schemacontrole ALLOCATION_CONTRACT = Schemacontrole.van("allocation-service");
    private static final String DOOR = "minister@minjenv.example";

    private Fixtures() {
    }

    /** An area of a distribution: {code, naam, provinciecode, inwoners, opgave, amv, bestaande}. */
    public record Gebied(String code, String naam, String provinciecode, long inwoners, int opgave, int amv,
            int bestaande) {
    }

    /** Version 1 of a distribution ({@code nl.spreiding.verdeling.vastgesteld}). */
    public static ObjectNode verdeling(String cyclus, String doelgroep, List<Gebied> provincies, List<Gebied> gemeenten) {
        return verdeling(cyclus, doelgroep, 1, null, provincies, gemeenten);
    }

    /** The next version of {@code vorige} ({@code nl.spreiding.verdeling.herzien}), naming the one it replaces. */
    public static ObjectNode herziening(JsonNode vorige, List<Gebied> provincies, List<Gebied> gemeenten) {
        return verdeling(vorige.path("cyclus").asText(), vorige.path("doelgroep").asText(),
                vorige.path("versie").asInt() + 1, vorige.path("verdelingId").asText(), provincies, gemeenten);
    }

    private static ObjectNode verdeling(String cyclus, String doelgroep, int versie, String vorigeVerdelingId,
            List<Gebied> provincies, List<Gebied> gemeenten) {
        ObjectNode data = JSON.createObjectNode();
        data.put("verdelingId", UUID.randomUUID().toString());
        data.put("cyclus", cyclus);
        data.put("doelgroep", doelgroep);
        data.put("versie", versie);
        if (versie > 1) {
            data.put("vorigeVersie", versie - 1);
        } else {
            data.putNull("vorigeVersie");
        }
        data.put("vorigeVerdelingId", vorigeVerdelingId);
        data.putObject("sleutel").put("code", "SPREIDINGSWET_SES_WOA").put("versie", 1);
        data.put("totaal", provincies.stream().mapToInt(Gebied::opgave).sum());
        data.put("amvTotaal", provincies.stream().mapToInt(Gebied::amv).sum());
        data.put("somOpgaven", gemeenten.stream().mapToInt(Gebied::opgave).sum());
        data.put("vastgesteldOp", "2024-01-31T10:00:00Z");
        data.put("door", DOOR);
        ArrayNode p = data.putArray("provincies");
        for (Gebied g : provincies) {
            gebied(p.addObject().put("provinciecode", g.code()), g)
                    .put("resterendNaVerrekening", Math.max(0, g.opgave() - g.bestaande()));
        }
        ArrayNode m = data.putArray("gemeenten");
        for (Gebied g : gemeenten) {
            gebied(m.addObject().put("gemeentecode", g.code()).put("provinciecode", g.provinciecode()), g);
        }
        return data;
    }

    private static ObjectNode gebied(ObjectNode node, Gebied g) {
        return node.put("naam", g.naam()).put("aantalInwoners", g.inwoners()).put("opgave", g.opgave())
                .put("amv", g.amv()).put("bestaandePlaatsen", g.bestaande())
                .put("resterendeOpgave", Math.max(0, g.opgave() - g.bestaande()));
    }

    public static ObjectNode cyclusGeopend(String cyclus, String planTermijn) {
        ObjectNode data = JSON.createObjectNode();
        data.put("cyclus", cyclus);
        data.put("referentiejaar", Integer.parseInt(cyclus.substring(0, 4)));
        data.putObject("termijnen").put("raming", cyclus.substring(0, 4) + "-02-01").put("provinciaalPlan", planTermijn)
                .put("verdeelbesluit", cyclus.substring(0, 4) + "-12-31").put("realisatieMaanden", 6)
                .put("volgendeCyclus", cyclus.substring(5) + "-02-01");
        data.put("door", DOOR);
        return data;
    }

    /**
     * Sends one allocation event (binary CloudEvent) and returns its id. The data must keep to allocation-service's
     * published schema, so a hand-made event cannot drift from what allocation-service really sends.
     */
    public static String send(String type, String key, JsonNode data) {
        return send(UUID.randomUUID().toString(), type, key, data);
    }

    public static String send(String id, String type, String key, JsonNode data) {
        ALLOCATION_CONTRACT.vereisGeldig(type, data.toString());
        return sendRaw(id, type, key, data);
    }

    /**
     * Sends an event that deliberately breaks allocation-service's contract, for tests of how a broken event is
     * handled; refuses one that keeps to it, so this is no way around {@link #send}.
     */
    public static String sendBuitenContract(String type, String key, JsonNode data) {
        if (ALLOCATION_CONTRACT.fouten(type, data.toString()).isEmpty()) {
            throw new IllegalArgumentException("This " + type + " keeps to the contract; use send");
        }
        return sendRaw(UUID.randomUUID().toString(), type, key, data);
    }

    private static String sendRaw(String id, String type, String key, JsonNode data) {
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", id,
                "ce_source", ALLOCATION_CONTRACT.catalogus().source(), "ce_type", type,
                "ce_time", "2024-01-31T10:00:00Z", "content-type", "application/json");
        try {
            PROBE.send(ALLOCATION_TOPIC, key, headers, JSON.writeValueAsBytes(data));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** Publishes a cycle and its asylum distribution and waits until the read model has it. */
    public static void publiceer(String cyclus, String planTermijn, List<Gebied> provincies, List<Gebied> gemeenten) {
        send("nl.spreiding.cyclus.geopend", cyclus, cyclusGeopend(cyclus, planTermijn));
        send("nl.spreiding.verdeling.vastgesteld", cyclus + "/ASIEL", verdeling(cyclus, "ASIEL", provincies, gemeenten));
        int verwacht = provincies.size() + gemeenten.size();
        await().atMost(Duration.ofSeconds(30)).until(() -> RestAssured.given().queryParam("cyclus", cyclus)
                .get("/api/v1/opgaven").then().extract().jsonPath().getInt("totaal") == verwacht
                && RestAssured.given().get("/api/v1/cycli/" + cyclus).statusCode() == 200
                && RestAssured.given().get("/api/v1/cycli/" + cyclus).then().extract().jsonPath()
                        .getString("termijnen.provinciaalPlan") != null);
    }

    /** An event on this service's topic, its data parsed. */
    public record Event(String key, String type, JsonNode data) {
    }

    /** Reads this service's topic until the events matching {@code filter} satisfy {@code done}. */
    public static List<Event> events(Predicate<Event> filter, Predicate<List<Event>> done) {
        List<Event> gevonden = new ArrayList<>();
        PROBE.readUntil(PLEDGE_TOPIC, records -> {
            gevonden.clear();
            for (ConsumerRecord<String, byte[]> r : records) {
                Event e = event(r);
                if (filter.test(e)) {
                    gevonden.add(e);
                }
            }
            return done.test(gevonden);
        }, Duration.ofSeconds(30));
        return List.copyOf(gevonden);
    }

    public static List<Event> eventsVan(String key, int aantal) {
        return events(e -> key.equals(e.key()), es -> es.size() >= aantal);
    }

    private static Event event(ConsumerRecord<String, byte[]> r) {
        String type = new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
        try {
            return new Event(r.key(), type, JSON.readTree(r.value()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
