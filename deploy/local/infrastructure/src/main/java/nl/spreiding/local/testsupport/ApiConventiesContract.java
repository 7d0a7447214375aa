package nl.spreiding.local.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The HTTP rules every service must follow, checked in each service's own application: extend it in a
 * {@code @QuarkusTest} class. Every error is problem+json and every response carries a semantic API-Version.
 */
public abstract class ApiConventiesContract {

    private static final String PROBLEM = "application/problem+json";
    private static final String SEMVER = "\\d+\\.\\d+\\.\\d+";
    private static final String PAD = "/api/v1/platformcontrole";

    @Test
    void onbekendPadIs404() {
        given().get("/api/v1/bestaat-niet").then().statusCode(404).contentType(PROBLEM)
                .header("API-Version", matchesPattern(SEMVER)).body("status", equalTo(404));
    }

    @Test
    void ongeldigeInvoerIs400MetElkVeld() {
        given().contentType(ContentType.JSON).body("{\"naam\":\"\",\"aantal\":0}").post(PAD).then()
                .statusCode(400).contentType(PROBLEM).header("API-Version", matchesPattern(SEMVER))
                .body("invalidParams.name", containsInAnyOrder("naam", "aantal"));
        given().contentType(ContentType.JSON).body("{\"naam\":").post(PAD).then()
                .statusCode(400).contentType(PROBLEM).header("API-Version", matchesPattern(SEMVER));
    }

    @Test
    void verkeerdeMethodeIs405() {
        given().delete(PAD).then().statusCode(405).contentType(PROBLEM)
                .header("API-Version", matchesPattern(SEMVER)).header("Allow", containsString("POST"));
    }

    @Test
    void verkeerdMediatypeIs415() {
        given().contentType(ContentType.TEXT).body("naam").post(PAD).then().statusCode(415).contentType(PROBLEM)
                .header("API-Version", matchesPattern(SEMVER));
    }

    @Test
    void onverwachteFoutIs500ZonderDetails() {
        given().get(PAD).then().statusCode(500).contentType(PROBLEM)
                .header("API-Version", matchesPattern(SEMVER))
                .body(not(containsString("geheime interne details")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void gezondheidEnOpenApiDragenDeVersie() {
        given().get("/q/health/ready").then().statusCode(200).header("API-Version", matchesPattern(SEMVER));
        given().get("/api/v1/openapi.json").then().statusCode(200).header("API-Version", matchesPattern(SEMVER))
                .body("servers[0].url", equalTo("/api/v1"));
    }
}
