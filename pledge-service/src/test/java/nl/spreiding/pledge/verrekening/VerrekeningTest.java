package nl.spreiding.pledge.verrekening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.pledge.Fixtures;
import nl.spreiding.pledge.Fixtures.Event;
import nl.spreiding.pledge.Fixtures.Gebied;

@QuarkusTest
class VerrekeningTest {

    private static final String CYCLUS = "2313-2315";

    @BeforeEach
    void takenZijnGepubliceerd() {
        if (given().get("/api/v1/cycli/" + CYCLUS).statusCode() != 200) {
            Fixtures.publiceer(CYCLUS, "2313-11-01",
                    List.of(new Gebied("PV23", "Overijssel", "PV23", 1_180_000, 300, 0, 0),
                            new Gebied("PV24", "Flevoland", "PV24", 440_000, 100, 0, 0)),
                    List.of(new Gebied("GM0166", "Kampen", "PV23", 55_000, 300, 0, 0),
                            new Gebied("GM0303", "Dronten", "PV24", 42_000, 100, 0, 0)));
        }
    }

    private static JsonPath legVast(String namens, int plaatsen) {
        return given().auth().oauth2(Tokens.provincie(namens)).contentType(ContentType.JSON).body("""
                {"cyclus":"%s","vanGemeentecode":"GM0303","naarGemeentecode":"GM0166","aantalPlaatsen":%d,
                 "tot":"2315-02-01","voorwaarde":"Kampen realiseert de rest zelf","namens":"%s"}"""
                .formatted(CYCLUS, plaatsen, namens)).post("/api/v1/verrekeningen").then().statusCode(201)
                .extract().jsonPath();
    }

    private static JsonPath overzicht(String provincie) {
        return given().queryParam("cyclus", CYCLUS).get("/api/v1/provincies/" + provincie + "/overzicht").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void eenVerrekeningOverDeProvinciegrensTeltPasNaBevestigingEnDanEenmaal() {
        JsonPath vastgelegd = legVast("PV24", 200);
        assertThat(vastgelegd.getString("status")).isEqualTo("VASTGELEGD");
        assertThat(vastgelegd.getString("teBevestigenDoor")).isEqualTo("PV23");
        assertThat(overzicht("PV23").getInt("doelgroepen[0].verrekend")).isZero();

        String id = vastgelegd.getString("id");
        given().auth().oauth2(Tokens.provincie("PV23")).post("/api/v1/verrekeningen/" + id + "/bevestiging").then()
                .statusCode(200).body("status", equalTo("BEVESTIGD"))
                .body("historie.actie", contains("VASTGELEGD", "BEVESTIGD"))
                .body("historie.namens", contains("PV24", "PV23"))
                .body("historie.door", contains("regietafel@pv24.example", "regietafel@pv23.example"));

        JsonPath overijssel = overzicht("PV23");
        assertThat(overijssel.getInt("gemeenten[0].doelgroepen[0].verrekend")).isEqualTo(200);
        assertThat(overijssel.getInt("doelgroepen[0].verrekend")).isEqualTo(200);
        assertThat(overijssel.getInt("doelgroepen[0].saldo")).isEqualTo(200 - 300);
        JsonPath flevoland = overzicht("PV24");
        assertThat(flevoland.getInt("gemeenten[0].doelgroepen[0].verrekend")).isEqualTo(-200);
        assertThat(flevoland.getInt("doelgroepen[0].verrekend")).isEqualTo(-200);
        given().auth().oauth2(Tokens.provincie("PV23")).queryParam("cyclus", CYCLUS).queryParam("provinciecode", "PV23")
                .get("/api/v1/provinciale-plannen/concept").then().statusCode(200).body("verrekend", equalTo(200))
                .body("tekort", equalTo(100)).body("gemeenten[0].verrekend", equalTo(200));
        given().queryParam("gemeentecode", "GM0303").queryParam("cyclus", CYCLUS).get("/api/v1/verrekeningen").then()
                .statusCode(200).body("resultaten.find { it.id == '" + id + "' }.naarGemeentecode", equalTo("GM0166"));
        List<Event> events = Fixtures.events(e -> id.equals(e.data().path("id").asText()), es -> es.size() >= 2);
        assertThat(events).extracting(Event::type).containsExactly("nl.spreiding.verrekening.vastgelegd",
                "nl.spreiding.verrekening.bevestigd");
        assertThat(events).extracting(Event::key).containsOnly(CYCLUS + "/GM0166");
    }

    @Test
    void deProvincieDieVastlegdeKanNietZelfBevestigen() {
        String id = legVast("PV23", 10).getString("id");

        given().auth().oauth2(Tokens.provincie("PV23")).post("/api/v1/verrekeningen/" + id + "/bevestiging").then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void eenProvincieVanGeenVanBeideKantenKanNietVastleggen() {
        given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON).body("""
                {"cyclus":"%s","vanGemeentecode":"GM0303","naarGemeentecode":"GM0166","aantalPlaatsen":10,
                 "tot":"2315-02-01","voorwaarde":"Geen afspraak","namens":"PV27"}""".formatted(CYCLUS))
                .post("/api/v1/verrekeningen").then().statusCode(400).body("invalidParams.name", contains("namens"));
    }
}
