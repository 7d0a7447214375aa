package nl.spreiding.pledge.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.pledge.Fixtures;
import nl.spreiding.pledge.Fixtures.Gebied;

/**
 * The plan event says how the plan counted: Dronten lent 200 places to Kampen (confirmed by both provinces), and
 * Kampen pledged 60 durable places and 40 that are not durable.
 */
@QuarkusTest
class PlanIngediendTest {

    /** A cycle no other test class publishes. */
    private static final String CYCLUS = "2120-2122";
    private static boolean klaar;

    private static synchronized void verrekendEnToegezegd() {
        if (klaar) {
            return;
        }
        Fixtures.publiceer(CYCLUS, "2120-11-01",
                List.of(new Gebied("PV23", "Overijssel", "PV23", 1_180_000, 400, 0, 0),
                        new Gebied("PV24", "Flevoland", "PV24", 440_000, 100, 0, 0)),
                List.of(new Gebied("GM0166", "Kampen", "PV23", 55_000, 300, 0, 0),
                        new Gebied("GM0193", "Zwolle", "PV23", 130_000, 100, 0, 0),
                        new Gebied("GM0303", "Dronten", "PV24", 42_000, 100, 0, 0)));
        String id = given().auth().oauth2(Tokens.provincie("PV24")).contentType(ContentType.JSON).body("""
                {"cyclus":"%s","vanGemeentecode":"GM0303","naarGemeentecode":"GM0166","aantalPlaatsen":200,
                 "tot":"2122-02-01","voorwaarde":"Kampen realiseert de rest zelf","namens":"PV24"}""".formatted(CYCLUS))
                .post("/api/v1/verrekeningen").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.provincie("PV23")).post("/api/v1/verrekeningen/" + id + "/bevestiging").then()
                .statusCode(200);
        toezegging(60, true);
        toezegging(40, false);
        klaar = true;
    }

    private static void toezegging(int plaatsen, boolean duurzaam) {
        given().auth().oauth2(Tokens.provincie("PV23")).contentType(ContentType.JSON).body("""
                {"cyclus":"%s","gemeentecode":"GM0166","locatie":"Kampen, locatie %d","doelgroep":"ASIEL",
                 "aantalPlaatsen":%d,"aantalAmv":0,"duurzaam":%s}""".formatted(CYCLUS, plaatsen, plaatsen, duurzaam))
                .post("/api/v1/toezeggingen").then().statusCode(201);
    }

    /** Submits Overijssel's plan and returns the data of its event. */
    private static JsonNode dienIn() {
        verrekendEnToegezegd();
        String planId = given().auth().oauth2(Tokens.provincie("PV23")).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"%s\",\"provinciecode\":\"PV23\"}".formatted(CYCLUS))
                .post("/api/v1/provinciale-plannen").then().statusCode(201).extract().path("id");
        return Fixtures.events(e -> e.type().equals("nl.spreiding.provinciaal-plan.ingediend")
                && planId.equals(e.data().path("planId").asText()), es -> !es.isEmpty()).get(0).data();
    }

    @Test
    void hetPlanTeltEenBevestigdeVerrekeningVoorDeLenerEnZegtDatInZijnGebeurtenis() {
        JsonNode plan = dienIn();

        assertThat(plan.path("verrekend").asInt()).isEqualTo(200);
        assertThat(plan.path("verrekeningen")).hasSize(1);
        assertThat(plan.path("verrekeningen").get(0).path("gemeentecode").asText()).isEqualTo("GM0166");
        assertThat(plan.path("verrekeningen").get(0).path("verrekend").asInt()).isEqualTo(200);
        // 400 − 60 pledged − 200 credited: Zwolle's 100 and Kampen's last 40.
        assertThat(plan.path("tekort").asInt()).isEqualTo(140);
    }

    @Test
    void hetPlanNoemtDeToegezegdePlaatsenDieNietMeetellenApartVanToegezegd() {
        JsonNode plan = dienIn();

        assertThat(plan.path("toegezegd").asInt()).isEqualTo(60);
        assertThat(plan.path("nietMeegeteld").asInt()).isEqualTo(40);
    }

    @Test
    void hetIngediendePlanNoemtDeNietMeegeteldePlaatsenOokInZijnAntwoord() {
        verrekendEnToegezegd();
        String planId = given().auth().oauth2(Tokens.provincie("PV23")).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"%s\",\"provinciecode\":\"PV23\"}".formatted(CYCLUS))
                .post("/api/v1/provinciale-plannen").then().statusCode(201).extract().path("id");

        int nietMeegeteld = given().get("/api/v1/provinciale-plannen/" + planId).then().statusCode(200)
                .extract().path("nietMeegeteld");

        assertThat(nietMeegeteld).isEqualTo(40);
    }

    @Test
    void hetConceptplanNoemtDeNietMeegeteldePlaatsen() {
        verrekendEnToegezegd();

        int nietMeegeteld = given().auth().oauth2(Tokens.provincie("PV23"))
                .queryParam("cyclus", CYCLUS).queryParam("provinciecode", "PV23")
                .get("/api/v1/provinciale-plannen/concept").then().statusCode(200).extract().path("nietMeegeteld");

        assertThat(nietMeegeteld).isEqualTo(40);
    }
}
