package nl.spreiding.notification.abonnement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.notification.support.Gebeurtenissen;
import nl.spreiding.notification.support.Ontvanger;

/** An organisation manages and sees only its own subscriptions; an operator all of them. */
@QuarkusTest
class EigendomTest {

    private static final String PROBLEM = "application/problem+json";

    private Ontvanger ontvanger;
    /** Every subscription of a test asks for this municipality, so that a list can be narrowed to the test's own. */
    private String gemeente;

    @BeforeEach
    void start() throws Exception {
        ontvanger = new Ontvanger();
        gemeente = Gebeurtenissen.gemeente();
    }

    @AfterEach
    void stop() {
        ontvanger.close();
    }

    @Test
    void elkeOrganisatieZietAlleenHaarEigenAbonnementenEnEenBeheerderZietZeAllemaal() {
        String pv27 = abonneer(Tokens.provincie("PV27")).body("abonnement.eigenaar", equalTo("PV27"))
                .extract().path("abonnement.id");
        String pv20 = abonneer(Tokens.provincie("PV20")).body("abonnement.eigenaar", equalTo("PV20"))
                .extract().path("abonnement.id");
        String beheer = abonneer(Tokens.beheerder()).body("abonnement.eigenaar", nullValue())
                .extract().path("abonnement.id");

        JsonPath vanPv27 = lijst(Tokens.provincie("PV27"));
        assertThat(vanPv27.getList("resultaten.id", String.class)).containsExactly(pv27);
        assertThat(vanPv27.getLong("totaal")).isEqualTo(1);
        assertThat(lijst(Tokens.provincie("PV20")).getList("resultaten.id", String.class)).containsExactly(pv20);
        assertThat(lijst(Tokens.coa()).getList("resultaten", Object.class)).isEmpty();
        JsonPath vanBeheer = lijst(Tokens.beheerder());
        assertThat(vanBeheer.getList("resultaten.id", String.class)).containsExactlyInAnyOrder(pv27, pv20, beheer);
        assertThat(vanBeheer.getList("resultaten.eigenaar")).containsExactlyInAnyOrder("PV27", "PV20", null);
        given().get("/api/v1/abonnementen").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void eenAbonnementVanEenAndereOrganisatieIsVerbodenEnDatVanDeBeheerderAlleenVoorBeheerders() {
        String pv27 = abonneer(Tokens.provincie("PV27")).extract().path("abonnement.id");
        String beheer = abonneer(Tokens.beheerder()).extract().path("abonnement.id");

        for (String pad : List.of("", "/afleveringen", "/pogingen")) {
            given().auth().oauth2(Tokens.provincie("PV20")).get("/api/v1/abonnementen/{id}" + pad, pv27).then()
                    .statusCode(403).contentType(PROBLEM).body("detail", containsString("namens PV20"));
            given().auth().oauth2(Tokens.provincie("PV27")).get("/api/v1/abonnementen/{id}" + pad, pv27).then()
                    .statusCode(200);
        }
        // A national role is no operator: the minister does not manage a province's subscription.
        given().auth().oauth2(Tokens.minister()).get("/api/v1/abonnementen/{id}", pv27).then().statusCode(403)
                .contentType(PROBLEM);
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/abonnementen/{id}", pv27).then().statusCode(200)
                .body("eigenaar", equalTo("PV27"));
        given().auth().oauth2(Tokens.provincie("PV27")).get("/api/v1/abonnementen/{id}", beheer).then().statusCode(403)
                .contentType(PROBLEM);
        given().get("/api/v1/abonnementen/{id}", pv27).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void eenTokenZonderOrganisatieKanNietAbonnerenEnZijnCallbackOntvangtNiets() {
        String zonderOrganisatie = Tokens.test().voor(Tokens.GEMEENTE, null, "iemand@gemeente.example");
        given().auth().oauth2(zonderOrganisatie).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", ontvanger.url("/zonder"))).post("/api/v1/abonnementen").then()
                .statusCode(403).contentType(PROBLEM).body("detail", containsString("geen organisatie"));
        assertThat(ontvanger.verzoeken()).isEmpty();
    }

    @Test
    void deEigenaarIsGedocumenteerdAlsAlleenLezen() {
        given().get("/api/v1/openapi.json").then().statusCode(200)
                .body("components.schemas.Abonnement.properties.eigenaar.readOnly", equalTo(true))
                .body("components.schemas.AbonnementAanvraag.properties.eigenaar", nullValue());
    }

    private ValidatableResponse abonneer(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", ontvanger.url("/eigendom"), "organisaties", List.of(gemeente),
                        "soorten", List.of("nl.spreiding.realisatie.gemeld")))
                .post("/api/v1/abonnementen").then().statusCode(201);
    }

    private JsonPath lijst(String token) {
        return given().auth().oauth2(token).queryParam("organisatie", gemeente).get("/api/v1/abonnementen").then()
                .statusCode(200).extract().jsonPath();
    }
}
