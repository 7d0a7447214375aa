package nl.spreiding.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.local.token.TokenSleutel;
import nl.spreiding.local.token.Tokens;

@QuarkusTest
class BeveiligingTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ZAAK = "/api/v1/provinciezaken/PV27";

    @Test
    void zonderTokenIs401MetUitdaging() {
        given().post(ZAAK).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("API-Version", "1.2.3")
                .body("status", equalTo(401)).body("instance", equalTo(ZAAK));
    }

    @Test
    void eenOngeldigTokenIs401() {
        String verlopen = Tokens.test().sign(Tokens.PROVINCIE, "PV27", "a@pv27.example", Duration.ofMinutes(-5));
        String vreemd = new Tokens(TokenSleutel.nieuw(), Tokens.ISSUER).voor(Tokens.PROVINCIE, "PV27", "x@example");
        String andereUitgever = new Tokens(TokenSleutel.vanDezeJvm(), "https://elders.example")
                .voor(Tokens.PROVINCIE, "PV27", "x@example");
        for (String token : new String[] { verlopen, vreemd, andereUitgever, "geen.jwt.token" }) {
            given().auth().oauth2(token).post(ZAAK).then().statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", containsString("invalid_token"));
        }
    }

    @Test
    void eenAndereRolIs403() {
        given().auth().oauth2(Tokens.gemeente("GM0363")).post(ZAAK).then().statusCode(403).contentType(PROBLEM)
                .body("status", equalTo(403));
    }

    @Test
    void eenProvincieHandeltAlleenVoorZichzelf() {
        given().auth().oauth2(Tokens.provincie("PV20")).post(ZAAK).then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("namens PV20"));
        given().auth().oauth2(Tokens.provincie("PV27")).post(ZAAK).then().statusCode(200)
                .body("door", equalTo("regietafel@pv27.example")).body("organisatie", equalTo("PV27"));
    }

    @Test
    void deMinisterHandeltVoorElkeProvincie() {
        given().auth().oauth2(Tokens.minister()).post(ZAAK).then().statusCode(200)
                .body("door", equalTo("minister@minjenv.example"));
    }

    @Test
    void eenNaamDieNietHeelKanWordenVastgelegdIs403() {
        String lang = "a".repeat(Aanvrager.MAX_NAAM - "@pv27.example".length() + 1) + "@pv27.example";
        given().auth().oauth2(Tokens.test().voor(Tokens.PROVINCIE, "PV27", lang)).post(ZAAK).then().statusCode(403)
                .contentType(PROBLEM).body("detail", containsString("101 tekens"));
        String precies = "a".repeat(Aanvrager.MAX_NAAM - "@pv27.example".length()) + "@pv27.example";
        given().auth().oauth2(Tokens.test().voor(Tokens.PROVINCIE, "PV27", precies)).post(ZAAK).then().statusCode(200)
                .body("door", equalTo(precies));
    }

    @Test
    void hetOpenApiDocumentNoemtDeEisEnDeRollen() {
        given().get("/api/v1/openapi.json").then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/provinciezaken/{provincie}'.post.security[0].bearer",
                        contains("provincie", "minister"))
                .body("paths.'/provinciezaken/{provincie}'.post.responses.'401'.content.'application/problem+json'",
                        org.hamcrest.Matchers.notNullValue());
    }
}
