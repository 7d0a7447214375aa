package nl.spreiding.notification.gebeurtenissen;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.spreiding.notification.support.Gebeurtenissen;

/**
 * The application deadline of the specifieke uitkering, from pledge-service's {@code uitkering.recht-berekend} (issue
 * 15; its schema is on pledge-service's side): a deadline of the municipality when part needs an application, met by
 * {@code uitkering.aangevraagd}. The events are applied as the consumer applies them, in its transaction.
 */
@QuarkusTest
class UitkeringstermijnTest {

    @Inject
    GebeurtenisVerwerker verwerker;

    @Test
    void eenRechtMetEenDeelOpAanvraagZetDeAanvraagtermijnVanDeGemeenteDieDeAanvraagAfrondt() {
        String cyclus = Gebeurtenissen.cyclus();
        String gemeente = Gebeurtenissen.gemeente();
        verwerk(Gebeurtenistypen.UITKERING_RECHT_BEREKEND, """
                {"cyclus":"%s","uitkeringsrechtId":"%s","gemeentecode":"%s","provinciecode":"PV20","regelingVersie":1,
                 "opgave":131,"duurzamePlaatsen":2031,"automatischCent":0,"opAanvraagCent":380000000,
                 "aanvraagUiterlijk":"2026-01-31","toelichting":"Trede 1","berekendOp":"2025-07-02T08:00:00Z",
                 "door":"minister@minjenv.example"}""".formatted(cyclus, UUID.randomUUID(), gemeente));
        JsonPath t = termijnen(cyclus, gemeente);
        assertThat(t.getList("resultaten.soort", String.class)).containsExactly("UITKERING_AANVRAAG");
        assertThat(t.getString("resultaten[0].vervaldatum")).isEqualTo("2026-01-31");
        assertThat(t.getBoolean("resultaten[0].afgerond")).isFalse();

        verwerk(Gebeurtenistypen.UITKERING_AANGEVRAAGD, """
                {"cyclus":"%s","uitkeringsrechtId":"%s","gemeentecode":"%s","provinciecode":"PV20",
                 "opAanvraagCent":380000000,"beschikbaarVanaf":"2024-06-01","aangevraagdOp":"2025-07-03T09:00:00Z",
                 "door":"asielopvang@gm1950.example"}""".formatted(cyclus, UUID.randomUUID(), gemeente));
        assertThat(termijnen(cyclus, gemeente).getBoolean("resultaten[0].afgerond")).isTrue();
    }

    @Test
    void eenRechtDatGeheelAutomatischWordtBetaaldZetGeenAanvraagtermijn() {
        String cyclus = Gebeurtenissen.cyclus();
        String gemeente = Gebeurtenissen.gemeente();
        verwerk(Gebeurtenistypen.UITKERING_RECHT_BEREKEND, """
                {"cyclus":"%s","uitkeringsrechtId":"%s","gemeentecode":"%s","provinciecode":"PV20","regelingVersie":1,
                 "opgave":100,"duurzamePlaatsen":100,"automatischCent":20000000,"opAanvraagCent":0,
                 "aanvraagUiterlijk":"2026-01-31","toelichting":"Automatisch","berekendOp":"2025-07-02T08:00:00Z",
                 "door":"minister@minjenv.example"}""".formatted(cyclus, UUID.randomUUID(), gemeente));
        assertThat(termijnen(cyclus, gemeente).getList("resultaten", Object.class)).isEmpty();
    }

    private void verwerk(String type, String data) {
        var event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(URI.create("urn:nld:spreiding:pledge-service")).withType(type)
                .withTime(OffsetDateTime.now()).withDataContentType("application/json")
                .withData(data.getBytes(StandardCharsets.UTF_8)).build();
        QuarkusTransaction.requiringNew().run(() -> verwerker.verwerk(event));
    }

    private static JsonPath termijnen(String cyclus, String gemeente) {
        return given().queryParam("cyclus", cyclus).queryParam("organisatie", gemeente).get("/api/v1/termijnen").then()
                .statusCode(200).extract().jsonPath();
    }

}
