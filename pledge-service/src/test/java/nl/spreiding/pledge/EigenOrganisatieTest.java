package nl.spreiding.pledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.pledge.Fixtures.Gebied;

/**
 * A province acts only for its own municipalities and a municipality only for itself, whatever the request names;
 * a refused request changes nothing, and is refused before versions or states are checked, so that it learns
 * nothing about the other organisation's data.
 */
@QuarkusTest
class EigenOrganisatieTest {

    private static final String CYCLUS = "2070-2072";
    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void taskIsPublished() {
        if (given().get("/api/v1/cycli/" + CYCLUS).statusCode() != 200) {
            Fixtures.publiceer(CYCLUS, "2070-11-01",
                    List.of(new Gebied("PV27", "Noord-Holland", "PV27", 2_971_000, 1000, 100, 0),
                            new Gebied("PV20", "Groningen", "PV20", 596_000, 100, 10, 0)),
                    List.of(new Gebied("GM0363", "Amsterdam", "PV27", 931_298, 1000, 100, 0),
                            new Gebied("GM0014", "Groningen", "PV20", 238_000, 100, 10, 0)));
        }
    }

    private static RequestSpecification noordHolland() {
        return given().auth().oauth2(Tokens.provincie("PV27"));
    }

    private static RequestSpecification groningen() {
        return given().auth().oauth2(Tokens.provincie("PV20"));
    }

    private static String amsterdamsePlaatsen(int plaatsen) {
        return """
                {"cyclus":"%s","gemeentecode":"GM0363","locatie":"Amsterdam, Zeeburgerdijk","doelgroep":"ASIEL",
                 "aantalPlaatsen":%d,"aantalAmv":0,"duurzaam":true}""".formatted(CYCLUS, plaatsen);
    }

    @Test
    void eenProvincieZegtNietToeVoorEenGemeenteVanEenAndereProvincie() {
        long voor = aantal("/api/v1/toezeggingen");
        String sleutel = UUID.randomUUID().toString();
        groningen().header("Idempotency-Key", sleutel).contentType(ContentType.JSON).body(amsterdamsePlaatsen(50))
                .post("/api/v1/toezeggingen").then().statusCode(403).contentType(PROBLEM)
                .body("detail", equalTo("U handelt namens PV20 en mag dit niet namens PV27."));
        // No national override for pledges, and a municipality does not pledge at the regietafel itself.
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body(amsterdamsePlaatsen(50))
                .post("/api/v1/toezeggingen").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.gemeente("GM0363")).contentType(ContentType.JSON).body(amsterdamsePlaatsen(50))
                .post("/api/v1/toezeggingen").then().statusCode(403).contentType(PROBLEM);
        assertThat(aantal("/api/v1/toezeggingen")).isEqualTo(voor);

        // The refused request did not claim its Idempotency-Key: the rightful province can still use it.
        noordHolland().header("Idempotency-Key", sleutel).contentType(ContentType.JSON).body(amsterdamsePlaatsen(50))
                .post("/api/v1/toezeggingen").then().statusCode(201).body("provinciecode", equalTo("PV27"));
        assertThat(aantal("/api/v1/toezeggingen")).isEqualTo(voor + 1);
    }

    @Test
    void eenAndereProvincieWordtGeweigerdVoordatVersieOfStatusWordtGecontroleerd() {
        String id = noordHolland().contentType(ContentType.JSON).body(amsterdamsePlaatsen(80))
                .post("/api/v1/toezeggingen").then().statusCode(201).extract().path("id");
        String pad = "/api/v1/toezeggingen/" + id;
        String wijziging = """
                {"locatie":"Amsterdam, Zeeburgerdijk","doelgroep":"ASIEL","aantalPlaatsen":1,"aantalAmv":0,
                 "duurzaam":true,"status":"GEPLAND"}""";

        // 403, not 428 (no If-Match) or 412 (stale If-Match): another province learns nothing about the version.
        groningen().contentType(ContentType.JSON).body(wijziging).put(pad).then().statusCode(403).contentType(PROBLEM);
        groningen().header("If-Match", "\"9\"").contentType(ContentType.JSON).body(wijziging).put(pad).then()
                .statusCode(403);
        groningen().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{}").post(pad + "/intrekking")
                .then().statusCode(403).body("detail", containsString("namens PV27"));

        noordHolland().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{}").post(pad + "/intrekking")
                .then().statusCode(200);
        // 403, not 409 (already withdrawn).
        groningen().header("If-Match", "\"1\"").contentType(ContentType.JSON).body("{}").post(pad + "/intrekking")
                .then().statusCode(403);
        // A pledge that does not exist is still 404: the organisation follows from what is stored.
        groningen().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(wijziging)
                .put("/api/v1/toezeggingen/" + UUID.randomUUID()).then().statusCode(404);

        given().get(pad).then().statusCode(200).header("ETag", "\"1\"").body("aantalPlaatsen", equalTo(80));
        given().get(pad + "/historie").then().statusCode(200).body("totaal", equalTo(2))
                .body("resultaten.door", equalTo(List.of("regietafel@pv27.example", "regietafel@pv27.example")));
    }

    @Test
    void eenProvinciePlantEnRuiltAlleenVoorZichzelf() {
        String plan = "{\"cyclus\":\"%s\",\"provinciecode\":\"PV27\"}".formatted(CYCLUS);
        groningen().contentType(ContentType.JSON).body(plan).post("/api/v1/provinciale-plannen").then()
                .statusCode(403).contentType(PROBLEM);
        // The plan is the province's own account; the minister decides on it but does not submit it.
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body(plan)
                .post("/api/v1/provinciale-plannen").then().statusCode(403);
        given().queryParam("cyclus", CYCLUS).queryParam("provinciecode", "PV27").get("/api/v1/provinciale-plannen")
                .then().statusCode(200).body("totaal", equalTo(0));

        // Naming itself does not let Groningen move Amsterdam's task; nor may it trade for Noord-Holland as a whole.
        String uitruil = """
                {"cyclus":"%s","provinciecode":"PV20","gemeentecode":"GM0363","vanDoelgroep":"ASIEL",
                 "naarDoelgroep":"OEKRAINE","aantalPlaatsen":5,"reden":"Afspraak"}""".formatted(CYCLUS);
        groningen().contentType(ContentType.JSON).body(uitruil).post("/api/v1/uitruilen").then().statusCode(403)
                .body("detail", equalTo("U handelt namens PV20 en mag dit niet namens PV27."));
        groningen().contentType(ContentType.JSON)
                .body(uitruil.replace("\"PV20\"", "\"PV27\"").replace("\"gemeentecode\":\"GM0363\",", ""))
                .post("/api/v1/uitruilen").then().statusCode(403);
        assertThat(aantal("/api/v1/uitruilen")).isZero();
    }

    @Test
    void eenGemeenteMeldtAlleenHaarEigenRealisatie() {
        String melding = """
                {"cyclus":"%s","gemeentecode":"GM0363","locatie":"Amsterdam, Zeeburgerdijk","doelgroep":"ASIEL",
                 "aantalGerealiseerd":30,"duurzaam":true}""".formatted(CYCLUS);
        given().auth().oauth2(Tokens.gemeente("GM0014")).contentType(ContentType.JSON).body(melding)
                .post("/api/v1/realisaties").then().statusCode(403).contentType(PROBLEM)
                .body("detail", equalTo("U handelt namens GM0014 en mag dit niet namens GM0363."));
        // Its province does not report for it either.
        noordHolland().contentType(ContentType.JSON).body(melding).post("/api/v1/realisaties").then().statusCode(403);
        assertThat(aantal("/api/v1/realisaties")).isZero();

        given().auth().oauth2(Tokens.gemeente("GM0363")).contentType(ContentType.JSON).body(melding)
                .post("/api/v1/realisaties").then().statusCode(201)
                .body("gemeldDoor", equalTo("asielopvang@gm0363.example"));
        assertThat(aantal("/api/v1/realisaties")).isEqualTo(1);
    }

    @Test
    void lezenVraagtGeenToken() {
        for (String pad : List.of("/api/v1/toezeggingen", "/api/v1/uitruilen", "/api/v1/provinciale-plannen",
                "/api/v1/verdeelbesluiten", "/api/v1/aanwijzingen", "/api/v1/realisaties")) {
            given().queryParam("cyclus", CYCLUS).get(pad).then().statusCode(200);
        }
    }

    private static long aantal(String pad) {
        return given().queryParam("cyclus", CYCLUS).get(pad).then().statusCode(200).extract().jsonPath()
                .getLong("totaal");
    }
}
