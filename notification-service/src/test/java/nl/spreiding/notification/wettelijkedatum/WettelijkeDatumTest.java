package nl.spreiding.notification.wettelijkedatum;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.notification.gebeurtenissen.Gebeurtenistypen;
import nl.spreiding.notification.herinnering.HerinneringPlanner;
import nl.spreiding.notification.support.Ontvanger;
import nl.spreiding.notification.support.VerstelbareKlok;
import nl.spreiding.notification.termijn.Organisaties;
import nl.spreiding.testsupport.TopicProbe;

@QuarkusTest
class WettelijkeDatumTest {

    private static final String LIJST = "/api/v1/wettelijke-datums";
    private static final String RTB_2025 = "9170a1d5-354b-594a-9e33-6be46e23b5fb";
    private static final String RTB_2026 = "923640f1-3dc0-57dc-a747-07c2fee5a2e8";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    HerinneringPlanner planner;
    @Inject
    VerstelbareKlok klok;
    @Inject
    Organisaties organisaties;

    @Test
    void deDatumsVanDeLedenbriefStaanErMetDeLetterlijkeZinUitDeBrief() {
        JsonPath d = datum("DERDELANDERS_BESCHERMING_EINDE");
        assertThat(d.getString("datum")).isEqualTo("2024-03-04");
        assertThat(d.getList("doelgroepen", String.class)).containsExactly("GEMEENTEN");
        assertThat(d.getString("brontekst")).contains("van rechtswege eindigt op 4 maart 2024");
        assertThat(d.getString("bron")).contains("Lbr. 24/003");
        JsonPath coa = datum("COA_INSCHRIJVING_DERDELANDERS");
        assertThat(coa.getString("datum")).isEqualTo("2024-03-05");
        assertThat(coa.getList("doelgroepen", String.class)).containsExactly("COA", "GEMEENTEN");
        assertThat(coa.getString("brontekst")).contains("per 5 maart administratief ingeschreven bij het COA");
    }

    @Test
    void deVertrektermijnIsVierMaartPlusAchtentwintigDagenEnZegtHoe() {
        JsonPath d = datum("DERDELANDERS_VERTREKTERMIJN");
        assertThat(LocalDate.parse(d.getString("datum"))).isEqualTo(LocalDate.of(2024, 3, 4).plusDays(28))
                .isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(d.getString("brontekst")).contains("binnen 28 dagen Nederland verlaten");
        assertThat(d.getString("toelichting")).contains("4 maart 2024", "+ 28 dagen = 1 april 2024");
    }

    @Test
    void deVerlengingVanDeTijdelijkeBeschermingVervangtHetEindeVanMaart2025ZonderHetTeWijzigen() {
        JsonPath oud = given().get(LIJST + "/" + RTB_2025).then().statusCode(200).extract().jsonPath();
        assertThat(oud.getString("datum")).isEqualTo("2025-03-04");
        assertThat(oud.getString("status")).isEqualTo("VERVANGEN");
        assertThat(oud.getString("vervangenDoor")).isEqualTo(RTB_2026);
        assertThat(oud.getString("brontekst")).contains("tot maart 2025", "until 4 March 2025");
        JsonPath nieuw = given().get(LIJST + "/" + RTB_2026).then().statusCode(200).extract().jsonPath();
        assertThat(nieuw.getString("datum")).isEqualTo("2026-03-04");
        assertThat(nieuw.getString("status")).isEqualTo("GELDEND");
        assertThat(nieuw.getString("vervangt")).isEqualTo(RTB_2025);
        // Only the one in force, when asked.
        assertThat(given().queryParam("geldend", true).queryParam("paginaGrootte", 100).get(LIJST).then().statusCode(200)
                .extract().jsonPath().getList("resultaten.id", String.class)).contains(RTB_2026).doesNotContain(RTB_2025);
    }

    @Test
    void deAgendaVanDeWettelijkeDatumsToontEenVervangenDatumAlsGeannuleerd() {
        String ics = given().accept("text/calendar").queryParam("doelgroep", "REGIONALE_OPENBARE_LICHAMEN").get(LIJST)
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();
        String ontvouwen = ics.replace("\r\n ", "");
        assertThat(ontvouwen).contains("UID:" + RTB_2025 + "@spreiding.nl", "UID:" + RTB_2026 + "@spreiding.nl",
                "DTSTART;VALUE=DATE:20241001", "DTSTART;VALUE=DATE:20240101");
        String oud = ontvouwen.substring(ontvouwen.indexOf("UID:" + RTB_2025));
        assertThat(oud.substring(0, oud.indexOf("END:VEVENT"))).contains("STATUS:CANCELLED", "(vervangen)")
                .doesNotContain("BEGIN:VALARM");
        // Derdelanders concern municipalities, not regional bodies.
        assertThat(ontvouwen).doesNotContain("DTSTART;VALUE=DATE:20240304");
    }

    @Test
    void deAgendaVanEenGemeenteBevatDeWettelijkeDatumsVoorAlleGemeentenMetHunBron() {
        QuarkusTransaction.requiringNew().run(() -> organisaties.leer(Map.of("GM0014", "Groningen")));
        String ics = given().get("/api/v1/organisaties/GM0014/termijnen.ics").then().statusCode(200).extract().asString()
                .replace("\r\n ", "");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20240304", "DTSTART;VALUE=DATE:20240401",
                "CATEGORIES:Wettelijke datum", "van rechtswege eindigt op 4 maart 2024");
        // A province's calendar has no municipal dates.
        assertThat(given().get("/api/v1/organisaties/PV27/termijnen.ics").then().statusCode(200).extract().asString())
                .doesNotContain("DTSTART;VALUE=DATE:20240304");
    }

    @Test
    void eenOnbekendeDoelgroepOfEenGeldendDatGeenWaarheidswaardeIsWordtGeweigerdMetDeNaamVanDeParameter() {
        given().queryParam("doelgroep", "BURGERS").get(LIJST).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", org.hamcrest.Matchers.hasItem("doelgroep"));
        given().queryParam("geldend", "ja").get(LIJST).then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItem("geldend"));
    }

    @Test
    void eenTweedeGeldendeDatumMetDezelfdeSleutelWordtGeweigerd() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body(aanvraag("RTB_EINDE", LocalDate.of(2027, 3, 4)))
                .post(LIJST).then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo(WettelijkeDatums.BESTAAT_AL));
    }

    @Test
    void eenAlVervangenDatumVervangenWordtGeweigerd() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body(Map.of("datum", "2027-03-04", "bron", "Proef", "brontekst", "Een proef."))
                .post(LIJST + "/" + RTB_2025 + "/vervangingen").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.equalTo(WettelijkeDatums.AL_VERVANGEN));
    }

    @Test
    void eenVastgelegdeDatumGaatAlsWebhookEnAlsGebeurtenisOpKafka() throws Exception {
        try (Ontvanger ontvanger = new Ontvanger()) {
            given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                    .body(Map.of("callbackUrl", ontvanger.url("/datums"),
                            "soorten", List.of(Gebeurtenistypen.WETTELIJKE_DATUM_VASTGELEGD)))
                    .post("/api/v1/abonnementen").then().statusCode(201);
            String sleutel = sleutel();
            JsonPath d = given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                    .body(aanvraag(sleutel, LocalDate.of(2031, 5, 1))).post(LIJST).then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString("/api/v1/wettelijke-datums/"))
                    .extract().jsonPath();
            String id = d.getString("id");
            assertThat(d.getString("vastgelegdDoor")).isEqualTo("minister@minjenv.example");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !ontvanger.van(Gebeurtenistypen.WETTELIJKE_DATUM_VASTGELEGD).isEmpty());
            JsonNode webhook = JSON.readTree(ontvanger.van(Gebeurtenistypen.WETTELIJKE_DATUM_VASTGELEGD).get(0).body());
            assertThat(webhook.path("data").path("wettelijkeDatumId").asText()).isEqualTo(id);
            assertThat(webhook.path("data").path("brontekst").asText()).isEqualTo("Een proef.");
            await().atMost(Duration.ofSeconds(20)).until(() -> TopicProbe.ofTestBroker()
                    .readToEnd(Gebeurtenistypen.TOPIC).stream()
                    .anyMatch(r -> webhook.path("id").asText().equals(TopicProbe.headers(r).get("ce_id"))));
        }
    }

    @Test
    void eenWettelijkeDatumKrijgtHerinneringenTotHijVervangenIs() throws Exception {
        LocalDate vandaag = LocalDate.now(klok.withZone(ZoneId.of("Europe/Amsterdam")));
        try (Ontvanger ontvanger = new Ontvanger()) {
            given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                    .body(Map.of("callbackUrl", ontvanger.url("/herinnering"),
                            "soorten", List.of(Gebeurtenistypen.WETTELIJKE_DATUM_HERINNERING)))
                    .post("/api/v1/abonnementen").then().statusCode(201);
            String sleutel = sleutel();
            String id = given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                    .body(aanvraag(sleutel, vandaag.plusDays(7))).post(LIJST).then().statusCode(201).extract().path("id");
            planner.plan();
            planner.plan();
            await().atMost(Duration.ofSeconds(20)).until(() -> herinneringen(ontvanger, id).size() == 1);
            JsonNode data = herinneringen(ontvanger, id).get(0);
            assertThat(data.path("dagenVooraf").asInt()).isEqualTo(7);
            assertThat(data.path("brontekst").asText()).isEqualTo("Een proef.");
            assertThat(data.path("doelgroepen").get(0).asText()).isEqualTo("GEMEENTEN");

            // Superseded: the old date gets no more reminders, the new one its own.
            String nieuw = given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                    .body(Map.of("datum", vandaag.plusDays(1).toString(), "bron", "Proef", "brontekst", "Eerder."))
                    .post(LIJST + "/" + id + "/vervangingen").then().statusCode(201).extract().path("id");
            planner.plan();
            await().atMost(Duration.ofSeconds(20)).until(() -> herinneringen(ontvanger, nieuw).size() == 1);
            assertThat(herinneringen(ontvanger, nieuw).get(0).path("dagenVooraf").asInt()).isEqualTo(1);
            assertThat(herinneringen(ontvanger, id)).hasSize(1);
        }
    }

    private static List<JsonNode> herinneringen(Ontvanger ontvanger, String id) {
        return ontvanger.van(Gebeurtenistypen.WETTELIJKE_DATUM_HERINNERING).stream().map(v -> lees(v.body()).path("data"))
                .filter(d -> id.equals(d.path("wettelijkeDatumId").asText())).toList();
    }

    private static JsonPath datum(String sleutel) {
        List<Map<String, Object>> alle = given().queryParam("paginaGrootte", 100).get(LIJST).then().statusCode(200)
                .extract().jsonPath().getList("resultaten");
        Map<String, Object> gevonden = alle.stream().filter(m -> sleutel.equals(m.get("sleutel"))).findFirst().orElseThrow();
        return given().get(LIJST + "/" + gevonden.get("id")).then().statusCode(200).extract().jsonPath();
    }

    private static String sleutel() {
        return "PROEF_" + UUID.randomUUID().toString().replace("-", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static Map<String, Object> aanvraag(String sleutel, LocalDate datum) {
        return Map.of("sleutel", sleutel, "datum", datum.toString(), "omschrijving", "Een proefdatum",
                "doelgroepen", List.of("GEMEENTEN"), "bron", "Proef", "brontekst", "Een proef.");
    }

    private static JsonNode lees(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }
}
