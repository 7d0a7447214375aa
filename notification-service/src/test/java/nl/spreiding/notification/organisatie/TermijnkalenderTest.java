package nl.spreiding.notification.organisatie;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.notification.support.Gebeurtenissen;
import nl.spreiding.platform.contract.Gebeurteniscatalogus;

/** The .ics calendar of one organisation over HTTP, one rule per test. */
@QuarkusTest
class TermijnkalenderTest {

    private static final String ICS = "/api/v1/organisaties/{code}/termijnen.ics";
    private static final String VASTGESTELD = "nl.spreiding.verdeling.vastgesteld";

    @Test
    void eenOnbekendeGemeenteHeeftGeenAgenda() {
        given().get(ICS, "GM0000").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("GM0000 is niet bekend"));
    }

    @Test
    void eenCyclusZonderTermijnenHeeftGeenAgenda() {
        given().queryParam("cyclus", Gebeurtenissen.cyclus()).get(ICS, "PV27").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("heeft geen termijnen"));
    }

    @Test
    void eenProvincieHeeftAltijdEenAgenda() {
        given().get(ICS, "PV29").then().statusCode(200)
                .body(containsString("X-WR-CALNAME:Spreiding termijnen Zeeland\r\n"));
    }

    @Test
    void eenGemeenteUitEenVerdelingHeeftEenAgendaMetHaarNaam() {
        String gemeente = Gebeurtenissen.gemeente();
        String cyclus = Gebeurtenissen.cyclus();
        Gebeurteniscatalogus catalogus = Gebeurtenissen.producentVan(VASTGESTELD).catalogus();
        String voorbeeld = catalogus.voorbeeld(catalogus.type(VASTGESTELD).orElseThrow())
                .replace("\"2024-2026\"", '"' + cyclus + '"')
                .replace("\"GM0392\"", '"' + gemeente + '"').replace("\"Haarlem\"", "\"Haarlemmerliede\"");
        Gebeurtenissen.stuur(Gebeurtenissen.ALLOCATIE, VASTGESTELD, cyclus + "/ASIEL", voorbeeld);

        await().atMost(Duration.ofSeconds(30)).until(() -> given().get(ICS, gemeente).statusCode() == 200);
        given().get(ICS, gemeente).then().statusCode(200)
                .body(containsString("X-WR-CALNAME:Spreiding termijnen Haarlemmerliede\r\n"));
    }

    @Test
    void deAgendaDraagtEenSterkeEtag() {
        given().get(ICS, "PV27").then().statusCode(200).header("ETag", matchesPattern("\"[A-Za-z0-9_-]{22}\""));
    }

    @Test
    void deAgendaMetDezelfdeEtagInIfNoneMatchIs304ZonderInhoud() {
        String cyclus = geopendeCyclus();
        String etag = given().queryParam("cyclus", cyclus).get(ICS, "PV27").then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).queryParam("cyclus", cyclus).get(ICS, "PV27").then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyString());
    }

    @Test
    void deAgendaMetEenAndereEtagInIfNoneMatchIs200() {
        given().header("If-None-Match", "\"ouder\"").get(ICS, "PV27").then().statusCode(200)
                .body(containsString("BEGIN:VCALENDAR"));
    }

    /** A cycle of its own, opened, whose deadlines are all in. */
    private static String geopendeCyclus() {
        String cyclus = Gebeurtenissen.cyclus();
        int jaar = Integer.parseInt(cyclus.substring(0, 4));
        Gebeurtenissen.stuur(Gebeurtenissen.ALLOCATIE, "nl.spreiding.cyclus.geopend", cyclus, """
                {"cyclus": "%s", "referentiejaar": %d,
                 "termijnen": {"raming": "%d-02-01", "provinciaalPlan": "%d-11-01", "verdeelbesluit": "%d-12-31",
                               "realisatieMaanden": 6, "volgendeCyclus": "%d-02-01"},
                 "door": "minister@minjenv.example"}"""
                .formatted(cyclus, jaar, jaar, jaar, jaar, jaar + 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("cyclus", cyclus)
                .queryParam("organisatie", "PV27").get("/api/v1/termijnen").then().extract().path("totaal")
                .equals(4));
        return cyclus;
    }
}
