package nl.spreiding.allocation.referentiedata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProvincieResourceTest {

    @Test
    void deTwaalfProvinciesStaanOpCbsCode() {
        given().get("/api/v1/provincies").then()
                .statusCode(200)
                .header("API-Version", "1.0.0")
                .body("totaal", equalTo(12))
                .body("resultaten", hasSize(12))
                .body("resultaten[0].code", equalTo("PV20"))
                .body("resultaten[0].naam", equalTo("Groningen"))
                .body("resultaten[11].code", equalTo("PV31"));
    }

    @Test
    void deLijstIsTePaginerenPerPagina() {
        given().queryParam("pagina", 2).queryParam("paginaGrootte", 5).get("/api/v1/provincies").then()
                .statusCode(200)
                .body("resultaten", hasSize(5))
                .body("resultaten[0].code", equalTo("PV25"))
                .body("aantalPaginas", equalTo(3));
    }

    @Test
    void eenProvincieIsOpTeVragenOpHaarCode() {
        given().get("/api/v1/provincies/PV27").then()
                .statusCode(200)
                .body("naam", equalTo("Noord-Holland"));
    }

    @Test
    void eenOnbekendeProvincieBestaatNiet() {
        given().get("/api/v1/provincies/PV99").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Provincie PV99 bestaat niet."));
    }

    @Test
    void eenOngeldigeCodeEnOngeldigePagineringWordenSamenGeweigerd() {
        given().queryParam("pagina", 0).queryParam("paginaGrootte", 9999).get("/api/v1/provincies").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("pagina", "paginaGrootte"));
        given().get("/api/v1/provincies/Utrecht").then()
                .statusCode(400)
                .body("invalidParams[0].name", equalTo("code"));
    }
}
