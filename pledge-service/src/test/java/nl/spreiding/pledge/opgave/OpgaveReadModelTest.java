package nl.spreiding.pledge.opgave;

import static io.restassured.RestAssured.given;
import static nl.spreiding.pledge.Fixtures.herziening;
import static nl.spreiding.pledge.Fixtures.send;
import static nl.spreiding.pledge.Fixtures.verdeling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.spreiding.pledge.Fixtures.Gebied;
import nl.spreiding.pledge.Fixtures;

@QuarkusTest
class OpgaveReadModelTest {

    private static final String CYCLUS = "2040-2042";

    @Inject
    EntityManager em;

    @Test
    void deOpgavenKomenUitDeVerdelingEnDeNieuwsteVersieBlijft() {
        List<Gebied> v1Provincies = List.of(new Gebied("PV27", "Noord-Holland", "PV27", 2_971_000, 17020, 1443, 0));
        List<Gebied> v1Gemeenten = List.of(
                new Gebied("GM0363", "Amsterdam", "PV27", 931_298, 5090, 432, 0),
                new Gebied("GM0392", "Haarlem", "PV27", 163_000, 900, 76, 100));
        var v1 = verdeling(CYCLUS, "ASIEL", v1Provincies, v1Gemeenten);
        String eerste = send("nl.spreiding.verdeling.vastgesteld", CYCLUS + "/ASIEL", v1);
        // The same event delivered twice (a relay retry) has its effect once.
        send(eerste, "nl.spreiding.verdeling.vastgesteld", CYCLUS + "/ASIEL", v1);
        send("nl.spreiding.cyclus.geopend", CYCLUS, Fixtures.cyclusGeopend(CYCLUS, "2040-11-01"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("cyclus", CYCLUS)
                .queryParam("gemeentecode", "GM0392").get("/api/v1/opgaven").then().statusCode(200)
                .body("totaal", equalTo(1)).body("resultaten[0].resterendeOpgave", equalTo(800)));
        assertThat(given().queryParam("cyclus", CYCLUS).get("/api/v1/opgaven").then().extract().jsonPath()
                .getInt("totaal")).isEqualTo(3);

        // The revision replaces version 1 completely: Haarlem's task changes, Zandvoort is new, and Haarlem's
        // revision arrives before a late copy of version 1 that must change nothing.
        var v2 = herziening(v1, List.of(new Gebied("PV27", "Noord-Holland", "PV27", 2_971_000, 17100,
                1450, 0)), List.of(new Gebied("GM0363", "Amsterdam", "PV27", 931_298, 5100, 433, 0),
                        new Gebied("GM0392", "Haarlem", "PV27", 163_000, 950, 80, 100),
                        new Gebied("GM0473", "Zandvoort", "PV27", 17_000, 70, 6, 0)));
        send("nl.spreiding.verdeling.herzien", CYCLUS + "/ASIEL", v2);
        String laat = send("nl.spreiding.verdeling.vastgesteld", CYCLUS + "/ASIEL",
                verdeling(CYCLUS, "ASIEL", v1Provincies, v1Gemeenten));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(laat));

        given().queryParam("cyclus", CYCLUS).queryParam("doelgroep", "ASIEL").get("/api/v1/opgaven").then()
                .statusCode(200)
                .body("totaal", equalTo(4))
                // provinces first, then municipalities by code
                .body("resultaten[0].code", equalTo("PV27")).body("resultaten[0].opgave", equalTo(17100))
                .body("resultaten[1].code", equalTo("GM0363")).body("resultaten[1].versie", equalTo(2))
                .body("resultaten[2].code", equalTo("GM0392")).body("resultaten[2].opgave", equalTo(950))
                .body("resultaten[2].amv", equalTo(80)).body("resultaten[2].bestaandePlaatsen", equalTo(100))
                .body("resultaten[2].resterendeOpgave", equalTo(850)).body("resultaten[2].naam", equalTo("Haarlem"))
                .body("resultaten[2].aantalInwoners", equalTo(163000))
                .body("resultaten[3].code", equalTo("GM0473"));

        given().get("/api/v1/cycli/" + CYCLUS).then().statusCode(200)
                .body("termijnen.provinciaalPlan", equalTo("2040-11-01"))
                .body("termijnen.realisatieMaanden", equalTo(6))
                .body("verdelingen[0].doelgroep", equalTo("ASIEL"))
                .body("verdelingen[0].versie", equalTo(2));
    }

    @Test
    void eenOnleesbareVerdelingGaatNaarHetDeadLetterTopic() {
        var kapot = verdeling(CYCLUS, "ASIEL", List.of(), List.of());
        kapot.remove("gemeenten");
        String id = Fixtures.sendBuitenContract("nl.spreiding.verdeling.herzien", "kapot/ASIEL", kapot);
        var dead = Fixtures.PROBE.readUntil(Fixtures.ALLOCATION_TOPIC + ".dlt",
                rs -> rs.stream().anyMatch(r -> "kapot/ASIEL".equals(r.key())), Duration.ofSeconds(30));
        assertThat(dead).filteredOn(r -> "kapot/ASIEL".equals(r.key())).hasSize(1);
        // Nacked and moved aside: its effect and its inbox record were rolled back.
        assertThat(processed(id)).isFalse();
    }

    @Test
    void ongeldigeFiltersWordenGeweigerd() {
        given().queryParam("cyclus", "2024").queryParam("provinciecode", "NH").get("/api/v1/opgaven").then()
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", org.hamcrest.Matchers.hasItems("cyclus", "provinciecode"));
        given().get("/api/v1/cycli/1999-2001").then().statusCode(404).contentType("application/problem+json");
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }
}
