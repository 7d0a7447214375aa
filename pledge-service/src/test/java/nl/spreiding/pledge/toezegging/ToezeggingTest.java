package nl.spreiding.pledge.toezegging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.pledge.Fixtures.Event;
import nl.spreiding.pledge.Fixtures.Gebied;
import nl.spreiding.pledge.Fixtures;

@QuarkusTest
class ToezeggingTest {

    private static final String CYCLUS = "2042-2044";
    /** The person in {@link Tokens#provincie}'s token for Noord-Holland, which Amsterdam and Haarlem belong to. */
    private static final String REGIETAFEL = "regietafel@pv27.example";
    /** Another person of the same province: the audit trail names the person, not just the province. */
    private static final String GEDEPUTEERDE = "gedeputeerde@pv27.example";

    @BeforeEach
    void taskIsPublished() {
        if (given().get("/api/v1/cycli/" + CYCLUS).statusCode() != 200) {
            Fixtures.publiceer(CYCLUS, "2042-11-01",
                    List.of(new Gebied("PV27", "Noord-Holland", "PV27", 2_971_000, 1000, 100, 0)),
                    List.of(new Gebied("GM0363", "Amsterdam", "PV27", 931_298, 600, 60, 0),
                            new Gebied("GM0392", "Haarlem", "PV27", 163_000, 400, 40, 0)));
        }
    }

    private static RequestSpecification regietafel() {
        return given().auth().oauth2(Tokens.provincie("PV27"));
    }

    private static String body(int plaatsen, int amv) {
        return """
                {"cyclus":"%s","gemeentecode":"GM0363","locatie":"Amsterdam, Willinklaan","doelgroep":"ASIEL",
                 "aantalPlaatsen":%d,"aantalAmv":%d,"duurzaam":true,"beschikbaarVanaf":"2043-03-01",
                 "beschikbaarTot":"2053-03-01"}""".formatted(CYCLUS, plaatsen, amv);
    }

    private static final String WIJZIGING = """
            {"locatie":"Amsterdam, Willinklaan","doelgroep":"ASIEL","aantalPlaatsen":300,"aantalAmv":40,
             "duurzaam":true,"beschikbaarVanaf":"2043-03-01","beschikbaarTot":"2053-03-01",
             "status":"IN_VOORBEREIDING"}""";

    /** Registers a pledge of 250 places (40 AMV) for Amsterdam and returns its id. */
    private static String registreer() {
        return regietafel().header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(body(250, 40)).post("/api/v1/toezeggingen").then().statusCode(201).extract().path("id");
    }

    /** Changes a pledge at version 0 to 300 places, in preparation (version 1). */
    private static void wijzig(String id) {
        regietafel().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(WIJZIGING)
                .put("/api/v1/toezeggingen/" + id).then().statusCode(200);
    }

    /** Withdraws a pledge at version 1, as another person of the province (version 2). */
    private static void trekIn(String id) {
        given().auth().oauth2(Tokens.test().voor(Tokens.PROVINCIE, "PV27", GEDEPUTEERDE))
                .header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"reden\":\"Locatie valt af\"}").post("/api/v1/toezeggingen/" + id + "/intrekking").then()
                .statusCode(200);
    }

    /** Registers, changes and withdraws a pledge; returns its id. */
    private static String doorloop() {
        String id = registreer();
        wijzig(id);
        trekIn(id);
        return id;
    }

    @Test
    void eenNieuweToezeggingBegintOpVersieNulEnZegtWaarZeStaat() {
        var created = regietafel().header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(body(250, 40)).post("/api/v1/toezeggingen").then().statusCode(201)
                .header("ETag", "\"0\"").body("provinciecode", equalTo("PV27")).body("status", equalTo("GEPLAND"))
                .body("teltVoorOpgave", equalTo(true)).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/toezeggingen/" + id);
        given().get("/api/v1/toezeggingen/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void eenHerhaaldVerzoekMetDezelfdeSleutelGeeftDezelfdeToezegging() {
        long voor = aantal();
        String key = UUID.randomUUID().toString();
        var created = regietafel().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body(250, 40)).post("/api/v1/toezeggingen").then().statusCode(201).extract();
        String id = created.path("id");
        var retry = regietafel().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body(250, 40))
                .post("/api/v1/toezeggingen").then().statusCode(200).body("id", equalTo(id)).extract();
        assertThat(retry.header("Location")).isEqualTo(created.header("Location"));
        assertThat(aantal()).isEqualTo(voor + 1);
    }

    @Test
    void eenSleutelMetEenAndereInhoudIsNietTeVerwerken() {
        String key = UUID.randomUUID().toString();
        regietafel().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body(250, 40)).post("/api/v1/toezeggingen").then().statusCode(201);
        regietafel().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body(260, 40))
                .post("/api/v1/toezeggingen").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void wijzigenZonderIfMatchVraagtOmDeVersie() {
        String id = registreer();
        regietafel().contentType(ContentType.JSON).body(WIJZIGING).put("/api/v1/toezeggingen/" + id).then()
                .statusCode(428).contentType("application/problem+json");
    }

    @Test
    void wijzigenMetEenAndereVersieWordtGeweigerd() {
        String id = registreer();
        regietafel().header("If-Match", "\"7\"").contentType(ContentType.JSON).body(WIJZIGING)
                .put("/api/v1/toezeggingen/" + id).then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void eenWijzigingVerhoogtDeVersie() {
        String id = registreer();
        regietafel().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(WIJZIGING)
                .put("/api/v1/toezeggingen/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("aantalPlaatsen", equalTo(300)).body("status", equalTo("IN_VOORBEREIDING"));
    }

    @Test
    void eenTweedeBewerkerDieEenOudeVersieLasVerliest() {
        String id = registreer();
        wijzig(id);
        regietafel().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(WIJZIGING.replace("300", "999"))
                .put("/api/v1/toezeggingen/" + id).then().statusCode(412);
        given().get("/api/v1/toezeggingen/" + id).then().header("ETag", "\"1\"").body("aantalPlaatsen", equalTo(300));
    }

    @Test
    void deStatusVanEenToezeggingGaatAlleenVooruit() {
        String id = registreer();
        wijzig(id);
        regietafel().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(WIJZIGING.replace("IN_VOORBEREIDING", "GEPLAND")).put("/api/v1/toezeggingen/" + id).then()
                .statusCode(422);
        given().get("/api/v1/toezeggingen/" + id).then().header("ETag", "\"1\"").body("aantalPlaatsen", equalTo(300));
    }

    @Test
    void eenIngetrokkenToezeggingTeltNietMeeEnIsNietMeerTeWijzigen() {
        String id = registreer();
        wijzig(id);
        given().auth().oauth2(Tokens.test().voor(Tokens.PROVINCIE, "PV27", GEDEPUTEERDE))
                .header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"reden\":\"Locatie valt af\"}").post("/api/v1/toezeggingen/" + id + "/intrekking").then()
                .statusCode(200).header("ETag", "\"2\"").body("status", equalTo("INGETROKKEN"))
                .body("teltVoorOpgave", equalTo(false));
        regietafel().header("If-Match", "\"2\"").contentType(ContentType.JSON).body(WIJZIGING)
                .put("/api/v1/toezeggingen/" + id).then().statusCode(409);
    }

    @Test
    void deHistorieNoemtPerWijzigingWieHetDeedEnWatErVeranderde() {
        String id = doorloop();
        // Who did it comes from the verified token, per person.
        given().get("/api/v1/toezeggingen/" + id + "/historie").then().statusCode(200)
                .body("totaal", equalTo(3))
                .body("resultaten[0].actie", equalTo("GEREGISTREERD")).body("resultaten[0].voor", nullValue())
                .body("resultaten[0].door", equalTo(REGIETAFEL)).body("resultaten[0].na.aantalPlaatsen", equalTo(250))
                .body("resultaten[1].actie", equalTo("GEWIJZIGD")).body("resultaten[1].versie", equalTo(1))
                .body("resultaten[1].door", equalTo(REGIETAFEL))
                .body("resultaten[1].voor.aantalPlaatsen", equalTo(250)).body("resultaten[1].na.aantalPlaatsen", equalTo(300))
                .body("resultaten[2].actie", equalTo("INGETROKKEN")).body("resultaten[2].door", equalTo(GEDEPUTEERDE))
                .body("resultaten[2].voor.status", equalTo("IN_VOORBEREIDING"))
                .body("resultaten[2].na.status", equalTo("INGETROKKEN"));
    }

    @Test
    void elkeWijzigingVanEenToezeggingWordtOpVolgordeGepubliceerd() {
        String id = doorloop();
        List<Event> events = Fixtures.events(e -> id.equals(e.data().path("toezeggingId").asText()),
                es -> es.size() >= 3);
        assertThat(events).extracting(Event::type).containsExactly("nl.spreiding.toezegging.geregistreerd",
                "nl.spreiding.toezegging.gewijzigd", "nl.spreiding.toezegging.ingetrokken");
        assertThat(events).extracting(Event::key).containsOnly(CYCLUS + "/GM0363");
        assertThat(events).extracting(e -> e.data().path("versie").asInt()).containsExactly(0, 1, 2);
    }

    @Test
    void eenToezeggingsgebeurtenisDraagtDeHeleToezeggingEnWieHaarVeranderde() {
        String id = doorloop();
        List<Event> events = Fixtures.events(e -> id.equals(e.data().path("toezeggingId").asText()),
                es -> es.size() >= 3);
        Event eerste = events.get(0);
        assertThat(eerste.data().path("cyclus").asText()).isEqualTo(CYCLUS);
        assertThat(eerste.data().path("gemeentecode").asText()).isEqualTo("GM0363");
        assertThat(eerste.data().path("provinciecode").asText()).isEqualTo("PV27");
        assertThat(eerste.data().path("aantalPlaatsen").asInt()).isEqualTo(250);
        assertThat(eerste.data().path("aantalAmv").asInt()).isEqualTo(40);
        assertThat(eerste.data().path("duurzaam").asBoolean()).isTrue();
        assertThat(eerste.data().path("beschikbaarVanaf").asText()).isEqualTo("2043-03-01");
        assertThat(eerste.data().path("status").asText()).isEqualTo("GEPLAND");
        assertThat(eerste.data().path("door").asText()).isEqualTo(REGIETAFEL);
        assertThat(events.get(2).data().path("door").asText()).isEqualTo(GEDEPUTEERDE);
        assertThat(events.get(2).data().path("reden").asText()).isEqualTo("Locatie valt af");
    }

    @Test
    void eenOngeldigeToezeggingWordtGeweigerdEnVeranderdNiets() {
        long voor = aantal();
        regietafel().contentType(ContentType.JSON).body(body(10, 11)).post("/api/v1/toezeggingen").then()
                .statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem("aantalAmv"));
        regietafel().contentType(ContentType.JSON).body(body(10, 0).replace("2053-03-01", "2045-03-01"))
                .post("/api/v1/toezeggingen").then().statusCode(400).body("invalidParams.name", hasItem("beschikbaarTot"));
        regietafel().contentType(ContentType.JSON).body(body(10, 0).replace("\"ASIEL\"", "\"OEKRAINE\"").replace(
                "\"aantalAmv\":0", "\"aantalAmv\":2")).post("/api/v1/toezeggingen").then().statusCode(400);
        regietafel().contentType(ContentType.JSON).body(body(0, 0).replace("GM0363", "Amsterdam"))
                .post("/api/v1/toezeggingen").then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItems("aantalPlaatsen", "gemeentecode"));
        regietafel().contentType(ContentType.JSON).body(body(10, 0).replace("GM0363", "GM9999"))
                .post("/api/v1/toezeggingen").then().statusCode(422);
        regietafel().contentType(ContentType.JSON).body("{\"cyclus\":").post("/api/v1/toezeggingen").then()
                .statusCode(400);
        regietafel().contentType(ContentType.JSON).body(body(10, 0).replace("}", ",\"status\":\"INGETROKKEN\"}"))
                .post("/api/v1/toezeggingen").then().statusCode(422);
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void eenOnbekendeToezeggingBestaatNiet() {
        given().get("/api/v1/toezeggingen/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static final String UITRUIL = """
            {"cyclus":"%s","provinciecode":"PV27","gemeentecode":"GM0392","vanDoelgroep":"ASIEL",
             "naarDoelgroep":"OEKRAINE","aantalPlaatsen":20,"reden":"Afspraak regietafel"}""".formatted(CYCLUS);

    @Test
    void eenUitruilVerschuiftDeOpgaveInHetOverzichtEnWordtGepubliceerd() {
        String id = regietafel().contentType(ContentType.JSON).body(UITRUIL)
                .post("/api/v1/uitruilen").then().statusCode(201).body("vastgelegdDoor", equalTo(REGIETAFEL))
                .extract().path("id");
        given().queryParam("cyclus", CYCLUS).get("/api/v1/uitruilen").then().statusCode(200)
                .body("totaal", equalTo(1)).body("resultaten[0].id", equalTo(id));

        // The trade moves Haarlem's task in the integrated view.
        given().queryParam("cyclus", CYCLUS).get("/api/v1/provincies/PV27/overzicht").then().statusCode(200)
                .body("gemeenten.find { it.gemeentecode == 'GM0392' }.doelgroepen.find { it.doelgroep == 'ASIEL' }.uitruil",
                        equalTo(-20))
                .body("gemeenten.find { it.gemeentecode == 'GM0392' }.doelgroepen.find { it.doelgroep == 'ASIEL' }.opgaveNaUitruil",
                        equalTo(380))
                .body("gemeenten.find { it.gemeentecode == 'GM0392' }.doelgroepen.find { it.doelgroep == 'OEKRAINE' }.uitruil",
                        equalTo(20));
        List<Event> events = Fixtures.events(e -> id.equals(e.data().path("id").asText()), es -> !es.isEmpty());
        assertThat(events).extracting(Event::type).containsExactly("nl.spreiding.uitruil.vastgelegd");
        // The event names who recorded the trade door, as the other events do (the API keeps vastgelegdDoor).
        assertThat(events.get(0).data().path("door").asText()).isEqualTo(REGIETAFEL);
        assertThat(events.get(0).data().has("vastgelegdDoor")).isFalse();
    }

    @Test
    void eenUitruilGaatTussenTweeVerschillendeDoelgroepen() {
        regietafel().contentType(ContentType.JSON).body(UITRUIL.replace("OEKRAINE", "ASIEL")).post("/api/v1/uitruilen")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("naarDoelgroep"));
    }

    @Test
    void eenUitruilVanEenGemeenteBuitenDeGenoemdeProvincieIsNietTeVerwerken() {
        // Noord-Holland may act for Haarlem, but Haarlem is not in the province this trade names.
        regietafel().contentType(ContentType.JSON).body(UITRUIL.replace("PV27", "PV26")).post("/api/v1/uitruilen")
                .then().statusCode(422);
    }

    private long aantal() {
        return given().queryParam("cyclus", CYCLUS).get("/api/v1/toezeggingen").then().statusCode(200).extract()
                .jsonPath().getLong("totaal");
    }
}
