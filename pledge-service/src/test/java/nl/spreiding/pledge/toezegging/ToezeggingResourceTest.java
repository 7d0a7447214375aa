package nl.spreiding.pledge.toezegging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ToezeggingResourceTest {

    @Test
    void toezeggingenZijnPerProvincieTeLezen() {
        given().queryParam("provinciecode", "PV27").get("/api/v1/toezeggingen").then()
                .statusCode(200)
                .header("API-Version", "1.0.0")
                .body("pagina", equalTo(1));
    }

    @Test
    void eenMisvormdeGemeentecodeIsOngeldig() {
        given().queryParam("gemeentecode", "Amsterdam").get("/api/v1/toezeggingen").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("gemeentecode"));
    }
}
