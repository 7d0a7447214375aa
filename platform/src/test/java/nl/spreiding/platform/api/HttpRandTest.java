package nl.spreiding.platform.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class HttpRandTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void elkAntwoordDraagtDeApiVersie() {
        given().body("{\"tekst\":\"a\",\"aantal\":1}").contentType(ContentType.JSON)
                .post("/api/v1/notities").then().statusCode(200).header("API-Version", "1.2.3");
        given().get("/q/health/ready").then().statusCode(200).header("API-Version", "1.2.3");
        given().get("/api/v1/bestaat-niet").then().statusCode(404).header("API-Version", "1.2.3");
        given().get("/api/v1/notities/999999").then().statusCode(404).header("API-Version", "1.2.3");
    }

    @Test
    void eenOnbekendPadIsEenProbleem() {
        given().get("/api/v1/bestaat-niet").then()
                .statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("title", equalTo("Niet gevonden"))
                .body("instance", equalTo("/api/v1/bestaat-niet"));
        given().get("/iets/anders").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void eenOntbrekendeResourceIsEenProbleemMetEigenUitleg() {
        given().get("/api/v1/notities/424242").then()
                .statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Notitie 424242 bestaat niet."))
                .body("instance", equalTo("/api/v1/notities/424242"));
    }

    @Test
    void eenSlashAanHetEindIsGeenRoute() {
        given().get("/api/v1/notities/").then()
                .statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("/api/v1/notities."));
    }

    @Test
    void eenVerkeerdeMethodeIs405MetAllow() {
        given().delete("/api/v1/notities").then()
                .statusCode(405).contentType(PROBLEM)
                .header("Allow", containsString("POST"))
                .body("status", equalTo(405));
    }

    @Test
    void eenVerkeerdMediatypeIs415() {
        given().body("tekst=a").contentType(ContentType.TEXT).post("/api/v1/notities").then()
                .statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void misvormdeJsonIs400() {
        given().body("{\"tekst\": \"a\", ").contentType(ContentType.JSON).post("/api/v1/notities").then()
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:nld:spreiding:probleem:onleesbare-invoer"));
    }

    @Test
    void eenVerkeerdJsonTypeNoemtHetVeld() {
        given().body("{\"tekst\": \"a\", \"aantal\": \"veel\"}").contentType(ContentType.JSON)
                .post("/api/v1/notities").then()
                .statusCode(400).contentType(PROBLEM)
                .body("invalidParams[0].name", equalTo("aantal"));
    }

    @Test
    void validatieNoemtElkOngeldigVeld() {
        given().body("{\"tekst\": \" \", \"aantal\": -3}").contentType(ContentType.JSON)
                .post("/api/v1/notities").then()
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:nld:spreiding:probleem:ongeldige-invoer"))
                .body("invalidParams.name", containsInAnyOrder("tekst", "aantal"))
                .body("invalidParams.reason", not(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.nullValue())));
    }

    @Test
    void eenOnverwachteFoutIs500ZonderStacktrace() {
        given().body("{\"tekst\":\"b\",\"aantal\":2}").contentType(ContentType.JSON)
                .post("/api/v1/notities?mislukt=true").then()
                .statusCode(500).contentType(PROBLEM)
                .body("detail", startsWith("Er ging onverwacht iets mis"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at nl.spreiding")));
    }

    @Test
    void hetOpenApiDocumentStaatOnderHetApiPad() {
        given().get("/api/v1/openapi.json").then()
                .statusCode(200)
                .header("API-Version", "1.2.3")
                .body("info.version", equalTo("1.2.3"))
                .body("info.contact.name", notNullValue())
                .body("servers[0].url", equalTo("/api/v1"))
                .body("paths", org.hamcrest.Matchers.hasKey("/notities"))
                .body("paths.'/notities'.post.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/notities'.post.responses.'200'.headers", org.hamcrest.Matchers.hasKey("API-Version"));
    }
}
