package nl.spreiding.pledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.pledge.Fixtures.Gebied;

/** A client that already has the current version of a versioned resource gets 304 Not Modified (RFC 9110 13.1.2). */
@QuarkusTest
class VoorwaardelijkLezenTest {

    private static final String CYCLUS = "2082-2084";

    @BeforeEach
    void taskIsPublished() {
        if (given().get("/api/v1/cycli/" + CYCLUS).statusCode() != 200) {
            Fixtures.publiceer(CYCLUS, "2082-11-01",
                    List.of(new Gebied("PV27", "Noord-Holland", "PV27", 2_971_000, 1000, 100, 0)),
                    List.of(new Gebied("GM0363", "Amsterdam", "PV27", 931_298, 1000, 100, 0)));
        }
    }

    private static String nieuweToezegging() {
        return given().auth().oauth2(Tokens.provincie("PV27")).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body("""
                        {"cyclus":"%s","gemeentecode":"GM0363","locatie":"Amsterdam, Sloterdijk","doelgroep":"ASIEL",
                         "aantalPlaatsen":100,"duurzaam":true}""".formatted(CYCLUS))
                .post("/api/v1/toezeggingen").then().statusCode(201).extract().path("id");
    }

    @Test
    void deHuidigeVersieInIfNoneMatchGeeft304ZonderInhoud() {
        String id = nieuweToezegging();
        given().header("If-None-Match", "\"0\"").get("/api/v1/toezeggingen/" + id).then().statusCode(304)
                .header("ETag", "\"0\"").body(emptyString());
    }

    @Test
    void eenSterretjeInIfNoneMatchGeeft304() {
        String id = nieuweToezegging();
        given().header("If-None-Match", "*").get("/api/v1/toezeggingen/" + id).then().statusCode(304);
    }

    @Test
    void eenLijstMetDeHuidigeVersieAlsZwakkeTagGeeft304() {
        String id = nieuweToezegging();
        given().header("If-None-Match", "\"7\", W/\"0\"").get("/api/v1/toezeggingen/" + id).then().statusCode(304);
    }

    @Test
    void eenVerouderdeVersieInIfNoneMatchGeeftDeToezegging() {
        String id = nieuweToezegging();
        given().auth().oauth2(Tokens.provincie("PV27")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"reden\":\"Locatie valt af\"}")
                .post("/api/v1/toezeggingen/" + id + "/intrekking").then().statusCode(200);
        given().header("If-None-Match", "\"0\"").get("/api/v1/toezeggingen/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("INGETROKKEN"));
    }

    @Test
    void eenOngewijzigdVerdeelbesluitGeeft304() {
        String minister = Tokens.minister();
        String id = given().auth().oauth2(minister).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"" + CYCLUS + "\"}").post("/api/v1/verdeelbesluiten").then().statusCode(201)
                .header("ETag", "\"0\"").extract().path("id");
        given().auth().oauth2(minister).header("If-None-Match", "\"0\"").get("/api/v1/verdeelbesluiten/" + id).then()
                .statusCode(304).header("ETag", "\"0\"");
    }
}
