package nl.spreiding.notification;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.spreiding.testsupport.AutorisatieMatrixContract;
import nl.spreiding.testsupport.Regel;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.notification.notificatie.NotificatieService;
import nl.spreiding.notification.support.Ontvanger;

/**
 * Who may change what in notification-service. Every role may subscribe (for its own organisation); a subscription
 * is managed only by its owner, here PV27, and by the operators: the minister and COA are owners like any other
 * organisation, not national here.
 */
@QuarkusTest
class AutorisatieMatrixTest extends AutorisatieMatrixContract {

    private static final String[] ALLE_ROLLEN = { Tokens.MINISTER, Tokens.PROVINCIE, Tokens.GEMEENTE, Tokens.COA,
            Tokens.BEHEERDER };
    private static final String EIGENAAR = "PV27";
    /** A type nobody publishes: the matrix's subscriptions get nothing from the other tests' events. */
    private static final String PROEF = "nl.spreiding.matrix.proef";

    /** Answers every verification (and delivery) with 200, as a working callback does; open for the whole class. */
    private static Ontvanger ontvanger;
    private static Fixture fixture;

    @Inject
    NotificatieService notificaties;

    /** PV27's subscription with one delivery, and a second one of PV27 to unsubscribe. */
    record Fixture(String abonnement, String aflevering, String opTeZeggen) {
    }

    @AfterAll
    static void sluit() {
        if (ontvanger != null) {
            ontvanger.close();
        }
    }

    @Override
    protected List<Regel> regels() {
        return List.of(
                Regel.voor("POST", "/abonnementen").rollen(ALLE_ROLLEN).body(() -> aanvraag("/nieuw")),
                vanEigenaar("DELETE", "/abonnementen/{id}")
                        .pad(() -> "/abonnementen/" + fixture().opTeZeggen()),
                vanEigenaar("POST", "/abonnementen/{id}/geheim-rotaties")
                        .pad(() -> "/abonnementen/" + fixture().abonnement() + "/geheim-rotaties"),
                vanEigenaar("POST", "/abonnementen/{id}/activeringen")
                        .pad(() -> "/abonnementen/" + fixture().abonnement() + "/activeringen"),
                vanEigenaar("POST", "/abonnementen/{id}/afleveringen/{afleveringId}/herbezorgingen")
                        .pad(() -> "/abonnementen/" + fixture().abonnement() + "/afleveringen/"
                                + fixture().aflevering() + "/herbezorgingen"),
                // Legal dates: the minister decides, an operator may record; a fresh key per call (no 409).
                Regel.voor("POST", "/wettelijke-datums").rollen(Tokens.MINISTER, Tokens.BEHEERDER)
                        .body(AutorisatieMatrixTest::wettelijkeDatum),
                Regel.voor("POST", "/wettelijke-datums/{id}/vervangingen").rollen(Tokens.MINISTER, Tokens.BEHEERDER)
                        .pad(() -> "/wettelijke-datums/" + given().auth().oauth2(Tokens.beheerder())
                                .contentType("application/json").body(wettelijkeDatum()).post("/api/v1/wettelijke-datums")
                                .then().statusCode(201).extract().path("id") + "/vervangingen")
                        .body("""
                                {"datum":"2030-01-02","bron":"Matrix","brontekst":"Een vervanging."}"""));
    }

    private static String wettelijkeDatum() {
        return """
                {"sleutel":"MATRIX_%s","datum":"2030-01-01","omschrijving":"Autorisatiematrix","doelgroepen":["COA"],
                 "bron":"Matrix","brontekst":"Een proef."}""".formatted(UUID.randomUUID().toString().replace("-", "_")
                .toUpperCase(java.util.Locale.ROOT).substring(0, 20));
    }

    private static Regel vanEigenaar(String methode, String operatie) {
        return Regel.voor(methode, operatie).rollen(ALLE_ROLLEN).namens(EIGENAAR).landelijk(Tokens.BEHEERDER);
    }

    /** Made on first use, when the application runs; shared by all rules (the unsubscribe has its own). */
    private Fixture fixture() {
        if (fixture == null) {
            String abonnement = abonneerAlsEigenaar("/fixture");
            UUID notificatie = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> notificaties.publiceer(notificatie,
                    "urn:nld:spreiding:pledge-service", notificatie.toString(), PROEF, "matrix/" + EIGENAAR,
                    Instant.now(), List.of(EIGENAAR), new ObjectMapper().createObjectNode().put("provinciecode", EIGENAAR)));
            String aflevering = given().auth().oauth2(Tokens.provincie(EIGENAAR))
                    .get("/api/v1/abonnementen/{id}/afleveringen", abonnement).then().statusCode(200)
                    .extract().path("resultaten[0].id");
            fixture = new Fixture(abonnement, aflevering, abonneerAlsEigenaar("/op-te-zeggen"));
        }
        return fixture;
    }

    private static String abonneerAlsEigenaar(String pad) {
        return given().auth().oauth2(Tokens.provincie(EIGENAAR)).contentType("application/json").body(aanvraag(pad))
                .post("/api/v1/abonnementen").then().statusCode(201).extract().path("abonnement.id");
    }

    private static String aanvraag(String pad) {
        return """
                {"callbackUrl": "%s", "soorten": ["%s"], "organisaties": ["%s"], "omschrijving": "autorisatiematrix"}"""
                .formatted(ontvanger().url(pad), PROEF, EIGENAAR);
    }

    private static Ontvanger ontvanger() {
        if (ontvanger == null) {
            try {
                ontvanger = new Ontvanger();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ontvanger;
    }
}
