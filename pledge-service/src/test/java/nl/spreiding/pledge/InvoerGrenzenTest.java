package nl.spreiding.pledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.spreiding.local.token.Tokens;

/**
 * Input that the database or date arithmetic cannot hold is refused with a 400 that names the field, before any
 * work is done, instead of ending as a 500 or being read as something else.
 */
@QuarkusTest
class InvoerGrenzenTest {

    private static final String PROBLEM = "application/problem+json";

    private static String toezegging(String vanaf, String tot) {
        return """
                {"cyclus":"2084-2086","gemeentecode":"GM0363","locatie":"Amsterdam, Sloterdijk","doelgroep":"ASIEL",
                 "aantalPlaatsen":100,"duurzaam":true,"beschikbaarVanaf":"%s","beschikbaarTot":"%s"}""".formatted(vanaf, tot);
    }

    @Test
    void eenBeschikbaarheidNaHetJaar9999IsOngeldig() {
        given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON)
                .body(toezegging("+999999999-01-01", "+999999999-06-01")).post("/api/v1/toezeggingen").then()
                .statusCode(400).contentType(PROBLEM).body("invalidParams.name", hasItem("beschikbaarVanaf"))
                .body("invalidParams.name", hasItem("beschikbaarTot"));
    }

    @Test
    void eenBeschikbaarheidVoor1900IsOngeldig() {
        given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON)
                .body(toezegging("-5000-01-01", "2030-01-01")).post("/api/v1/toezeggingen").then()
                .statusCode(400).contentType(PROBLEM).body("invalidParams[0].name", equalTo("beschikbaarVanaf"));
    }

    @Test
    void eenBesluitdatumVoor1900IsOngeldig() {
        given().auth().oauth2(Tokens.minister()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"besluitdatum\":\"-5000-01-01\"}")
                .post("/api/v1/verdeelbesluiten/" + UUID.randomUUID() + "/vaststelling").then()
                .statusCode(400).contentType(PROBLEM).body("invalidParams[0].name", equalTo("besluitdatum"));
    }

    @Test
    void eenNulTekenInDeLocatieIsOngeldig() {
        given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON)
                .body(toezegging("2030-01-01", "2040-01-01").replace("Sloterdijk", "Sloter\\u0000dijk"))
                .post("/api/v1/toezeggingen").then()
                .statusCode(400).contentType(PROBLEM).body("invalidParams[0].name", equalTo("locatie"));
    }

    @Test
    void inclusiefVervangenIsTrueOfFalse() {
        given().queryParam("inclusiefVervangen", "ja").get("/api/v1/provinciale-plannen").then()
                .statusCode(400).contentType(PROBLEM).body("invalidParams[0].name", equalTo("inclusiefVervangen"));
    }
}
