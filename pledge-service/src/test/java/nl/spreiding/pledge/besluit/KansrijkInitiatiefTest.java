package nl.spreiding.pledge.besluit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.pledge.Fixtures;
import nl.spreiding.pledge.Fixtures.Event;
import nl.spreiding.pledge.Fixtures.Gebied;

@QuarkusTest
class KansrijkInitiatiefTest {

    private static String toezegging(String cyclus, String gemeente, int plaatsen, boolean duurzaam) {
        return given().auth().oauth2(Tokens.provincie("PV20")).contentType(ContentType.JSON).body("""
                {"cyclus":"%s","gemeentecode":"%s","locatie":"%s, opvanglocatie","doelgroep":"ASIEL",
                 "aantalPlaatsen":%d,"aantalAmv":0,"duurzaam":%s}""".formatted(cyclus, gemeente, gemeente, plaatsen, duurzaam))
                .post("/api/v1/toezeggingen").then().statusCode(201).extract().path("id");
    }

    /** Groningen's task of 300: the city pledges its 200, Stadskanaal lacks its 100. */
    private static void publiceer(String cyclus) {
        Fixtures.publiceer(cyclus, cyclus.substring(0, 4) + "-11-01",
                List.of(new Gebied("PV20", "Groningen", "PV20", 596_000, 300, 0, 0)),
                List.of(new Gebied("GM0014", "Groningen", "PV20", 238_000, 200, 0, 0),
                        new Gebied("GM0037", "Stadskanaal", "PV20", 32_000, 100, 0, 0)));
        toezegging(cyclus, "GM0014", 200, true);
    }

    private static JsonPath stelOp(String cyclus) {
        return given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"%s\"}".formatted(cyclus)).post("/api/v1/verdeelbesluiten").then().statusCode(201)
                .extract().jsonPath();
    }

    private static io.restassured.response.ValidatableResponse aanvaard(String besluit, String etag, String toezegging) {
        return given().auth().oauth2(Tokens.minister()).header("If-Match", etag).contentType(ContentType.JSON).body("""
                {"initiatieven":[{"toezeggingId":"%s","criterium":"LOKALE_BESLUITVORMING_AFGEROND",
                 "reden":"Gemeenteraad stemde in met de locatie"}]}""".formatted(toezegging))
                .put("/api/v1/verdeelbesluiten/" + besluit + "/kansrijke-initiatieven").then();
    }

    @Test
    void eenKansrijkInitiatiefTeltVoorHetPlanEnStaatApartInBesluitGebeurtenisEnOverzicht() {
        String cyclus = "2315-2317";
        publiceer(cyclus);
        // Not durable (yet): it does not count by the rules, so without the minister Stadskanaal lacks all 100.
        String stadskanaal = toezegging(cyclus, "GM0037", 60, false);
        JsonPath concept = stelOp(cyclus);
        assertThat(concept.getInt("aanwijzingen.find { it.gemeentecode == 'GM0037' }.aantalPlaatsen")).isEqualTo(100);

        JsonPath aanvaard = aanvaard(concept.getString("id"), "\"0\"", stadskanaal).statusCode(200)
                .header("ETag", "\"1\"").extract().jsonPath();
        assertThat(aanvaard.getInt("provincies[0].tekort")).isEqualTo(100);
        assertThat(aanvaard.getInt("provincies[0].kansrijk")).isEqualTo(60);
        assertThat(aanvaard.getInt("provincies[0].tekortNaKansrijk")).isEqualTo(40);
        assertThat(aanvaard.getInt("aanwijzingen.find { it.gemeentecode == 'GM0037' }.aantalPlaatsen")).isEqualTo(40);
        assertThat(aanvaard.getString("kansrijkeInitiatieven[0].criterium")).isEqualTo("LOKALE_BESLUITVORMING_AFGEROND");
        assertThat(aanvaard.getString("kansrijkeInitiatieven[0].aanvaardDoor")).isEqualTo("minister@minjenv.example");

        given().auth().oauth2(Tokens.minister()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/verdeelbesluiten/" + concept.getString("id") + "/vaststelling").then().statusCode(200);
        List<Event> genomen = Fixtures.events(e -> e.type().equals("nl.spreiding.verdeelbesluit.genomen")
                && e.key().equals(cyclus), es -> !es.isEmpty());
        assertThat(genomen).singleElement().satisfies(e -> {
            assertThat(e.data().path("kansrijkeInitiatieven").get(0).path("toezeggingId").asText()).isEqualTo(stadskanaal);
            assertThat(e.data().path("kansrijkeInitiatieven").get(0).path("aantalPlaatsen").asInt()).isEqualTo(60);
        });
        given().queryParam("cyclus", cyclus).get("/api/v1/provincies/PV20/overzicht").then().statusCode(200)
                .body("gemeenten.find { it.gemeentecode == 'GM0037' }.doelgroepen[0].kansrijk", equalTo(60))
                .body("gemeenten.find { it.gemeentecode == 'GM0037' }.doelgroepen[0].nietMeegeteld", equalTo(60))
                .body("doelgroepen[0].kansrijk", equalTo(60));
    }

    @Test
    void eenToezeggingDieAlMeetteltIsGeenKansrijkInitiatief() {
        String cyclus = "2317-2319";
        publiceer(cyclus);
        String telt = toezegging(cyclus, "GM0037", 60, true);
        String besluit = stelOp(cyclus).getString("id");

        aanvaard(besluit, "\"0\"", telt).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:nld:spreiding:probleem:toezegging-telt-al"));
    }
}
