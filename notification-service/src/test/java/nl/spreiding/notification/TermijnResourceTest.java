package nl.spreiding.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TermijnResourceTest {

    @Test
    void listsDeadlinesOfAnOrganisation() {
        given().queryParam("organisatie", "GM0363").get("/api/v1/termijnen").then()
                .statusCode(200)
                .header("API-Version", "1.0.0")
                .body("pagina", equalTo(1));
    }

    @Test
    void rejectsAnUnknownKindOfOrganisationCode() {
        given().queryParam("organisatie", "XX01").get("/api/v1/termijnen").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("organisatie"));
    }
}
