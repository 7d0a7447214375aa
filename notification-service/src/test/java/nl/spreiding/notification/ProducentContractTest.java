package nl.spreiding.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.spreiding.testsupport.TopicProbe;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.notification.support.Gebeurtenissen;
import nl.spreiding.notification.support.Ontvanger;
import nl.spreiding.platform.contract.Gebeurteniscatalogus;
import nl.spreiding.platform.contract.Schemacontrole;

/**
 * Notification-service as a consumer of the event contracts allocation- and pledge-service publish. The producers'
 * own examples (the files of their catalogues, not events made here) go onto Kafka as the producers send them, in
 * the order of the story they tell, and the test asserts through the API what this service made of each: the
 * deadline calendar, the organisations' feeds and a subscription's webhooks. A producer change that breaks this
 * consumer, or a new event type nobody here has decided about, fails this test.
 */
@QuarkusTest
class ProducentContractTest {

    /** Outside the range of {@link Gebeurtenissen#cyclus()}: no other test touches this cycle's calendar. */
    private static final String CYCLUS = "2092-2094";
    private static final String CYCLUS_MET_NIEUWE_VELDEN = "2096-2098";

    private static final String GEOPEND = "nl.spreiding.cyclus.geopend";
    private static final String RAMING = "nl.spreiding.capaciteitsraming.gepubliceerd";
    private static final String VASTGESTELD = "nl.spreiding.verdeling.vastgesteld";
    private static final String HERZIEN = "nl.spreiding.verdeling.herzien";
    private static final String GEREGISTREERD = "nl.spreiding.toezegging.geregistreerd";
    private static final String GEWIJZIGD = "nl.spreiding.toezegging.gewijzigd";
    private static final String INGETROKKEN = "nl.spreiding.toezegging.ingetrokken";
    private static final String UITRUIL = "nl.spreiding.uitruil.vastgelegd";
    private static final String PLAN = "nl.spreiding.provinciaal-plan.ingediend";
    private static final String TEKORT = "nl.spreiding.tekort.vastgesteld";
    private static final String BESLUIT = "nl.spreiding.verdeelbesluit.genomen";
    private static final String AANGEWEZEN = "nl.spreiding.gemeente.aangewezen";
    private static final String GEMELD = "nl.spreiding.realisatie.gemeld";
    private static final String VERSTREKEN = "nl.spreiding.realisatie.termijn-verstreken";
    private static final String INDEPLAATSSTELLING = "nl.spreiding.indeplaatsstelling.gestart";
    private static final String TELREGELS = "nl.spreiding.telregels.vastgesteld";
    private static final String VERREKEND = "nl.spreiding.verrekening.vastgelegd";
    private static final String VERREKENING_BEVESTIGD = "nl.spreiding.verrekening.bevestigd";
    private static final String UITKERINGSRECHT = "nl.spreiding.uitkering.recht-berekend";
    private static final String UITKERING_AANGEVRAAGD = "nl.spreiding.uitkering.aangevraagd";
    private static final String UITKERING_BESLUIT = "nl.spreiding.uitkering.besluit-genomen";
    private static final String OEKRAINE_TELLING = "nl.spreiding.oekraine-telling.vastgelegd";
    private static final String DERDELANDERS_TELLING = "nl.spreiding.derdelanders-telling.vastgelegd";

    /** Types this service derives state from (the deadline calendar), besides passing them on. */
    private static final Set<String> VERWERKT = Set.of(GEOPEND, RAMING, PLAN, BESLUIT, AANGEWEZEN,
            UITKERINGSRECHT, UITKERING_AANGEVRAAGD);
    /** Types this service deliberately only passes on to feeds and webhooks: decided, not forgotten. */
    private static final Set<String> ALLEEN_DOORGESTUURD = Set.of(VASTGESTELD, HERZIEN, GEREGISTREERD, GEWIJZIGD,
            INGETROKKEN, UITRUIL, TEKORT, GEMELD, VERSTREKEN, INDEPLAATSSTELLING, TELREGELS, VERREKEND,
            VERREKENING_BEVESTIGD, UITKERING_BESLUIT, OEKRAINE_TELLING, DERDELANDERS_TELLING);

    /** The story the examples tell, in the order it happens; each step is awaited, as events across topics race. */
    private static final List<String> VERHAAL = List.of(GEOPEND, RAMING, VASTGESTELD, HERZIEN, GEREGISTREERD, GEWIJZIGD,
            INGETROKKEN, TELREGELS, UITRUIL, VERREKEND, VERREKENING_BEVESTIGD, PLAN, TEKORT, BESLUIT, AANGEWEZEN, GEMELD,
            VERSTREKEN, INDEPLAATSSTELLING, UITKERINGSRECHT, UITKERING_AANGEVRAAGD, UITKERING_BESLUIT, OEKRAINE_TELLING,
            DERDELANDERS_TELLING);

    private static final List<String> PROVINCIES = IntStream.rangeClosed(20, 31).mapToObj(n -> "PV" + n).toList();
    private static final Pattern UUID_PATROON = Pattern
            .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A published example, moved to a cycle of this test: its record key and its data. */
    record Voorbeeld(String sleutel, String tekst) {
    }

    /** One published example as it went onto Kafka. */
    record Verzonden(String type, String id, String source, String sleutel, JsonNode data) {
    }

    @Test
    void elkGepubliceerdTypeWordtVerwerktOfBewustAlleenDoorgegevenEnOpZijnTopicGehoord() {
        Set<String> gepubliceerd = new TreeSet<>();
        for (String producent : List.of(Gebeurtenissen.ALLOCATIE_SERVICE, Gebeurtenissen.PLEDGE_SERVICE)) {
            Gebeurteniscatalogus catalogus = Gebeurteniscatalogus.vereist(producent);
            catalogus.gebeurtenissen().forEach(t -> gepubliceerd.add(t.type()));
            // This service listens on the topic the producer writes to.
            String kanaal = producent.equals(Gebeurtenissen.ALLOCATIE_SERVICE) ? "allocation-events" : "pledge-events";
            assertThat(ConfigProvider.getConfig().getValue("mp.messaging.incoming." + kanaal + ".topic", String.class))
                    .as("topic van %s", producent).isEqualTo(catalogus.topic());
        }

        // A new type fails here until someone decides what this service does with it (and where it goes in the story).
        assertThat(VERWERKT).doesNotContainAnyElementsOf(ALLEEN_DOORGESTUURD);
        assertThat(Stream.concat(VERWERKT.stream(), ALLEEN_DOORGESTUURD.stream()).collect(Collectors.toSet()))
                .as("elk gepubliceerd type is verwerkt of bewust alleen doorgestuurd")
                .containsExactlyInAnyOrderElementsOf(gepubliceerd);
        assertThat(VERHAAL).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(gepubliceerd);
    }

    @Test
    void eenZelfgemaakteGebeurtenisDieHetContractBreektWordtVoorVerzendingGeweigerd() {
        assertThatThrownBy(() -> Gebeurtenissen.stuur(Gebeurtenissen.TOEZEGGING, AANGEWEZEN, CYCLUS + "/GM0363", """
                {"cyclus": "%s", "gemeentecode": "GM0363", "aanwijzingId": "a1"}""".formatted(CYCLUS)))
                .isInstanceOfSatisfying(Schemacontrole.ContractbreukException.class,
                        e -> assertThat(e.fouten()).anyMatch(f -> f.contains("aanwijzingId")));
        // Also on the topic its producer publishes it on, not another.
        String geldig = voorbeeld(AANGEWEZEN, CYCLUS, new HashMap<>()).tekst();
        assertThatThrownBy(() -> Gebeurtenissen.stuur(Gebeurtenissen.ALLOCATIE, AANGEWEZEN, CYCLUS + "/GM0363", geldig))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Gebeurtenissen.TOEZEGGING);
    }

    @Test
    void deVoorbeeldenVanDeProducentenVertellenEenVerhaalDatDezeDienstBegrijpt() throws Exception {
        String beheerder = Tokens.beheerder();
        Set<String> alleTypen = new TreeSet<>(VERHAAL);
        try (Ontvanger ontvanger = new Ontvanger()) {
            String abonnement = given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                    .body(Map.of("callbackUrl", ontvanger.url("/contract"), "soorten", List.copyOf(alleTypen),
                            "omschrijving", "producentcontract"))
                    .post("/api/v1/abonnementen").then().statusCode(201).extract().path("abonnement.id");
            try {
                Map<String, String> ids = new HashMap<>();
                Map<String, Verzonden> verzonden = new LinkedHashMap<>();
                for (String type : VERHAAL) {
                    Verzonden v = stuur(type, CYCLUS, ids, data -> { });
                    verzonden.put(type, v);
                    // The notification is made in the transaction that applies the event, so its webhook shows both.
                    wachtOp(List.of(v), () -> !ontvangen(ontvanger, v.id()).isEmpty());
                }

                kalenderKlopt(verzonden);
                feedsKloppen(beheerder, verzonden.values());

                // The subscription that asks for every published type got each example, once and unchanged.
                for (Verzonden v : verzonden.values()) {
                    List<JsonNode> webhooks = ontvangen(ontvanger, v.id());
                    assertThat(webhooks).as("webhooks van %s", v.type()).hasSize(1);
                    cloudEventKlopt(webhooks.get(0), v);
                }
                assertThat(doodgelopen(verzonden.values())).as("op de dead-letter-topics").isEmpty();
            } finally {
                given().auth().oauth2(beheerder).delete("/api/v1/abonnementen/{id}", abonnement).then().statusCode(204);
            }
        }
    }

    @Test
    void voorbeeldenMetVeldenDieDezeDienstNietKentWordenTochBegrepen() {
        // Producers may add fields (docs/gebeurtenissen.md): their schemas admit them, and this service ignores them.
        Map<String, String> ids = new HashMap<>();
        Verzonden geopend = stuur(GEOPEND, CYCLUS_MET_NIEUWE_VELDEN, ids, data -> {
            data.put("toelichting", "Een veld dat een latere versie toevoegt");
            ((ObjectNode) data.path("termijnen")).put("evaluatie", "2098-06-01");
            data.putObject("bron").put("besluitnummer", 42);
        });
        Verzonden aangewezen = stuur(AANGEWEZEN, CYCLUS_MET_NIEUWE_VELDEN, ids,
                data -> data.putArray("voorwaarden").add("Tijdelijke locatie toegestaan"));
        String gemeente = aangewezen.data().path("gemeentecode").asText();

        wachtOp(List.of(geopend, aangewezen), () -> termijnen(CYCLUS_MET_NIEUWE_VELDEN).keySet()
                .containsAll(List.of("RAMING/", "REALISATIE/" + gemeente)));
        Map<String, JsonNode> kalender = termijnen(CYCLUS_MET_NIEUWE_VELDEN);
        JsonNode t = geopend.data().path("termijnen");
        assertThat(kalender).hasSize(3 + PROVINCIES.size() + 1);
        assertThat(kalender.get("RAMING/").path("vervaldatum").asText()).isEqualTo(t.path("raming").asText());
        assertThat(kalender.get("REALISATIE/" + gemeente).path("vervaldatum").asText())
                .isEqualTo(aangewezen.data().path("realisatieUiterlijk").asText());
        assertThat(doodgelopen(List.of(geopend, aangewezen))).as("op de dead-letter-topics").isEmpty();
    }

    /**
     * The calendar holds exactly the deadlines the examples imply, each due when they say and met when they say it was
     * met: the estimate, a plan per province (met by the one that submitted), the decision, the next cycle, and a
     * realisation deadline per designated municipality.
     */
    private static void kalenderKlopt(Map<String, Verzonden> verzonden) {
        JsonNode t = verzonden.get(GEOPEND).data().path("termijnen");
        String indiener = verplicht(verzonden.get(PLAN).data(), "provinciecode");
        JsonNode besluit = verzonden.get(BESLUIT).data();
        JsonNode aanwijzing = verzonden.get(AANGEWEZEN).data();

        Map<String, String> realisatie = new LinkedHashMap<>();
        for (JsonNode a : besluit.path("aanwijzingen")) {
            realisatie.put(verplicht(a, "gemeentecode"), verplicht(besluit, "realisatieUiterlijk"));
        }
        realisatie.put(verplicht(aanwijzing, "gemeentecode"), verplicht(aanwijzing, "realisatieUiterlijk"));

        Map<String, JsonNode> kalender = termijnen(CYCLUS);
        Set<String> verwacht = new TreeSet<>(Set.of("RAMING/", "VERDEELBESLUIT/", "VOLGENDE_CYCLUS/"));
        PROVINCIES.forEach(p -> verwacht.add("PROVINCIAAL_PLAN/" + p));
        realisatie.keySet().forEach(g -> verwacht.add("REALISATIE/" + g));
        JsonNode recht = verzonden.get(UITKERINGSRECHT).data();
        String aanvrager = verplicht(recht, "gemeentecode");
        verwacht.add("UITKERING_AANVRAAG/" + aanvrager);
        assertThat(kalender.keySet()).containsExactlyInAnyOrderElementsOf(verwacht);

        termijn(kalender, "RAMING/", verplicht(t, "raming"), true);
        for (String p : PROVINCIES) {
            termijn(kalender, "PROVINCIAAL_PLAN/" + p, verplicht(t, "provinciaalPlan"), p.equals(indiener));
        }
        termijn(kalender, "VERDEELBESLUIT/", verplicht(t, "verdeelbesluit"), true);
        termijn(kalender, "VOLGENDE_CYCLUS/", verplicht(t, "volgendeCyclus"), false);
        realisatie.forEach((g, datum) -> termijn(kalender, "REALISATIE/" + g, datum, false));
        // The application deadline of the specifieke uitkering, met by the application that follows it in the story.
        termijn(kalender, "UITKERING_AANVRAAG/" + aanvrager, verplicht(recht, "aanvraagUiterlijk"), true);

        // What each organisation sees: its own deadlines and those for everyone.
        assertThat(soorten(CYCLUS, indiener)).containsExactlyInAnyOrder("RAMING", "PROVINCIAAL_PLAN", "VERDEELBESLUIT",
                "VOLGENDE_CYCLUS");
        assertThat(soorten(CYCLUS, verplicht(aanwijzing, "gemeentecode"))).containsExactlyInAnyOrder("RAMING",
                "VERDEELBESLUIT", "REALISATIE", "VOLGENDE_CYCLUS");
    }

    /**
     * Every organisation an example is about finds it in its feed, once and unchanged; an organisation it is not
     * about finds only the examples about the whole cycle.
     */
    private static void feedsKloppen(String beheerder, Collection<Verzonden> verzonden) {
        Map<String, Set<String>> betrokken = new HashMap<>();
        Set<String> organisaties = new TreeSet<>();
        for (Verzonden v : verzonden) {
            betrokken.put(v.id(), betrokken(v.type(), v.data()));
            organisaties.addAll(betrokken.get(v.id()));
        }
        String buitenstaander = PROVINCIES.stream().filter(p -> !organisaties.contains(p)).findFirst().orElseThrow();
        organisaties.add(buitenstaander);

        for (String organisatie : organisaties) {
            Map<String, List<JsonNode>> feed = feed(beheerder, organisatie).stream()
                    .collect(Collectors.groupingBy(ce -> ce.path("id").asText()));
            for (Verzonden v : verzonden) {
                Set<String> wie = betrokken.get(v.id());
                List<JsonNode> gevonden = feed.getOrDefault(v.id(), List.of());
                if (wie.isEmpty() || wie.contains(organisatie)) {
                    assertThat(gevonden).as("%s in de feed van %s", v.type(), organisatie).hasSize(1);
                    cloudEventKlopt(gevonden.get(0), v);
                } else {
                    assertThat(gevonden).as("%s in de feed van %s", v.type(), organisatie).isEmpty();
                }
            }
        }
    }

    /** The organisations an example is about, by the fields its producer documents; empty: the whole cycle. */
    private static Set<String> betrokken(String type, JsonNode data) {
        Set<String> codes = new TreeSet<>();
        switch (type) {
            case GEOPEND, RAMING, VASTGESTELD, HERZIEN, BESLUIT, TELREGELS -> {
                // about the cycle, the whole distribution or the decision on it: everyone
            }
            case PLAN -> {
                codes.add(verplicht(data, "provinciecode"));
                data.path("gemeentenOnderOpgave").forEach(g -> codes.add(g.asText()));
            }
            case TEKORT -> codes.add(verplicht(data, "provinciecode"));
            case UITRUIL -> {
                codes.add(verplicht(data, "provinciecode"));
                if (data.path("gemeentecode").isTextual()) {
                    codes.add(data.path("gemeentecode").asText());
                }
            }
            case VERREKEND, VERREKENING_BEVESTIGD -> {
                codes.add(verplicht(data, "vanProvinciecode"));
                codes.add(verplicht(data, "vanGemeentecode"));
                codes.add(verplicht(data, "naarProvinciecode"));
                codes.add(verplicht(data, "naarGemeentecode"));
            }
            case GEREGISTREERD, GEWIJZIGD, INGETROKKEN, AANGEWEZEN, GEMELD, VERSTREKEN, INDEPLAATSSTELLING,
                    UITKERINGSRECHT, UITKERING_AANGEVRAAGD, UITKERING_BESLUIT, OEKRAINE_TELLING, DERDELANDERS_TELLING -> {
                codes.add(verplicht(data, "provinciecode"));
                codes.add(verplicht(data, "gemeentecode"));
            }
            default -> throw new AssertionError("Niet bepaald wie " + type + " aangaat");
        }
        return codes;
    }

    /** Sends the published example of {@code type}, moved to {@code cyclus}, as its producer would. */
    private static Verzonden stuur(String type, String cyclus, Map<String, String> ids,
            Consumer<ObjectNode> aanvulling) {
        Voorbeeld voorbeeld = voorbeeld(type, cyclus, ids);
        ObjectNode data = (ObjectNode) lees(voorbeeld.tekst());
        aanvulling.accept(data);
        String tekst = data.toString();
        Gebeurteniscatalogus catalogus = Gebeurtenissen.producentVan(type).catalogus();
        // Gebeurtenissen.stuur checks the rewritten event against the schema again before it goes out.
        String id = Gebeurtenissen.stuur(catalogus.topic(), type, voorbeeld.sleutel(), tekst);
        return new Verzonden(type, id, catalogus.source(), voorbeeld.sleutel(), lees(tekst));
    }

    /**
     * The published example of {@code type} and its key, with the example's cycle replaced by {@code cyclus} and every
     * uuid by a fresh one (the same fresh one wherever the story repeats it, via {@code ids}), so that other tests
     * and other runs of the story do not meet.
     */
    private static Voorbeeld voorbeeld(String type, String cyclus, Map<String, String> ids) {
        Gebeurteniscatalogus catalogus = Gebeurtenissen.producentVan(type).catalogus();
        Gebeurteniscatalogus.Gebeurtenistype gebeurtenis = catalogus.type(type).orElseThrow();
        if (!gebeurtenis.sleutel().startsWith("{cyclus}")) {
            // A count of Ukrainian reception or derdelanders belongs to no cycle: its key is the municipality, and
            // fresh ids keep it apart from other runs.
            assertThat(gebeurtenis.sleutel()).as("sleutel van %s", type).isEqualTo("{gemeentecode}");
            String tekst = UUID_PATROON.matcher(catalogus.voorbeeld(gebeurtenis))
                    .replaceAll(m -> ids.computeIfAbsent(m.group(), u -> UUID.randomUUID().toString()));
            assertThat(lees(tekst).has("cyclus")).as("cyclus in het voorbeeld van %s", type).isFalse();
            return new Voorbeeld(gebeurtenis.voorbeeldSleutel(), tekst);
        }
        String voorbeeldcyclus = gebeurtenis.voorbeeldSleutel().split("/")[0];
        String tekst = catalogus.voorbeeld(gebeurtenis).replace('"' + voorbeeldcyclus + '"', '"' + cyclus + '"');
        tekst = UUID_PATROON.matcher(tekst)
                .replaceAll(m -> ids.computeIfAbsent(m.group(), u -> UUID.randomUUID().toString()));
        assertThat(lees(tekst).path("cyclus").asText()).as("cyclus van het voorbeeld van %s", type).isEqualTo(cyclus);
        return new Voorbeeld(cyclus + gebeurtenis.voorbeeldSleutel().substring(voorbeeldcyclus.length()), tekst);
    }

    /** Waits until the service shows it processed the events; says so if they went to a dead-letter topic instead. */
    private static void wachtOp(List<Verzonden> verzonden, Callable<Boolean> verwerkt) {
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(verwerkt);
        } catch (ConditionTimeoutException e) {
            List<String> redenen = doodgelopen(verzonden);
            throw new AssertionError(verzonden.stream().map(Verzonden::type).toList() + " niet verwerkt"
                    + (redenen.isEmpty() ? "" : ", maar op een dead-letter-topic gezet: " + redenen), e);
        }
    }

    private static void cloudEventKlopt(JsonNode ce, Verzonden v) {
        assertThat(ce.path("type").asText()).isEqualTo(v.type());
        assertThat(ce.path("source").asText()).isEqualTo(v.source());
        assertThat(ce.path("subject").asText()).isEqualTo(v.sleutel());
        assertThat(ce.path("data")).as("data van %s", v.type()).isEqualTo(v.data());
    }

    private static void termijn(Map<String, JsonNode> kalender, String sleutel, String vervaldatum, boolean afgerond) {
        assertThat(kalender.get(sleutel).path("vervaldatum").asText()).as("vervaldatum %s", sleutel)
                .isEqualTo(vervaldatum);
        assertThat(kalender.get(sleutel).path("afgerond").asBoolean()).as("afgerond %s", sleutel).isEqualTo(afgerond);
    }

    /** The deadlines of a cycle by soort/organisatie (organisatie empty when the deadline is everyone's). */
    private static Map<String, JsonNode> termijnen(String cyclus) {
        JsonNode pagina = lees(given().queryParam("cyclus", cyclus).queryParam("paginaGrootte", 100)
                .get("/api/v1/termijnen").then().statusCode(200).extract().asString());
        Map<String, JsonNode> termijnen = new LinkedHashMap<>();
        for (JsonNode t : pagina.path("resultaten")) {
            String sleutel = t.path("soort").asText() + "/" + t.path("organisatie").asText("");
            if (termijnen.put(sleutel, t) != null) {
                throw new AssertionError("Termijn " + sleutel + " van " + cyclus + " staat dubbel in de kalender");
            }
        }
        return termijnen;
    }

    private static List<String> soorten(String cyclus, String organisatie) {
        return given().queryParam("cyclus", cyclus).queryParam("organisatie", organisatie).get("/api/v1/termijnen")
                .then().statusCode(200).extract().jsonPath().getList("resultaten.soort", String.class);
    }

    /** Every CloudEvent in an organisation's feed, paged with its cursor. */
    private static List<JsonNode> feed(String token, String organisatie) {
        List<JsonNode> cloudevents = new ArrayList<>();
        long na = 0;
        while (true) {
            JsonNode pagina = lees(given().auth().oauth2(token).queryParam("na", na).queryParam("limiet", 500)
                    .get("/api/v1/organisaties/{code}/notificaties", organisatie).then().statusCode(200).extract()
                    .asString());
            if (pagina.path("resultaten").isEmpty()) {
                return cloudevents;
            }
            pagina.path("resultaten").forEach(n -> cloudevents.add(n.path("cloudevent")));
            na = pagina.path("volgendeNa").asLong();
        }
    }

    /** The CloudEvents with this id that reached the receiver. */
    private static List<JsonNode> ontvangen(Ontvanger ontvanger, String id) {
        return ontvanger.verzoeken().stream().map(v -> lees(v.body())).filter(ce -> id.equals(ce.path("id").asText()))
                .toList();
    }

    /** Why any of these events went to a dead-letter topic of this service's incoming channels (none: empty). */
    private static List<String> doodgelopen(Collection<Verzonden> verzonden) {
        Set<String> ids = verzonden.stream().map(Verzonden::id).collect(Collectors.toSet());
        List<String> redenen = new ArrayList<>();
        for (String kanaal : List.of("allocation-events", "pledge-events")) {
            String topic = ConfigProvider.getConfig()
                    .getValue("mp.messaging.incoming." + kanaal + ".dead-letter-queue.topic", String.class);
            for (ConsumerRecord<String, byte[]> r : TopicProbe.ofTestBroker().readToEnd(topic)) {
                Map<String, String> headers = TopicProbe.headers(r);
                if (ids.contains(headers.get("ce_id"))) {
                    redenen.add(headers.get("ce_type") + ": " + headers.get("dead-letter-reason"));
                }
            }
        }
        return redenen;
    }

    private static String verplicht(JsonNode node, String veld) {
        JsonNode waarde = node.path(veld);
        if (!waarde.isTextual()) {
            throw new AssertionError("Het voorbeeld mist tekstveld " + veld + ": " + node);
        }
        return waarde.asText();
    }

    private static JsonNode lees(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Geen JSON: " + json, e);
        }
    }
}
