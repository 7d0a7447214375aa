package nl.spreiding.pledge.gebeurtenissen;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.spreiding.platform.contract.Gebeurteniscatalogus;
import nl.spreiding.platform.contract.Schemacontrole;
import nl.spreiding.pledge.Fixtures;
import nl.spreiding.pledge.gebeurtenissen.AllocatieGebeurtenissen;
import nl.spreiding.testsupport.TopicProbe;

/**
 * pledge-service as a consumer of allocation-service's published contract: the examples allocation-service ships
 * with its schemas (its {@code gebeurtenissen} jar, not hand-made events) go over Kafka the way allocation-service
 * sends them, and pledge-service must understand every one. A change in allocation-service that breaks pledge-service
 * therefore fails this build, not production.
 */
@QuarkusTest
class AllocationContractTest {

    private static final String PRODUCENT = "allocation-service";
    private static final Gebeurteniscatalogus CATALOGUS = Gebeurteniscatalogus.vereist(PRODUCENT);
    private static final Schemacontrole CONTROLE = new Schemacontrole(CATALOGUS);

    /** The allocation event types pledge-service acts on. */
    private static final Set<String> VERWERKT = Set.of(AllocatieGebeurtenissen.CYCLUS_GEOPEND,
            AllocatieGebeurtenissen.VERDELING_VASTGESTELD, AllocatieGebeurtenissen.VERDELING_HERZIEN);
    /** Published by allocation-service and deliberately not used here, with the reason. */
    private static final Map<String, String> GENEGEERD = Map.of("nl.spreiding.capaciteitsraming.gepubliceerd",
            "pledge-service works from the distribution's tasks, not from the national estimate");

    // Own cycles (the examples use 2024-2026, as CyclusDoorloopTest does; 2090-2092 is its unknown cycle).
    private static final String CYCLUS = "2080-2082";
    private static final String CYCLUS_VOORUIT = "2082-2084";

    /** The fields of the task read model that come straight from an area of the distribution. */
    private static final List<String> GEBIED_VELDEN = List.of("provinciecode", "naam", "aantalInwoners", "opgave",
            "amv", "bestaandePlaatsen", "resterendeOpgave");
    private static final List<String> TERMIJNEN = List.of("raming", "provinciaalPlan", "verdeelbesluit",
            "realisatieMaanden", "volgendeCyclus");

    @ConfigProperty(name = "mp.messaging.incoming.allocation-events.topic")
    String topic;

    @ConfigProperty(name = "mp.messaging.incoming.allocation-events.dead-letter-queue.topic")
    String deadLetterTopic;

    @Inject
    EntityManager em;

    /** Example id -> the id this test uses instead, so a revision still names the version it replaces. */
    private final Map<String, String> nieuweIds = new HashMap<>();

    /** An example of allocation-service, rewritten to this test's cycle, with the key it is sent on. */
    private record Voorbeeld(String type, String sleutel, ObjectNode data) {
    }

    @Test
    void elkGepubliceerdTypeWordtVerwerktOfBewustGenegeerd() {
        Set<String> gepubliceerd = CATALOGUS.perType().keySet();
        Set<String> besloten = new HashSet<>(VERWERKT);
        besloten.addAll(GENEGEERD.keySet());
        assertThat(gepubliceerd).as("allocation-service publishes a type pledge-service has not decided about: "
                + "consume it, or list it in GENEGEERD with the reason").isSubsetOf(besloten);
        assertThat(VERWERKT).as("pledge-service consumes types allocation-service no longer publishes")
                .isSubsetOf(gepubliceerd);
        assertThat(GENEGEERD.keySet()).as("types listed as ignored that allocation-service no longer publishes")
                .isSubsetOf(gepubliceerd);

        // pledge-service listens where allocation-service says it publishes.
        assertThat(topic).isEqualTo(CATALOGUS.topic());
        assertThat(Fixtures.ALLOCATION_TOPIC).isEqualTo(CATALOGUS.topic());

        // The published examples keep to the published schemas, so the other tests may rely on both.
        for (Gebeurteniscatalogus.Gebeurtenistype type : CATALOGUS.gebeurtenissen()) {
            assertThat(CONTROLE.fouten(type.type(), CATALOGUS.voorbeeld(type))).as("the example of %s", type.type())
                    .isEmpty();
        }
    }

    @Test
    void deGepubliceerdeVoorbeeldenWordenInDeVolgordeVanEenCyclusVerwerkt() {
        List<String> ids = new ArrayList<>();
        Voorbeeld geopend = voorbeeld(AllocatieGebeurtenissen.CYCLUS_GEOPEND, CYCLUS);
        ids.add(publiceer(geopend));
        for (String genegeerd : GENEGEERD.keySet()) {
            ids.add(publiceer(voorbeeld(genegeerd, CYCLUS)));
        }
        Voorbeeld vastgesteld = voorbeeld(AllocatieGebeurtenissen.VERDELING_VASTGESTELD, CYCLUS);
        ids.add(publiceer(vastgesteld));
        wachtTotVerwerkt(CYCLUS, ids);

        toontOpgaven(vastgesteld);
        toontCyclus(geopend, vastgesteld);

        Voorbeeld herzien = voorbeeld(AllocatieGebeurtenissen.VERDELING_HERZIEN, CYCLUS);
        gelijk(herzien.data().get("vorigeVerdelingId"), vastgesteld.data().get("verdelingId"),
                "the version the revision replaces");
        ids.add(publiceer(herzien));
        wachtTotVerwerkt(CYCLUS, ids);

        // The revision replaces the first version completely: exactly its areas, its figures, its version.
        toontOpgaven(herzien);
        toontCyclus(geopend, herzien);
        assertThat(deadLetters(CYCLUS, ids)).as("allocation events moved to " + deadLetterTopic).isEmpty();
    }

    @Test
    void veldenDieNogOnbekendZijnWordenGenegeerd() {
        // allocation-service may add fields without a new type (docs/gebeurtenissen.md); its schemas allow that.
        List<String> ids = new ArrayList<>();
        Voorbeeld geopend = metOnbekendeVelden(voorbeeld(AllocatieGebeurtenissen.CYCLUS_GEOPEND, CYCLUS_VOORUIT));
        ids.add(publiceer(geopend));
        for (String genegeerd : GENEGEERD.keySet()) {
            ids.add(publiceer(metOnbekendeVelden(voorbeeld(genegeerd, CYCLUS_VOORUIT))));
        }
        ids.add(publiceer(metOnbekendeVelden(voorbeeld(AllocatieGebeurtenissen.VERDELING_VASTGESTELD, CYCLUS_VOORUIT))));
        Voorbeeld herzien = metOnbekendeVelden(voorbeeld(AllocatieGebeurtenissen.VERDELING_HERZIEN, CYCLUS_VOORUIT));
        ids.add(publiceer(herzien));
        wachtTotVerwerkt(CYCLUS_VOORUIT, ids);

        toontOpgaven(herzien);
        toontCyclus(geopend, herzien);
        assertThat(deadLetters(CYCLUS_VOORUIT, ids)).as("allocation events moved to " + deadLetterTopic).isEmpty();
    }

    /**
     * The published example of {@code type}, moved to {@code cyclus} with fresh distribution ids, and checked
     * against the schema again: what this test sends must still be something allocation-service could send.
     */
    private Voorbeeld voorbeeld(String type, String cyclus) {
        Gebeurteniscatalogus.Gebeurtenistype gebeurtenis = CATALOGUS.type(type)
                .orElseThrow(() -> new AssertionError(type + " is not in the catalogue of " + PRODUCENT));
        ObjectNode data = (ObjectNode) lees(CATALOGUS.voorbeeld(gebeurtenis));
        String voorbeeldCyclus = data.path("cyclus").asText();
        assertThat(voorbeeldCyclus).as("the cycle of the example of %s", type).matches("\\d{4}-\\d{4}");
        assertThat(gebeurtenis.voorbeeldSleutel()).as("the key of the example of %s", type).contains(voorbeeldCyclus);
        data.put("cyclus", cyclus);
        for (String veld : List.of("verdelingId", "vorigeVerdelingId")) {
            if (data.path(veld).isTextual()) {
                data.put(veld, nieuweIds.computeIfAbsent(data.path(veld).asText(), oud -> UUID.randomUUID().toString()));
            }
        }
        CONTROLE.vereisGeldig(type, data.toString());
        return new Voorbeeld(type, gebeurtenis.voorbeeldSleutel().replace(voorbeeldCyclus, cyclus), data);
    }

    /** The example with a field added to it and to every object in it, valued as a later version might. */
    private static Voorbeeld metOnbekendeVelden(Voorbeeld voorbeeld) {
        ObjectNode data = voorbeeld.data().deepCopy();
        voegVeldToe(data);
        data.putObject("veldVanLater").put("soort", "onbekend").putArray("waarden").add(1).add(2);
        CONTROLE.vereisGeldig(voorbeeld.type(), data.toString());
        return new Voorbeeld(voorbeeld.type(), voorbeeld.sleutel(), data);
    }

    private static void voegVeldToe(JsonNode node) {
        node.forEach(AllocationContractTest::voegVeldToe);
        if (node instanceof ObjectNode object) {
            object.put("veldVanLater", "onbekend");
        }
    }

    /** Sends the example as allocation-service does: a binary CloudEvent on its topic, from its source. */
    private static String publiceer(Voorbeeld voorbeeld) {
        return Fixtures.send(voorbeeld.type(), voorbeeld.sleutel(), voorbeeld.data());
    }

    /** Waits until pledge-service's inbox committed every event; if not, says what went to the dead-letter topic. */
    private void wachtTotVerwerkt(String cyclus, List<String> ids) {
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(this::verwerkt));
        } catch (ConditionTimeoutException e) {
            List<String> redenen = deadLetters(cyclus, ids).stream().map(r -> TopicProbe.headers(r).get("ce_type")
                    + ": " + TopicProbe.headers(r).get("dead-letter-reason")).toList();
            throw new AssertionError("pledge-service did not process every published example; on " + deadLetterTopic
                    + ": " + redenen, e);
        }
    }

    private boolean verwerkt(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where source = :source and event_id = :id")
                .setParameter("source", CATALOGUS.source()).setParameter("id", id).getSingleResult()).longValue() == 1);
    }

    /** The task read model holds exactly the distribution's provinces and municipalities, as published. */
    private static void toontOpgaven(Voorbeeld verdeling) {
        JsonNode data = verdeling.data();
        List<Map<String, Object>> verwacht = new ArrayList<>();
        data.path("provincies").forEach(p -> verwacht.add(opgave(data, "PROVINCIE", p.get("provinciecode"), p)));
        data.path("gemeenten").forEach(g -> verwacht.add(opgave(data, "GEMEENTE", g.get("gemeentecode"), g)));
        assertThat(verwacht).as("the example of %s has areas", verdeling.type()).isNotEmpty();

        JsonNode pagina = lees(given().queryParam("cyclus", data.path("cyclus").asText())
                .queryParam("doelgroep", data.path("doelgroep").asText()).queryParam("paginaGrootte", 500)
                .get("/api/v1/opgaven").then().statusCode(200).extract().asString());
        List<Map<String, Object>> getoond = StreamSupport.stream(pagina.path("resultaten").spliterator(), false)
                .map(o -> alleen(o, verwacht.get(0).keySet())).toList();
        assertThat(pagina.path("totaal").asInt()).isEqualTo(verwacht.size());
        assertThat(getoond).as("the tasks after %s", verdeling.type()).containsExactlyInAnyOrderElementsOf(verwacht);
    }

    private static Map<String, Object> opgave(JsonNode verdeling, String niveau, JsonNode code, JsonNode gebied) {
        ObjectNode opgave = Fixtures.JSON.createObjectNode();
        opgave.set("cyclus", verdeling.get("cyclus"));
        opgave.set("doelgroep", verdeling.get("doelgroep"));
        opgave.put("niveau", niveau);
        opgave.set("code", code);
        GEBIED_VELDEN.forEach(veld -> opgave.set(veld, gebied.get(veld)));
        opgave.set("versie", verdeling.get("versie"));
        return alsMap(opgave);
    }

    /** The cycle has the example's reference year and deadlines, and holds this version of the distribution. */
    private static void toontCyclus(Voorbeeld geopend, Voorbeeld verdeling) {
        String cyclus = geopend.data().path("cyclus").asText();
        JsonNode getoond = lees(given().get("/api/v1/cycli/" + cyclus).then().statusCode(200).extract().asString());
        gelijk(getoond.get("referentiejaar"), geopend.data().get("referentiejaar"), "referentiejaar");
        JsonNode termijnen = geopend.data().path("termijnen");
        for (String termijn : TERMIJNEN) {
            gelijk(getoond.path("termijnen").get(termijn), termijnen.get(termijn), "termijn " + termijn);
        }
        JsonNode data = verdeling.data();
        assertThat(getoond.path("verdelingen").size()).as("distributions of the cycle").isEqualTo(1);
        JsonNode versie = getoond.path("verdelingen").path(0);
        for (String veld : List.of("doelgroep", "verdelingId", "versie")) {
            gelijk(versie.get(veld), data.get(veld), "the distribution's " + veld);
        }
        assertThat(Instant.parse(versie.path("vastgesteldOp").asText()))
                .isEqualTo(Instant.parse(data.path("vastgesteldOp").asText()));
    }

    /** Every record on the dead-letter topic now that is one of {@code ids} or about {@code cyclus}. */
    private List<ConsumerRecord<String, byte[]>> deadLetters(String cyclus, List<String> ids) {
        return Fixtures.PROBE.readToEnd(deadLetterTopic).stream()
                .filter(r -> (r.key() != null && r.key().startsWith(cyclus)) || ids.contains(TopicProbe.headers(r).get("ce_id")))
                .toList();
    }

    /** {@code node} with only the given fields. */
    private static Map<String, Object> alleen(JsonNode node, Set<String> velden) {
        ObjectNode uitsnede = Fixtures.JSON.createObjectNode();
        velden.forEach(veld -> uitsnede.set(veld, node.get(veld)));
        return alsMap(uitsnede);
    }

    /** As a map, so that a failed comparison prints field names and values. */
    private static Map<String, Object> alsMap(JsonNode node) {
        return Fixtures.JSON.convertValue(node, new TypeReference<Map<String, Object>>() {
        });
    }

    private static void gelijk(JsonNode getoond, JsonNode verwacht, String wat) {
        assertThat(Fixtures.JSON.convertValue(getoond, Object.class)).as(wat)
                .isEqualTo(Fixtures.JSON.convertValue(verwacht, Object.class));
    }

    private static JsonNode lees(String json) {
        try {
            return Fixtures.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
