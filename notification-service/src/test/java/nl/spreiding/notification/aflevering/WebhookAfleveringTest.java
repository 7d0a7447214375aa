package nl.spreiding.notification.aflevering;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.spreiding.testsupport.TopicProbe;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.notification.config.NotificatieConfig;
import nl.spreiding.notification.gebeurtenissen.Gebeurtenistypen;
import nl.spreiding.notification.notificatie.NotificatieService;
import nl.spreiding.notification.support.Gebeurtenissen;
import nl.spreiding.notification.support.Ontvanger;
import nl.spreiding.notification.support.Ontvanger.Antwoord;
import nl.spreiding.notification.support.VerstelbareKlok;

/**
 * Subscriptions and webhook delivery against a real HTTP receiver, real Kafka and real PostgreSQL. Each test
 * subscribes as the municipality it is about, which then manages its own subscription.
 */
@QuarkusTest
class WebhookAfleveringTest {

    private static final String PLAN = "nl.spreiding.provinciaal-plan.ingediend";
    private static final String AANGEWEZEN = "nl.spreiding.gemeente.aangewezen";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;
    @Inject
    VerstelbareKlok klok;
    @Inject
    NotificatieService notificaties;
    @Inject
    NotificatieConfig.Webhooks config;

    private Ontvanger ontvanger;

    @BeforeEach
    void start() throws Exception {
        ontvanger = new Ontvanger();
    }

    @AfterEach
    void stop() {
        ontvanger.close();
    }

    @Test
    void eenOndertekendeCloudEventKomtPerWebhookIdEenKeerAanNadatDeOntvangerHerstelt() throws Exception {
        String gemeente = Gebeurtenissen.gemeente();
        String token = Tokens.gemeente(gemeente);
        var abonnement = abonneer(token, ontvanger.url("/hook"), List.of(AANGEWEZEN), List.of(gemeente));
        Webhook webhook = new Webhook(abonnement.getString("geheim"));

        // The verification delivery at creation was signed too.
        assertThat(ontvanger.van("nl.spreiding.abonnement.verificatie")).singleElement()
                .satisfies(v -> webhook.verify(v.body(), v.httpHeaders()));

        ontvanger.antwoord(Antwoord.van(500), Antwoord.van(500));
        String cyclus = Gebeurtenissen.cyclus();
        String eventId = Gebeurtenissen.stuur(Gebeurtenissen.TOEZEGGING, AANGEWEZEN, cyclus + "/" + gemeente,
                aanwijzing(cyclus, gemeente));

        await().atMost(Duration.ofSeconds(30)).until(() -> ontvanger.van(AANGEWEZEN).size() == 3);
        List<Ontvanger.Verzoek> pogingen = ontvanger.van(AANGEWEZEN);
        for (Ontvanger.Verzoek v : pogingen) {
            webhook.verify(v.body(), v.httpHeaders());
            assertThat(v.header("Content-Type")).startsWith("application/cloudevents+json");
        }
        // What a receiver that deduplicates on webhook-id keeps: exactly one notification.
        Map<String, List<Ontvanger.Verzoek>> perId = pogingen.stream()
                .collect(Collectors.groupingBy(v -> v.header("webhook-id")));
        assertThat(perId).hasSize(1);
        assertThat(pogingen).extracting(Ontvanger.Verzoek::body).containsOnly(pogingen.get(0).body());

        JsonNode ce = JSON.readTree(pogingen.get(0).body());
        assertThat(ce.path("specversion").asText()).isEqualTo("1.0");
        assertThat(ce.path("id").asText()).isEqualTo(eventId);
        assertThat(ce.path("source").asText()).isEqualTo("urn:nld:spreiding:pledge-service");
        assertThat(ce.path("type").asText()).isEqualTo(AANGEWEZEN);
        assertThat(ce.path("subject").asText()).isEqualTo(cyclus + "/" + gemeente);
        assertThat(ce.path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(Instant.parse(ce.path("time").asText())).isNotNull();
        assertThat(ce.path("data").path("gemeentecode").asText()).isEqualTo(gemeente);

        String id = abonnement.getString("abonnement.id");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> als(token).get("/api/v1/abonnementen/{id}/afleveringen", id)
                .then().statusCode(200).body("totaal", equalTo(1)).body("resultaten[0].status", equalTo("AFGELEVERD"))
                .body("resultaten[0].webhookId", equalTo(pogingen.get(0).header("webhook-id"))));
        als(token).get("/api/v1/abonnementen/{id}/pogingen", id).then().statusCode(200)
                .body("resultaten.statuscode", equalTo(List.of(200, 500, 500)))
                .body("resultaten.poging", equalTo(List.of(3, 2, 1)));

        // The feed of the municipality carries the same notification once.
        als(token).queryParam("limiet", 500).get("/api/v1/organisaties/{code}/notificaties", gemeente).then().statusCode(200)
                .body("resultaten.findAll { it.cloudevent.id == '" + eventId + "' }.size()", equalTo(1));
    }

    @Test
    void eenRetryAfterWordtGerespecteerd() {
        String gemeente = Gebeurtenissen.gemeente();
        String token = Tokens.gemeente(gemeente);
        var abonnement = abonneer(token, ontvanger.url("/later"), List.of(AANGEWEZEN), List.of(gemeente));
        String id = abonnement.getString("abonnement.id");
        ontvanger.antwoord(new Antwoord(503, Map.of("Retry-After", "3600")));
        Instant voor = klok.instant();
        stuurAanwijzing(gemeente);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> als(token)
                .get("/api/v1/abonnementen/{id}/afleveringen", id).then().body("resultaten[0].laatsteStatus", equalTo(503)));
        JsonPath aflevering = als(token).get("/api/v1/abonnementen/{id}/afleveringen", id).then().extract().jsonPath();
        assertThat(aflevering.getString("resultaten[0].status")).isEqualTo("TE_VERZENDEN");
        // Not the test's 100 ms backoff but the hour the receiver asked for, counted from the attempt.
        Instant poging = Instant.parse(als(token).get("/api/v1/abonnementen/{id}/pogingen", id).then().extract()
                .path("resultaten[0].tijdstip"));
        assertThat(Instant.parse(aflevering.getString("resultaten[0].volgendePogingOp")))
                .isBetween(poging.plus(Duration.ofMinutes(59)), poging.plus(Duration.ofMinutes(61)));
        assertThat(poging).isAfterOrEqualTo(voor.minusSeconds(1));
        assertThat(ontvanger.van(AANGEWEZEN)).hasSize(1);

        klok.verzet(Duration.ofMinutes(61));
        await().atMost(Duration.ofSeconds(30)).until(() -> ontvanger.van(AANGEWEZEN).size() == 2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> als(token)
                .get("/api/v1/abonnementen/{id}/afleveringen", id).then().body("resultaten[0].status", equalTo("AFGELEVERD")));
    }

    @Test
    void goneSchakeltHetAbonnementUitEnBewaartZijnAfleveringen() {
        String gemeente = Gebeurtenissen.gemeente();
        String token = Tokens.gemeente(gemeente);
        String id = abonneer(token, ontvanger.url("/weg"), List.of(AANGEWEZEN), List.of(gemeente)).getString("abonnement.id");
        ontvanger.antwoord(Antwoord.van(410));
        stuurAanwijzing(gemeente);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> als(token).get("/api/v1/abonnementen/{id}", id).then()
                .body("status", equalTo("UITGESCHAKELD")).body("uitgeschakeldReden", startsWith("De ontvanger antwoordde 410")));
        als(token).get("/api/v1/abonnementen/{id}/afleveringen", id).then()
                .body("resultaten[0].status", equalTo("TE_VERZENDEN")).body("resultaten[0].laatsteStatus", equalTo(410));

        // Re-activated (after a new verification) the kept delivery arrives.
        als(token).post("/api/v1/abonnementen/{id}/activeringen", id).then().statusCode(200).body("status", equalTo("ACTIEF"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> als(token)
                .get("/api/v1/abonnementen/{id}/afleveringen", id).then().body("resultaten[0].status", equalTo("AFGELEVERD")));
        assertThat(ontvanger.van(AANGEWEZEN)).hasSize(2);
    }

    @Test
    void eenAbonnementZonderGeslaagdeAfleveringSindsLangerDanDisableAfterWordtBijEenUitgeputteAfleveringUitgeschakeld() {
        Falend f = falendAbonnement("/faalt");
        String token = f.token(), id = f.id();

        // disable-after later the same delivery fails its remaining attempts (test config: 4) and is exhausted.
        ontvanger.antwoord(Antwoord.van(500), Antwoord.van(500), Antwoord.van(503));
        klok.verzet(config.disableAfter().plusMinutes(1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> als(token).get("/api/v1/abonnementen/{id}", id).then()
                .statusCode(200).body("status", equalTo("UITGESCHAKELD"))
                .body("uitgeschakeldReden", startsWith("Automatisch uitgeschakeld: sinds "))
                .body("uitgeschakeldReden", org.hamcrest.Matchers.containsString("5 dagen of langer"))
                .body("uitgeschakeldReden", org.hamcrest.Matchers.endsWith("kreeg HTTP 503.")));
        als(token).get("/api/v1/abonnementen/{id}/afleveringen", id).then()
                .body("resultaten[0].status", equalTo("UITGEPUT")).body("resultaten[0].pogingen", equalTo(4));
    }

    @Test
    void eenGeslaagdeAfleveringBinnenDisableAfterHoudtHetAbonnementActiefAlsEenAfleveringUitgeput() {
        Falend f = falendAbonnement("/hersteld");
        String gemeente = f.gemeente(), token = f.token(), id = f.id();
        // disable-after later the receiver is back: the second attempt succeeds.
        klok.verzet(config.disableAfter().plusMinutes(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> als(token)
                .get("/api/v1/abonnementen/{id}/afleveringen", id).then().body("resultaten[0].status", equalTo("AFGELEVERD")));

        // A new delivery exhausts: the failures since that success are seconds old, not disable-after.
        ontvanger.antwoord(Antwoord.van(500), Antwoord.van(500), Antwoord.van(500), Antwoord.van(500));
        stuurAanwijzing(gemeente);
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> als(token).queryParam("status", "UITGEPUT")
                .get("/api/v1/abonnementen/{id}/afleveringen", id).then().body("totaal", equalTo(1)));
        als(token).get("/api/v1/abonnementen/{id}", id).then().body("status", equalTo("ACTIEF"))
                .body("uitgeschakeldReden", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void eenWegensFalenUitgeschakeldAbonnementLevertNaActiveringZijnBewaardeAfleveringenAf() {
        Falend f = falendAbonnement("/terug");
        String gemeente = f.gemeente(), token = f.token(), id = f.id();
        // A second delivery that waits for its next attempt until an hour after the subscription is switched off.
        Instant volgendePoging = klok.instant().plus(config.disableAfter()).plus(Duration.ofHours(1));
        UUID bewaard = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            notificaties.publiceer(bewaard, "urn:nld:spreiding:pledge-service", bewaard.toString(), AANGEWEZEN,
                    "2024-2026/" + gemeente, Instant.now(), List.of(gemeente),
                    Gebeurtenissen.data(AANGEWEZEN, aanwijzing("2024-2026", gemeente)));
            em.createNativeQuery("update aflevering set volgende_poging_op = :op where notificatie_id = :n")
                    .setParameter("op", volgendePoging).setParameter("n", bewaard).executeUpdate();
        });
        ontvanger.antwoord(Antwoord.van(500), Antwoord.van(500), Antwoord.van(500));
        klok.verzet(config.disableAfter().plusMinutes(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> als(token).get("/api/v1/abonnementen/{id}", id).then()
                .body("status", equalTo("UITGESCHAKELD")));
        als(token).queryParam("status", "TE_VERZENDEN").get("/api/v1/abonnementen/{id}/afleveringen", id).then()
                .body("totaal", equalTo(1)).body("resultaten[0].pogingen", equalTo(0));

        // The receiver is fixed; its owner switches the subscription on again, and the kept delivery goes out.
        als(token).post("/api/v1/abonnementen/{id}/activeringen", id).then().statusCode(200)
                .body("status", equalTo("ACTIEF")).body("uitgeschakeldReden", org.hamcrest.Matchers.nullValue());
        klok.verzet(Duration.ofHours(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> als(token).queryParam("status", "AFGELEVERD")
                .get("/api/v1/abonnementen/{id}/afleveringen", id).then().body("totaal", equalTo(1)));
        assertThat(ontvanger.van(AANGEWEZEN)).filteredOn(v -> v.body().contains(bewaard.toString())).hasSize(1);
    }

    @Test
    void uitgeputteAfleveringenZijnZichtbaarWordenAangekondigdEnZijnMetDeHandOpnieuwAfTeLeveren() {
        String gemeente = Gebeurtenissen.gemeente();
        String token = Tokens.gemeente(gemeente);
        String id = abonneer(token, ontvanger.url("/kapot"), List.of(AANGEWEZEN), List.of(gemeente)).getString("abonnement.id");
        ontvanger.antwoord(Antwoord.van(500), Antwoord.van(502), Antwoord.van(503), Antwoord.van(500));
        stuurAanwijzing(gemeente);

        // Test config: 4 attempts.
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> als(token)
                .queryParam("status", "UITGEPUT").get("/api/v1/abonnementen/{id}/afleveringen", id).then()
                .body("totaal", equalTo(1)).body("resultaten[0].pogingen", equalTo(4))
                .body("resultaten[0].laatsteStatus", equalTo(500)));
        String afleveringId = als(token).queryParam("status", "UITGEPUT").get("/api/v1/abonnementen/{id}/afleveringen", id)
                .then().extract().path("resultaten[0].id");

        List<ConsumerRecord<String, byte[]>> uitgeput = TopicProbe.ofTestBroker().readUntil(Gebeurtenistypen.TOPIC,
                rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, byte[]> event = uitgeput.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        assertThat(new String(event.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo(Gebeurtenistypen.AFLEVERING_UITGEPUT);
        assertThat(new String(event.value(), StandardCharsets.UTF_8)).contains("\"pogingen\":4").contains(id);

        als(token).post("/api/v1/abonnementen/{id}/afleveringen/{a}/herbezorgingen", id, afleveringId).then()
                .statusCode(202).body("status", equalTo("TE_VERZENDEN"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> als(token)
                .get("/api/v1/abonnementen/{id}/afleveringen", id).then().body("resultaten[0].status", equalTo("AFGELEVERD")));
        assertThat(ontvanger.van(AANGEWEZEN)).hasSize(5)
                .extracting(v -> v.header("webhook-id")).containsOnly("msg_" + afleveringId);
        // Redelivering one that is still being delivered is a conflict; an unknown one is not found.
        als(token).post("/api/v1/abonnementen/{id}/afleveringen/{a}/herbezorgingen", id, UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void eenAfleveringVanEenVastgelopenReplicaWordtNaAfloopVanDeClaimAfgeleverd() {
        String gemeente = Gebeurtenissen.gemeente();
        String token = Tokens.gemeente(gemeente);
        String id = abonneer(token, ontvanger.url("/crash"), List.of(AANGEWEZEN), List.of(gemeente)).getString("abonnement.id");

        // One transaction leaves the database as a replica that claimed the delivery and then died would.
        QuarkusTransaction.requiringNew().run(() -> {
            UUID notificatie = UUID.randomUUID();
            notificaties.publiceer(notificatie, "urn:nld:spreiding:pledge-service", notificatie.toString(), AANGEWEZEN,
                    "2024-2026/" + gemeente, Instant.now(), List.of(gemeente),
                    Gebeurtenissen.data(AANGEWEZEN, aanwijzing("2024-2026", gemeente)));
            em.createNativeQuery("""
                    update aflevering set geclaimd_door = :dood, geclaimd_tot = :tot
                     where notificatie_id = :n""")
                    .setParameter("dood", UUID.randomUUID()).setParameter("tot", klok.instant().plus(Duration.ofMinutes(2)))
                    .setParameter("n", notificatie).executeUpdate();
        });
        als(token).get("/api/v1/abonnementen/{id}/afleveringen", id).then()
                .body("resultaten[0].status", equalTo("TE_VERZENDEN"));

        klok.verzet(Duration.ofMinutes(3));
        await().atMost(Duration.ofSeconds(30)).until(() -> ontvanger.van(AANGEWEZEN).size() == 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> als(token)
                .get("/api/v1/abonnementen/{id}/afleveringen", id).then().body("resultaten[0].status", equalTo("AFGELEVERD")));
    }

    @Test
    void tijdensEenGeheimrotatieDraagtElkeAfleveringBeideHandtekeningen() throws Exception {
        String gemeente = Gebeurtenissen.gemeente();
        String token = Tokens.gemeente(gemeente);
        var abonnement = abonneer(token, ontvanger.url("/rotatie"), List.of(AANGEWEZEN), List.of(gemeente));
        String id = abonnement.getString("abonnement.id");
        String oud = abonnement.getString("geheim");
        String nieuw = als(token).post("/api/v1/abonnementen/{id}/geheim-rotaties", id).then().statusCode(200)
                .body("geheim", startsWith("whsec_")).extract().path("geheim");
        assertThat(nieuw).isNotEqualTo(oud);

        stuurAanwijzing(gemeente);
        await().atMost(Duration.ofSeconds(30)).until(() -> ontvanger.van(AANGEWEZEN).size() == 1);
        Ontvanger.Verzoek verzoek = ontvanger.van(AANGEWEZEN).get(0);
        assertThat(verzoek.header("webhook-signature").split(" ")).hasSize(2);
        new Webhook(oud).verify(verzoek.body(), verzoek.httpHeaders());
        new Webhook(nieuw).verify(verzoek.body(), verzoek.httpHeaders());

        als(token).delete("/api/v1/abonnementen/{id}", id).then().statusCode(204);
        als(token).get("/api/v1/abonnementen/{id}", id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void callbacksHetNetwerkInEnOnbevestigdeCallbacksWordenGeweigerd() {
        String token = Tokens.provincie("PV27");
        for (String url : List.of("http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/",
                "http://192.168.1.1/", "http://0.0.0.0:8080/", "ftp://example.org/")) {
            als(token).contentType(ContentType.JSON).body(Map.of("callbackUrl", url)).post("/api/v1/abonnementen").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("callbackUrl"));
        }
        als(token).contentType(ContentType.JSON).body(Map.of("callbackUrl", "https://example.org/x",
                "organisaties", List.of("XX1"), "soorten", List.of("Geen Type"))).post("/api/v1/abonnementen").then()
                .statusCode(400).body("invalidParams.size()", equalTo(2));

        ontvanger.antwoord(Antwoord.van(404));
        long voor = aantalAbonnementen();
        als(token).contentType(ContentType.JSON).body(Map.of("callbackUrl", ontvanger.url("/bestaat-niet")))
                .post("/api/v1/abonnementen").then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("De callback-URL gaf binnen 3 s geen 2xx-antwoord."));
        assertThat(aantalAbonnementen()).isEqualTo(voor);
    }

    @Test
    void deFeedVanEenOrganisatieBladertVanafEenCursor() {
        String gemeente = Gebeurtenissen.gemeente();
        String token = Tokens.gemeente(gemeente);
        String cyclus = Gebeurtenissen.cyclus();
        for (int i = 0; i < 3; i++) {
            Gebeurtenissen.stuur(Gebeurtenissen.TOEZEGGING, "nl.spreiding.realisatie.gemeld", cyclus + "/" + gemeente, """
                    {"cyclus": "%s", "realisatieId": "%s", "gemeentecode": "%s", "provinciecode": "PV21", "locatie": "L%d",
                     "doelgroep": "ASIEL", "aantalGerealiseerd": %d, "duurzaam": true, "gemeldOp": "2025-03-01T09:00:00Z",
                     "aanwijzingId": null, "toezeggingId": null, "door": "asielopvang@gemeente.example"}"""
                    .formatted(cyclus, Gebeurtenissen.uuid(), gemeente, i, i + 1));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> als(token).queryParam("limiet", 500)
                .get("/api/v1/organisaties/{code}/notificaties", gemeente).then().extract().jsonPath()
                .getList("resultaten.findAll { it.cloudevent.subject == '" + cyclus + "/" + gemeente + "' }").size() == 3);

        long na = 0;
        Set<Integer> gezien = new java.util.TreeSet<>();
        java.util.List<Long> volgnummers = new java.util.ArrayList<>();
        for (int pagina = 0; pagina < 1000; pagina++) {
            JsonPath feed = als(token).queryParam("na", na).queryParam("limiet", 2)
                    .get("/api/v1/organisaties/{code}/notificaties", gemeente).then().statusCode(200).extract().jsonPath();
            List<Long> nummers = feed.getList("resultaten.volgnummer", Long.class);
            if (nummers.isEmpty()) {
                assertThat(feed.getLong("volgendeNa")).isEqualTo(na);
                break;
            }
            volgnummers.addAll(nummers);
            feed.getList("resultaten.cloudevent.data.aantalGerealiseerd", Integer.class).stream()
                    .filter(java.util.Objects::nonNull).forEach(gezien::add);
            na = feed.getLong("volgendeNa");
        }
        assertThat(volgnummers).isSorted().doesNotHaveDuplicates();
        assertThat(gezien).contains(1, 2, 3);
        als(token).queryParam("limiet", 501).get("/api/v1/organisaties/{code}/notificaties", gemeente).then().statusCode(400);
    }

    /** A request with the bearer token of the organisation the test acts for. */
    private static RequestSpecification als(String token) {
        return given().auth().oauth2(token);
    }

    /** A subscription of a new municipality ({@code token} its own) whose first delivery has failed once. */
    private record Falend(String gemeente, String token, String id) {
    }

    /**
     * Subscribes a new municipality and sends it a designation whose first attempt fails (503, next attempt in an
     * hour, so that no other attempt comes before the test moves the clock); returns once that attempt is logged.
     */
    private Falend falendAbonnement(String pad) {
        String gemeente = Gebeurtenissen.gemeente();
        String token = Tokens.gemeente(gemeente);
        String id = abonneer(token, ontvanger.url(pad), List.of(AANGEWEZEN), List.of(gemeente)).getString("abonnement.id");
        ontvanger.antwoord(new Antwoord(503, Map.of("Retry-After", "3600")));
        stuurAanwijzing(gemeente);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> als(token).get("/api/v1/abonnementen/{id}/pogingen", id)
                .then().body("totaal", equalTo(1)).body("resultaten[0].statuscode", equalTo(503)));
        return new Falend(gemeente, token, id);
    }

    private void stuurAanwijzing(String gemeente) {
        String cyclus = Gebeurtenissen.cyclus();
        Gebeurtenissen.stuur(Gebeurtenissen.TOEZEGGING, AANGEWEZEN, cyclus + "/" + gemeente, aanwijzing(cyclus, gemeente));
    }

    /** The data of a designation as pledge-service writes it (checked against its schema when sent). */
    private static String aanwijzing(String cyclus, String gemeente) {
        return """
                {"cyclus": "%s", "aanwijzingId": "%s", "besluitId": "%s", "gemeentecode": "%s", "provinciecode": "PV21",
                 "aantalPlaatsen": 30, "aantalAmv": 2, "realisatieUiterlijk": "2099-07-01"}"""
                .formatted(cyclus, Gebeurtenissen.uuid(), Gebeurtenissen.uuid(), gemeente);
    }

    private static JsonPath abonneer(String token, String url, List<String> soorten, List<String> organisaties) {
        return als(token).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", url, "soorten", soorten, "organisaties", organisaties))
                .post("/api/v1/abonnementen").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/abonnementen/"))
                .body("geheim", startsWith("whsec_")).body("abonnement.status", equalTo("ACTIEF"))
                .extract().jsonPath();
    }

    private long aantalAbonnementen() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from abonnement").getSingleResult()).longValue());
    }
}
