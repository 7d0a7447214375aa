package nl.spreiding.notification.organisatie;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.local.token.Tokens;

/** The feed of an organisation is its own (it carries its reminders); its deadline calendar is public. */
@QuarkusTest
class OrganisatieToegangTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String FEED = "/api/v1/organisaties/{code}/notificaties";

    @Test
    void alleenDeOrganisatieZelfEnEenBeheerderLezenHaarFeed() {
        given().auth().oauth2(Tokens.provincie("PV20")).get(FEED, "PV27").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("namens PV20"));
        given().auth().oauth2(Tokens.minister()).get(FEED, "PV27").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.gemeente("GM0363")).get(FEED, "PV27").then().statusCode(403);
        given().auth().oauth2(Tokens.provincie("PV27")).get(FEED, "PV27").then().statusCode(200)
                .body("na", equalTo(0));
        given().auth().oauth2(Tokens.beheerder()).get(FEED, "PV27").then().statusCode(200);
        given().auth().oauth2(Tokens.gemeente("GM0363")).get(FEED, "GM0363").then().statusCode(200);
    }

    @Test
    void deFeedVraagtEenGeldigToken() {
        given().get(FEED, "PV27").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
        String verlopen = Tokens.test().sign(Tokens.PROVINCIE, "PV27", "a@pv27.example", Duration.ofMinutes(-5));
        given().auth().oauth2(verlopen).get(FEED, "PV27").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void deTermijnkalenderIsZonderTokenTeLezen() {
        given().get("/api/v1/organisaties/PV27/termijnen.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).body(startsWith("BEGIN:VCALENDAR"));
        given().accept("text/calendar").get("/api/v1/termijnen").then().statusCode(200)
                .contentType(startsWith("text/calendar"));
        given().get("/api/v1/termijnen").then().statusCode(200).body("pagina", equalTo(1));
    }

    @Test
    void hetOpenApiDocumentZegtWelkeLeesoperatiesEenTokenVragen() {
        given().get("/api/v1/openapi.json").then().statusCode(200)
                .body("paths.'/organisaties/{code}/notificaties'.get.security", notNullValue())
                .body("paths.'/organisaties/{code}/termijnen.ics'.get.security", nullValue())
                .body("paths.'/termijnen'.get.security", nullValue())
                .body("paths.'/abonnementen'.get.security", notNullValue());
    }
}
