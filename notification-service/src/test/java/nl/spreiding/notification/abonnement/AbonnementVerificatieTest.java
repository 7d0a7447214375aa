package nl.spreiding.notification.abonnement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.notification.support.Gebeurtenissen;
import nl.spreiding.notification.webhook.Ondertekening;
import nl.spreiding.notification.support.Ontvanger;
import nl.spreiding.notification.support.Ontvanger.Antwoord;

/** The verification at creation, against a real receiver: what it is signed with, how long it waits, what it says. */
@QuarkusTest
class AbonnementVerificatieTest {

    private Ontvanger ontvanger;
    private String token;

    @BeforeEach
    void start() throws Exception {
        ontvanger = new Ontvanger();
        token = Tokens.gemeente(Gebeurtenissen.gemeente());
    }

    @AfterEach
    void stop() {
        ontvanger.close();
    }

    @Test
    void eenOntvangerDieElkeHandtekeningControleertKanZichMetEenEigenGeheimAbonneren() throws Exception {
        String geheim = geheim(32);
        ontvanger.controleerHandtekeningenMet(geheim);

        aanvraag(Map.of("callbackUrl", ontvanger.url("/streng"), "geheim", geheim)).post("/api/v1/abonnementen").then()
                .statusCode(201).body("geheim", equalTo(geheim)).body("abonnement.status", equalTo("ACTIEF"));
        assertThat(ontvanger.van("nl.spreiding.abonnement.verificatie")).singleElement()
                .satisfies(v -> new Webhook(geheim).verify(v.body(), v.httpHeaders()));
    }

    @Test
    void eenEigenGeheimVanTeWeinigBytesWordtGeweigerdVoordatDeCallbackIetsOntvangt() {
        aanvraag(Map.of("callbackUrl", ontvanger.url("/kort"), "geheim", geheim(16))).post("/api/v1/abonnementen").then()
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("geheim")));
        assertThat(ontvanger.verzoeken()).isEmpty();
    }

    @Test
    void eenMisluktVerificatieNoemtAlleenDatErBinnenDeTermijnGeen2xxKwam() {
        ontvanger.antwoord(new Antwoord(404, Map.of("Server", "intern-systeem/1.2")));

        aanvraag(Map.of("callbackUrl", ontvanger.url("/bestaat-niet"))).post("/api/v1/abonnementen").then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("De callback-URL gaf binnen 3 s geen 2xx-antwoord."));
    }

    @Test
    void eenCallbackDieNietAntwoordtHoudtHetAanmakenHoogstensDeVerificatietermijnVast() {
        ontvanger.antwoord(Antwoord.na(Duration.ofSeconds(15), 200));
        // Timed is the verification, not the first request of this JVM (token keys, database pool, class loading).
        given().auth().oauth2(token).get("/api/v1/abonnementen").then().statusCode(200);
        long start = System.nanoTime();

        aanvraag(Map.of("callbackUrl", ontvanger.url("/traag"))).post("/api/v1/abonnementen").then().statusCode(422);

        // The default verification-timeout is 3 s; the margin is for a machine shared by several builds.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    private RequestSpecification aanvraag(Map<String, String> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
    }

    private static String geheim(int bytes) {
        byte[] sleutel = new byte[bytes];
        new SecureRandom().nextBytes(sleutel);
        return Ondertekening.PREFIX + Base64.getEncoder().encodeToString(sleutel);
    }
}
