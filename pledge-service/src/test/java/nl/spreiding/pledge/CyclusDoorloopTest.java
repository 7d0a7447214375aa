package nl.spreiding.pledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.pledge.Fixtures.Event;
import nl.spreiding.pledge.Fixtures.Gebied;

/** From a published task through plans and the decision to realised or overdue places, all over HTTP and Kafka. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CyclusDoorloopTest {

    private static final String MINISTER = "minister@minjenv.example";

    private static RequestSpecification minister() {
        return given().auth().oauth2(Tokens.minister());
    }

    /** A pledge, registered by the regietafel of the municipality's province. */
    private static void toezegging(String provincie, String cyclus, String gemeente, int plaatsen, int amv,
            boolean duurzaam) {
        given().auth().oauth2(Tokens.provincie(provincie)).contentType(ContentType.JSON).body("""
                {"cyclus":"%s","gemeentecode":"%s","locatie":"%s, locatie %d","doelgroep":"ASIEL","aantalPlaatsen":%d,
                 "aantalAmv":%d,"duurzaam":%b}""".formatted(cyclus, gemeente, gemeente, plaatsen, plaatsen, amv, duurzaam))
                .post("/api/v1/toezeggingen").then().statusCode(201);
    }

    private static JsonPath dienIn(String cyclus, String provincie) {
        return given().auth().oauth2(Tokens.provincie(provincie)).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"%s\",\"provinciecode\":\"%s\"}".formatted(cyclus, provincie))
                .post("/api/v1/provinciale-plannen").then().statusCode(201).extract().jsonPath();
    }

    /*
     * One cycle, 2044-2046, in steps that follow each other (ordered, one test instance): each step states one rule
     * and builds on the state the steps before it left.
     */
    private static final String CYCLUS = "2044-2046";
    private static final String AANPASSING = """
            {"aanwijzingen":[{"gemeentecode":"GM0361","aantalPlaatsen":63,"aantalAmv":5},
             {"gemeentecode":"GM0392","aantalPlaatsen":67,"aantalAmv":0,"toelichting":"Na overleg"},
             {"gemeentecode":"GM0394","aantalPlaatsen":40,"aantalAmv":0}]}""";

    private final LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private final String uiterlijk = vandaag.plusMonths(6).toString();
    private String kortPlan;
    private String besluit;
    private String eersteAanwijzing;
    private String haarlem;

    @Test
    @Order(1)
    void deIntegraleWeergaveTeltAlleenDuurzameToezeggingen() {
        String cyclus = CYCLUS;
        Fixtures.publiceer(cyclus, "2045-11-01",
                List.of(new Gebied("PV27", "Noord-Holland", "PV27", 2_971_000, 1000, 100, 0),
                        new Gebied("PV26", "Utrecht", "PV26", 1_387_000, 300, 30, 0)),
                List.of(new Gebied("GM0363", "Amsterdam", "PV27", 931_298, 500, 50, 0),
                        new Gebied("GM0392", "Haarlem", "PV27", 163_000, 200, 20, 0),
                        new Gebied("GM0361", "Alkmaar", "PV27", 110_000, 150, 15, 0),
                        new Gebied("GM0394", "Haarlemmermeer", "PV27", 160_000, 150, 15, 0),
                        new Gebied("GM0344", "Utrecht", "PV26", 374_000, 200, 20, 0),
                        new Gebied("GM0345", "Veenendaal", "PV26", 67_000, 100, 10, 0)));

        // Noord-Holland: Amsterdam pledges more than its share, three others less; temporary places do not count.
        toezegging("PV27", cyclus, "GM0363", 600, 50, true);
        toezegging("PV27", cyclus, "GM0392", 100, 20, true);
        toezegging("PV27", cyclus, "GM0361", 50, 10, true);
        toezegging("PV27", cyclus, "GM0394", 80, 15, true);
        toezegging("PV27", cyclus, "GM0394", 100, 0, false);
        // Utrecht covers its task although Veenendaal stays below its own.
        toezegging("PV26", cyclus, "GM0344", 250, 30, true);
        toezegging("PV26", cyclus, "GM0345", 50, 0, true);

        // The integrated view, as JSON and as CSV.
        given().queryParam("cyclus", cyclus).get("/api/v1/provincies/PV27/overzicht").then().statusCode(200)
                .body("naam", equalTo("Noord-Holland"))
                .body("doelgroepen[0].doelgroep", equalTo("ASIEL"))
                .body("doelgroepen[0].opgave", equalTo(1000))
                .body("doelgroepen[0].toegezegd", equalTo(830))
                .body("doelgroepen[0].amvToegezegd", equalTo(95))
                .body("doelgroepen[0].tekort", equalTo(170))
                .body("doelgroepen[0].plaatsenPer1000Inwoners", equalTo(0.28f))
                .body("gemeenten.find { it.gemeentecode == 'GM0363' }.doelgroepen[0].overschot", equalTo(100))
                .body("gemeenten.find { it.gemeentecode == 'GM0363' }.doelgroepen[0].plaatsenPer1000Inwoners",
                        equalTo(0.64f))
                .body("gemeenten.find { it.gemeentecode == 'GM0394' }.doelgroepen[0].toegezegd", equalTo(80));
        String csv = given().accept("text/csv").queryParam("cyclus", cyclus).get("/api/v1/provincies/PV27/overzicht")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(6).contains(
                "PROVINCIE,PV27,Noord-Holland,2971000,ASIEL,1000,100,0,1000,0,1000,830,95,0,-170,170,0,0.28,0,0,100",
                "GEMEENTE,GM0363,Amsterdam,931298,ASIEL,500,50,0,500,0,500,600,50,0,100,0,100,0.64,0,0,0");
    }

    @Test
    @Order(2)
    void hetOverzichtVraagtOmEenCyclus() {
        given().get("/api/v1/provincies/PV27/overzicht").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("cyclus"));
    }

    @Test
    @Order(3)
    void eenTweedeIndieningVervangtHetPlanEnBewaartHet() {
        String cyclus = CYCLUS;
        // A plan that falls short and one that covers; a second submission replaces the first and keeps it.
        JsonPath kort = dienIn(cyclus, "PV27");
        kortPlan = kort.getString("id");
        assertThat(kort.getInt("planversie")).isEqualTo(1);
        assertThat(kort.getBoolean("dektOpgave")).isFalse();
        assertThat(kort.getInt("tekort")).isEqualTo(170);
        assertThat(kort.getInt("amvTekort")).isEqualTo(5);
        assertThat(kort.getBoolean("teLaat")).isFalse();
        assertThat(kort.getString("ingediendDoor")).isEqualTo("regietafel@pv27.example");
        assertThat(kort.getList("gemeentenOnderOpgave")).containsExactly("GM0361", "GM0392", "GM0394");
        JsonPath tweede = dienIn(cyclus, "PV27");
        assertThat(tweede.getInt("planversie")).isEqualTo(2);
        JsonPath dekkend = dienIn(cyclus, "PV26");
        assertThat(dekkend.getBoolean("dektOpgave")).isTrue();
        assertThat(dekkend.getInt("tekort")).isZero();
        assertThat(dekkend.getList("gemeentenOnderOpgave")).containsExactly("GM0345");
        given().queryParam("cyclus", cyclus).queryParam("inclusiefVervangen", true).get("/api/v1/provinciale-plannen")
                .then().statusCode(200).body("totaal", equalTo(3))
                .body("resultaten.status", contains("INGEDIEND", "VERVANGEN", "INGEDIEND"));
        given().contentType(ContentType.JSON).body("{}").put("/api/v1/provinciale-plannen/" + kortPlan)
                .then().statusCode(405);
    }

    @Test
    @Order(4)
    void elkPlanEnElkTekortWordtGepubliceerd() {
        String cyclus = CYCLUS;
        List<Event> planEvents = Fixtures.eventsVan(cyclus + "/PV27", 4);
        assertThat(planEvents).extracting(Event::type).containsExactly("nl.spreiding.provinciaal-plan.ingediend",
                "nl.spreiding.tekort.vastgesteld", "nl.spreiding.provinciaal-plan.ingediend",
                "nl.spreiding.tekort.vastgesteld");
        assertThat(planEvents.get(0).data().path("tekort").asInt()).isEqualTo(170);
        assertThat(planEvents.get(0).data().path("opgave").asInt()).isEqualTo(1000);
        assertThat(planEvents.get(0).data().path("toegezegd").asInt()).isEqualTo(830);
        assertThat(planEvents.get(0).data().path("dektOpgave").asBoolean()).isFalse();
        assertThat(planEvents.get(1).data().path("amvTekort").asInt()).isEqualTo(5);
        assertThat(planEvents.get(2).data().path("vorigPlanId").asText()).isEqualTo(kortPlan);
        assertThat(planEvents.get(2).data().path("door").asText()).isEqualTo("regietafel@pv27.example");
        assertThat(Fixtures.eventsVan(cyclus + "/PV26", 1)).extracting(Event::type)
                .containsExactly("nl.spreiding.provinciaal-plan.ingediend");
    }

    @Test
    @Order(5)
    void hetConceptbesluitVerdeeltHetTekortVolgensDeAanwijzingsregel() {
        String cyclus = CYCLUS;
        // The decision proposes designations by the rule: 170 over lacks 100, 100, 70; AMV 5 to Alkmaar only.
        var concept = minister().contentType(ContentType.JSON)
                .body("{\"cyclus\":\"%s\"}".formatted(cyclus)).post("/api/v1/verdeelbesluiten").then().statusCode(201)
                .header("ETag", "\"0\"").body("status", equalTo("CONCEPT")).body("opgesteldDoor", equalTo(MINISTER))
                .body("aangepastDoor", nullValue()).extract().jsonPath();
        besluit = concept.getString("id");
        eersteAanwijzing = concept.getString("aanwijzingen[0].id");
        assertThat(concept.getList("aanwijzingen.gemeentecode")).containsExactly("GM0361", "GM0392", "GM0394");
        assertThat(concept.getList("aanwijzingen.aantalPlaatsen", Integer.class)).containsExactly(63, 63, 44);
        assertThat(concept.getList("aanwijzingen.aantalAmv", Integer.class)).containsExactly(5, 0, 0);
        assertThat(concept.getList("provincies.grondslag")).containsExactly("PLAN", "PLAN");
        minister().contentType(ContentType.JSON).body("{\"cyclus\":\"%s\"}".formatted(cyclus))
                .post("/api/v1/verdeelbesluiten").then().statusCode(409);
    }

    @Test
    @Order(6)
    void eenConceptbesluitBestaatAlleenVoorDeMinister() {
        String cyclus = CYCLUS;
        // Until it is issued the draft is the minister's working paper: to anyone else it does not exist yet.
        given().get("/api/v1/verdeelbesluiten/" + besluit).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.gemeente("GM0361")).get("/api/v1/verdeelbesluiten/" + besluit).then().statusCode(404);
        given().get("/api/v1/aanwijzingen/" + eersteAanwijzing).then().statusCode(404);
        given().queryParam("cyclus", cyclus).get("/api/v1/verdeelbesluiten").then().body("totaal", equalTo(0));
        given().auth().oauth2(Tokens.provincie("PV27")).queryParam("cyclus", cyclus).get("/api/v1/aanwijzingen").then()
                .body("totaal", equalTo(0));
        minister().get("/api/v1/verdeelbesluiten/" + besluit).then().statusCode(200).header("ETag", "\"0\"");
        minister().queryParam("cyclus", cyclus).get("/api/v1/aanwijzingen").then().body("totaal", equalTo(3));
    }

    @Test
    @Order(7)
    void deMinisterPastHetConceptAanVoordatHijHetNeemt() {
        // The minister adjusts before issuing.
        minister().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(AANPASSING.replace("GM0394", "GM0361")).put("/api/v1/verdeelbesluiten/" + besluit + "/aanwijzingen")
                .then().statusCode(400);
        minister().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(AANPASSING)
                .put("/api/v1/verdeelbesluiten/" + besluit + "/aanwijzingen").then().statusCode(200)
                .header("ETag", "\"1\"").body("aangepastDoor", equalTo(MINISTER)).body("aangepastOp", notNullValue())
                .body("aanwijzingen.find { it.gemeentecode == 'GM0392' }.aantalPlaatsen", equalTo(67))
                .body("aanwijzingen.find { it.gemeentecode == 'GM0392' }.voorgesteldPlaatsen", equalTo(63))
                .body("aanwijzingen.find { it.gemeentecode == 'GM0394' }.voorgesteldPlaatsen", equalTo(44));
        minister().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/verdeelbesluiten/" + besluit + "/vaststelling").then().statusCode(412);
        minister().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"besluitdatum\":\"%s\"}".formatted(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(2)))
                .post("/api/v1/verdeelbesluiten/" + besluit + "/vaststelling").then().statusCode(400);
    }

    @Test
    @Order(8)
    void eenGenomenBesluitIsOnveranderlijkEnSluitDePlannen() {
        String cyclus = CYCLUS;
        var genomen = minister().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{}").post("/api/v1/verdeelbesluiten/" + besluit + "/vaststelling").then().statusCode(200)
                .body("status", equalTo("GENOMEN")).body("genomenDoor", equalTo(MINISTER))
                .body("besluitdatum", equalTo(vandaag.toString()))
                .body("realisatieUiterlijk", equalTo(uiterlijk)).extract().jsonPath();
        haarlem = genomen.getString("aanwijzingen.find { it.gemeentecode == 'GM0392' }.id");
        given().get("/api/v1/verdeelbesluiten/" + besluit).then().statusCode(200).body("status", equalTo("GENOMEN"));
        given().queryParam("cyclus", cyclus).get("/api/v1/aanwijzingen").then().body("totaal", equalTo(3));
        minister().header("If-Match", "\"2\"").contentType(ContentType.JSON).body(AANPASSING)
                .put("/api/v1/verdeelbesluiten/" + besluit + "/aanwijzingen").then().statusCode(409);
        given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"%s\",\"provinciecode\":\"PV27\"}".formatted(cyclus))
                .post("/api/v1/provinciale-plannen").then().statusCode(409);
    }

    @Test
    @Order(9)
    void hetGenomenBesluitEnElkeAanwijzingWordenGepubliceerd() {
        String cyclus = CYCLUS;
        List<Event> besluitEvents = Fixtures.eventsVan(cyclus, 1);
        assertThat(besluitEvents).extracting(Event::type).containsExactly("nl.spreiding.verdeelbesluit.genomen");
        var data = besluitEvents.get(0).data();
        assertThat(data.path("besluitId").asText()).isEqualTo(besluit);
        assertThat(data.path("realisatieUiterlijk").asText()).isEqualTo(uiterlijk);
        assertThat(data.path("door").asText()).isEqualTo(MINISTER);
        assertThat(data.path("aanwijzingen")).hasSize(3);
        assertThat(data.path("aanwijzingen").get(1).path("gemeentecode").asText()).isEqualTo("GM0392");
        assertThat(data.path("aanwijzingen").get(1).path("aantalPlaatsen").asInt()).isEqualTo(67);
        List<Event> aangewezen = Fixtures.events(e -> e.type().equals("nl.spreiding.gemeente.aangewezen")
                && e.key().startsWith(cyclus + "/"), es -> es.size() >= 3);
        assertThat(aangewezen).extracting(Event::key).containsExactlyInAnyOrder(cyclus + "/GM0361",
                cyclus + "/GM0392", cyclus + "/GM0394");
        assertThat(aangewezen).filteredOn(e -> e.key().endsWith("GM0361")).singleElement()
                .satisfies(e -> assertThat(e.data().path("aantalAmv").asInt()).isEqualTo(5))
                .satisfies(e -> assertThat(e.data().path("realisatieUiterlijk").asText()).isEqualTo(uiterlijk));
    }

    @Test
    @Order(10)
    void eenAanwijzingIsGerealiseerdAlsHaarLocatiesSamenHaarPlaatsenHalen() {
        String cyclus = CYCLUS;
        // Haarlem realises its designation on time, over two locations.
        String melding = """
                {"cyclus":"%s","gemeentecode":"GM0392","locatie":"%s","doelgroep":"ASIEL","aantalGerealiseerd":%d,
                 "duurzaam":true,"aanwijzingId":"%s"}""";
        given().auth().oauth2(Tokens.gemeente("GM0392")).contentType(ContentType.JSON)
                .body(melding.formatted(cyclus, "Haarlem, Schoterweg", 40, haarlem)).post("/api/v1/realisaties").then()
                .statusCode(201).body("gemeldDoor", equalTo("asielopvang@gm0392.example"));
        given().get("/api/v1/aanwijzingen/" + haarlem).then().body("status", equalTo("AANGEWEZEN"))
                .body("aantalGerealiseerd", equalTo(40));
        // Alkmaar, acting for itself, cannot report places against Haarlem's designation.
        given().auth().oauth2(Tokens.gemeente("GM0361")).contentType(ContentType.JSON)
                .body(melding.formatted(cyclus, "Haarlem, Spaarne", 27, haarlem).replace("GM0392", "GM0361"))
                .post("/api/v1/realisaties").then().statusCode(422);
        given().auth().oauth2(Tokens.gemeente("GM0392")).contentType(ContentType.JSON)
                .body(melding.formatted(cyclus, "Haarlem, Spaarne", 27, haarlem))
                .post("/api/v1/realisaties").then().statusCode(201);
        given().get("/api/v1/aanwijzingen/" + haarlem).then().body("status", equalTo("GEREALISEERD"))
                .body("aantalGerealiseerd", equalTo(67));
        minister().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/aanwijzingen/" + haarlem + "/indeplaatsstelling").then().statusCode(409);
        given().queryParam("cyclus", cyclus).get("/api/v1/provincies/PV27/overzicht").then()
                .body("doelgroepen[0].gerealiseerd", equalTo(67));
        assertThat(Fixtures.events(e -> e.type().equals("nl.spreiding.realisatie.gemeld")
                && e.key().equals(cyclus + "/GM0392"), es -> es.size() >= 2))
                .extracting(e -> e.data().path("aantalGerealiseerd").asInt()).containsExactly(40, 27);
    }

    @Test
    void eenAanwijzingDieNietOpTijdIsGerealiseerdVerstrijktEenmaalEnDeMinisterTreedtInDePlaats() {
        String cyclus = "2024-2026";
        Fixtures.publiceer(cyclus, "2024-11-01",
                List.of(new Gebied("PV20", "Groningen", "PV20", 596_000, 100, 10, 0)),
                List.of(new Gebied("GM0014", "Groningen", "PV20", 238_000, 60, 6, 0),
                        new Gebied("GM0037", "Stadskanaal", "PV20", 32_000, 40, 4, 0)));
        toezegging("PV20", cyclus, "GM0014", 20, 6, true);
        toezegging("PV20", cyclus, "GM0037", 40, 4, true);
        JsonPath plan = dienIn(cyclus, "PV20");
        assertThat(plan.getBoolean("teLaat")).isTrue();
        assertThat(plan.getInt("tekort")).isEqualTo(40);

        String besluit = minister().contentType(ContentType.JSON).body("{\"cyclus\":\"%s\"}".formatted(cyclus))
                .post("/api/v1/verdeelbesluiten").then().statusCode(201)
                .body("aanwijzingen[0].aantalPlaatsen", equalTo(40)).extract().path("id");
        String aanwijzing = minister().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"besluitdatum\":\"2024-12-31\"}").post("/api/v1/verdeelbesluiten/" + besluit + "/vaststelling")
                .then().statusCode(200).body("realisatieUiterlijk", equalTo("2025-06-30"))
                .extract().path("aanwijzingen[0].id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/aanwijzingen/" + aanwijzing)
                .then().body("status", equalTo("TERMIJN_VERSTREKEN")));
        List<Event> verstreken = Fixtures.events(e -> e.type().equals("nl.spreiding.realisatie.termijn-verstreken")
                && e.key().equals(cyclus + "/GM0014"), es -> !es.isEmpty());
        assertThat(verstreken).singleElement().satisfies(e -> assertThat(e.data().path("aanwijzingId").asText())
                .isEqualTo(aanwijzing)).satisfies(e -> assertThat(e.data().path("aantalPlaatsen").asInt()).isEqualTo(40))
                .satisfies(e -> assertThat(e.data().path("realisatieUiterlijk").asText()).isEqualTo("2025-06-30"));

        minister().contentType(ContentType.JSON)
                .body("{\"toelichting\":\"Niet gerealiseerd\"}")
                .post("/api/v1/aanwijzingen/" + aanwijzing + "/indeplaatsstelling").then().statusCode(200)
                .body("status", equalTo("INDEPLAATSSTELLING")).body("indeplaatsstellingDoor", equalTo(MINISTER));
        minister().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/aanwijzingen/" + aanwijzing + "/indeplaatsstelling").then().statusCode(409);
        List<Event> alles = Fixtures.events(e -> e.key().equals(cyclus + "/GM0014") && (e.type().equals(
                "nl.spreiding.indeplaatsstelling.gestart") || e.type().equals("nl.spreiding.realisatie.termijn-verstreken")),
                es -> es.size() >= 2);
        // Marked overdue exactly once, although the check ran many times since.
        assertThat(alles).extracting(Event::type).containsExactly("nl.spreiding.realisatie.termijn-verstreken",
                "nl.spreiding.indeplaatsstelling.gestart");
        assertThat(alles.get(1).data().path("door").asText()).isEqualTo(MINISTER);
        assertThat(given().queryParam("cyclus", cyclus).queryParam("status", "INDEPLAATSSTELLING")
                .get("/api/v1/aanwijzingen").then().statusCode(200).extract().jsonPath().getList("resultaten.id"))
                .containsExactly(aanwijzing);
    }

    @Test
    void eenPlanVoorEenOnbekendeCyclusOfProvincieWordtGeweigerd() {
        given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"2090-2092\",\"provinciecode\":\"PV27\"}")
                .post("/api/v1/provinciale-plannen").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"2090\",\"provinciecode\":\"NH\"}")
                .post("/api/v1/provinciale-plannen").then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItems("cyclus", "provinciecode"));
        given().queryParam("cyclus", "2090-2092").get("/api/v1/provinciale-plannen").then().statusCode(200)
                .body("totaal", equalTo(0));
    }
}
