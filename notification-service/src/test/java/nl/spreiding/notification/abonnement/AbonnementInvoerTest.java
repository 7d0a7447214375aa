package nl.spreiding.notification.abonnement;

import nl.spreiding.platform.api.Paginering;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.spreiding.local.token.Tokens;

/**
 * What POST /abonnementen refuses before it does any work: sizes first (one reason for a list that is too long, not
 * one per element), then texts the database cannot hold. No callback is called for any of these.
 */
@QuarkusTest
class AbonnementInvoerTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void teVeelSoortenGeeftEenRedenEnGeenRedenPerSoort() {
        aanvraag(Map.of("callbackUrl", "https://example.org/hook",
                "soorten", Collections.nCopies(5_000, "Geen Type"))).then()
                .statusCode(400).contentType(PROBLEM)
                .body("invalidParams.size()", equalTo(1))
                .body("invalidParams[0].name", equalTo("soorten"));
    }

    @Test
    void teVeelOrganisatiesGeeftEenRedenEnGeenRedenPerOrganisatie() {
        aanvraag(Map.of("callbackUrl", "https://example.org/hook",
                "organisaties", Collections.nCopies(5_000, "XX1"))).then()
                .statusCode(400).contentType(PROBLEM)
                .body("invalidParams.size()", equalTo(1))
                .body("invalidParams[0].name", equalTo("organisaties"));
    }

    @Test
    void eenTeLangeOmschrijvingGeeftEenReden() {
        aanvraag(Map.of("callbackUrl", "https://example.org/hook", "omschrijving", "x".repeat(501))).then()
                .statusCode(400).contentType(PROBLEM)
                .body("invalidParams.size()", equalTo(1))
                .body("invalidParams[0].name", equalTo("omschrijving"));
    }

    @Test
    void eenOmschrijvingMetEenNulTekenIsOngeldigInPlaatsVanEenServerfout() {
        aanvraag(Map.of("callbackUrl", "https://example.org/hook", "omschrijving", "Regietafel\u0000")).then()
                .statusCode(400).contentType(PROBLEM)
                .body("invalidParams[0].name", equalTo("omschrijving"));
    }

    @Test
    void eenSoortNullIsOngeldigInPlaatsVanDeSoortNull() {
        aanvraag(Map.of("callbackUrl", "https://example.org/hook",
                "soorten", Arrays.asList("nl.spreiding.cyclus.geopend", null))).then()
                .statusCode(400).contentType(PROBLEM)
                .body("invalidParams[0].name", equalTo("soorten[1]"));
    }

    @Test
    void eenPaginaVerAchterDeLaatsteIsLeegInPlaatsVanEenServerfout() {
        given().auth().oauth2(Tokens.beheerder()).queryParam("pagina", Paginering.MAX_PAGINA).queryParam("paginaGrootte", 500)
                .get("/api/v1/abonnementen").then().statusCode(200).body("resultaten.size()", equalTo(0));
    }

    private static io.restassured.response.Response aanvraag(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/abonnementen");
    }
}
