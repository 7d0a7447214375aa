package nl.spreiding.allocation.cyclus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.spreiding.allocation.gebeurtenissen.AllocatieGebeurtenissen;
import nl.spreiding.testsupport.TopicProbe;
import nl.spreiding.local.token.Tokens;

@QuarkusTest
class CyclusTest {

    /** The upn of {@link Tokens#minister()}: what every decision it makes must record. */
    private static final String MINISTER = "minister@minjenv.example";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @Test
    void eenGeopendeCyclusKrijgtDeStandaardtermijnenInHaarGebeurtenis() throws Exception {
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2040-2042\"}").post("/api/v1/cycli").then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/cycli/2040-2042"))
                .body("referentiejaar", equalTo(2040))
                .body("termijnen.raming", equalTo("2040-02-01"))
                .body("termijnen.provinciaalPlan", equalTo("2040-11-01"))
                .body("termijnen.verdeelbesluit", equalTo("2040-12-31"))
                .body("termijnen.realisatieMaanden", equalTo(6))
                .body("termijnen.volgendeCyclus", equalTo("2042-02-01"))
                .body("geopendDoor", equalTo(MINISTER));

        ConsumerRecord<String, byte[]> event = eventOf(AllocatieGebeurtenissen.CYCLUS_GEOPEND, "2040-2042");
        JsonNode data = json.readTree(event.value());
        assertThat(data.path("termijnen").path("provinciaalPlan").asText()).isEqualTo("2040-11-01");
        assertThat(data.path("referentiejaar").asInt()).isEqualTo(2040);
        assertThat(data.path("door").asText()).isEqualTo(MINISTER);
    }

    @Test
    void eenCyclusWordtGeenTweeKeerGeopend() {
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2030-2032\"}").post("/api/v1/cycli").then()
                .statusCode(201);
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2030-2032\"}").post("/api/v1/cycli").then()
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void deTermijnenZijnGegevensVanDeCyclus() {
        // Cycle 2 did not follow cycle 1's calendar: raming 27 Feb 2026, plans until early December.
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body("""
                {"cyclus":"2046-2048","referentiejaar":2045,"termijnen":{"raming":"2046-02-27","provinciaalPlan":"2046-12-01",
                 "verdeelbesluit":"2047-02-01","realisatieMaanden":6,"volgendeCyclus":"2048-02-01"}}""")
                .post("/api/v1/cycli").then().statusCode(201)
                .body("referentiejaar", equalTo(2045))
                .body("termijnen.verdeelbesluit", equalTo("2047-02-01"));
        given().get("/api/v1/cycli/2046-2048").then().statusCode(200).body("termijnen.raming", equalTo("2046-02-27"));
    }

    @Test
    void hetBesluitLegtVastWieHetTokenNoemt() throws Exception {
        String staatssecretaris = Tokens.test().voor(Tokens.MINISTER, "JENV", "staatssecretaris@minjenv.example");
        given().auth().oauth2(staatssecretaris).contentType(ContentType.JSON).body("{\"cyclus\":\"2044-2046\"}")
                .post("/api/v1/cycli").then().statusCode(201).body("geopendDoor", equalTo("staatssecretaris@minjenv.example"));
        given().get("/api/v1/cycli/2044-2046").then().statusCode(200)
                .body("geopendDoor", equalTo("staatssecretaris@minjenv.example"));
        JsonNode data = json.readTree(eventOf(AllocatieGebeurtenissen.CYCLUS_GEOPEND, "2044-2046").value());
        assertThat(data.path("door").asText()).isEqualTo("staatssecretaris@minjenv.example");
    }

    @Test
    void eenGeweigerdVerzoekWijzigtNiets() {
        given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON).body("{\"cyclus\":\"2048-2050\"}")
                .post("/api/v1/cycli").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"cyclus\":\"2048-2050\"}")
                .post("/api/v1/cycli").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().get("/api/v1/cycli/2048-2050").then().statusCode(404);
    }

    @Test
    void eenCyclusDieGeenTweeJaarDuurtWordtGeweigerd() {
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2050-2051\"}").post("/api/v1/cycli").then()
                .statusCode(400).body("invalidParams[0].name", equalTo("cyclus"));
    }

    @Test
    void termijnenDieNietInDeVolgordeVanDeCyclusLiggenWordenGeweigerd() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body("""
                {"cyclus":"2052-2054","termijnen":{"raming":"2052-12-01","provinciaalPlan":"2052-11-01",
                 "verdeelbesluit":"2052-10-01","realisatieMaanden":0,"volgendeCyclus":"2054-02-01"}}""")
                .post("/api/v1/cycli").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("termijnen.realisatieMaanden"));
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body("""
                {"cyclus":"2052-2054","termijnen":{"raming":"2052-12-01","provinciaalPlan":"2052-11-01",
                 "verdeelbesluit":"2052-10-01","realisatieMaanden":6,"volgendeCyclus":"2054-02-01"}}""")
                .post("/api/v1/cycli").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("termijnen.provinciaalPlan", "termijnen.verdeelbesluit"));
        given().get("/api/v1/cycli/2052-2054").then().statusCode(404);
    }

    @Test
    void eenCapaciteitsramingWordtGepubliceerdMetHaarGebeurtenis() throws Exception {
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2060-2062\"}").post("/api/v1/cycli").then().statusCode(201);
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2060-2062\",\"totaalPlaatsen\":96000,\"amvPlaatsen\":8140}")
                .post("/api/v1/capaciteitsramingen").then()
                .statusCode(201)
                .body("peildatum", equalTo("2061-01-01"))
                .body("gepubliceerdDoor", equalTo(MINISTER));

        JsonNode data = json.readTree(eventOf(AllocatieGebeurtenissen.CAPACITEITSRAMING_GEPUBLICEERD, "2060-2062").value());
        assertThat(data.path("totaalPlaatsen").asInt()).isEqualTo(96_000);
        assertThat(data.path("amvPlaatsen").asInt()).isEqualTo(8_140);
        assertThat(data.path("door").asText()).isEqualTo(MINISTER);
    }

    @Test
    void eenGepubliceerdeCapaciteitsramingWordtNooitGewijzigd() {
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2032-2034\"}").post("/api/v1/cycli").then().statusCode(201);
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2032-2034\",\"totaalPlaatsen\":96000,\"amvPlaatsen\":8140}")
                .post("/api/v1/capaciteitsramingen").then().statusCode(201);
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2032-2034\",\"totaalPlaatsen\":88000,\"amvPlaatsen\":1}")
                .post("/api/v1/capaciteitsramingen").then().statusCode(409);
        given().get("/api/v1/capaciteitsramingen/2032-2034").then().statusCode(200).body("totaalPlaatsen", equalTo(96000));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update capaciteitsraming set totaal_plaatsen = 1 where cyclus = '2032-2034'")
                .executeUpdate())).hasStackTraceContaining("wordt niet gewijzigd");
    }

    @Test
    void eenOngeldigeCapaciteitsramingWordtGeweigerd() {
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2070-2072\"}").post("/api/v1/cycli").then().statusCode(201);
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2070-2072\",\"totaalPlaatsen\":100,\"amvPlaatsen\":101}")
                .post("/api/v1/capaciteitsramingen").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("amvPlaatsen"));
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2070-2072\",\"totaalPlaatsen\":0,\"amvPlaatsen\":-1}")
                .post("/api/v1/capaciteitsramingen").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("totaalPlaatsen", "amvPlaatsen"));
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2080-2082\",\"totaalPlaatsen\":10,\"amvPlaatsen\":1}")
                .post("/api/v1/capaciteitsramingen").then().statusCode(404);
        given().get("/api/v1/capaciteitsramingen/2070-2072").then().statusCode(404);
    }

    private static ConsumerRecord<String, byte[]> eventOf(String type, String key) {
        return TopicProbe.ofTestBroker().awaitEvent(AllocatieGebeurtenissen.TOPIC, type, key, Duration.ofSeconds(20));
    }
}
