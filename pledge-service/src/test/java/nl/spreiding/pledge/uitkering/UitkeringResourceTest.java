package nl.spreiding.pledge.uitkering;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.pledge.Fixtures;
import nl.spreiding.pledge.Fixtures.Event;
import nl.spreiding.pledge.Fixtures.Gebied;

/** The specifieke uitkering: scheme versions, the computation after the realisation term, application and decision. */
@QuarkusTest
class UitkeringResourceTest {

    /** Its own cycle: a decision issued long ago, so its realisation term has passed. */
    private static final String CYCLUS = "2072-2074";
    /** No decision: its realisation term has not even started. */
    private static final String ZONDER_BESLUIT = "2074-2076";

    private static final List<Gebied> PROVINCIES = List.of(new Gebied("PV20", "Groningen", "PV20", 596_000, 331, 30, 0));
    private static final List<Gebied> GEMEENTEN = List.of(
            new Gebied("GM1950", "Westerwolde", "PV20", 26_000, 131, 11, 0),
            new Gebied("GM0014", "Groningen", "PV20", 238_000, 200, 19, 0));

    private static JsonPath berekend;

    /** Westerwolde reports 2,031 durable places (Ter Apel), Groningen 230; then the minister computes. */
    private static synchronized JsonPath berekend() {
        if (berekend == null) {
            for (String cyclus : List.of(CYCLUS, ZONDER_BESLUIT)) {
                Fixtures.publiceer(cyclus, cyclus.substring(0, 4) + "-11-01", PROVINCIES, GEMEENTEN);
                minister().body(regeling(cyclus, 200_000)).post("/api/v1/uitkeringsregelingen").then().statusCode(201);
            }
            meld("GM1950", "Ter Apel, aanmeldcentrum", 2_031);
            meld("GM0014", "Groningen, Oosterhamrikkade", 230);
            String besluit = minister().body("{\"cyclus\":\"%s\"}".formatted(CYCLUS)).post("/api/v1/verdeelbesluiten")
                    .then().statusCode(201).extract().path("id");
            minister().header("If-Match", "\"0\"").body("{\"besluitdatum\":\"2024-12-31\"}")
                    .post("/api/v1/verdeelbesluiten/" + besluit + "/vaststelling").then().statusCode(200);
            berekend = minister().body("{\"cyclus\":\"%s\"}".formatted(CYCLUS)).post("/api/v1/uitkeringsrechten/berekening")
                    .then().statusCode(200).extract().jsonPath();
        }
        return berekend;
    }

    @Test
    void westerwoldeHeeftRechtOpTweeduizendEuroPerDuurzamePlaatsBovenZijnOpgave() {
        JsonPath o = berekend();
        String w = "gemeenten.find { it.gemeentecode == 'GM1950' }.";
        assertThat(o.getLong(w + "opAanvraagCent")).isEqualTo(1_900L * 200_000);
        assertThat(o.getInt(w + "duurzamePlaatsen")).isEqualTo(2_031);
        assertThat(o.getString(w + "toelichting")).contains("1.900 plaatsen × € 2.000,00 = € 3.800.000,00");
        assertThat(o.getString(w + "status")).isEqualTo("BEREKEND");
    }

    @Test
    void hetBerekendeRechtIsEenGebeurtenisMetDeAanvraagtermijn() {
        berekend();
        List<Event> events = Fixtures.events(e -> e.type().equals("nl.spreiding.uitkering.recht-berekend")
                && e.key().startsWith(CYCLUS + "/"), es -> es.size() >= 2);
        Event westerwolde = events.stream().filter(e -> e.key().equals(CYCLUS + "/GM1950")).findFirst().orElseThrow();
        assertThat(westerwolde.data().path("aanvraagUiterlijk").asText()).isEqualTo("2099-01-31");
        assertThat(westerwolde.data().path("opAanvraagCent").asLong()).isEqualTo(380_000_000L);
    }

    @Test
    void deProvincieEnHetLandTellenDeRechtenVanHunGemeentenOp() {
        JsonPath o = berekend();
        assertThat(o.getLong("provincies[0].opAanvraagCent")).isEqualTo((1_900L + 30) * 200_000);
        assertThat(o.getLong("landelijk.opAanvraagCent")).isEqualTo((1_900L + 30) * 200_000);
        assertThat(o.getInt("landelijk.gemeenten")).isEqualTo(2);
    }

    @Test
    void hetOverzichtAlsCsvHeeftEenRegelPerGemeenteDanProvincieDanLand() {
        berekend();
        String csv = given().accept("text/csv").queryParam("cyclus", CYCLUS).queryParam("dialect", "spreadsheet-nl")
                .get("/api/v1/uitkeringsrechten").then().statusCode(200).extract().asString();
        List<String> regels = csv.lines().toList();
        assertThat(regels).hasSize(1 + 2 + 1 + 1);
        assertThat(regels.get(3)).startsWith("PROVINCIE;PV20;");
        assertThat(regels.get(4)).startsWith("LANDELIJK;NL;").contains(";386000000;").contains(";3860000,00;");
    }

    @Test
    void eenGemeenteVraagtAanEnDeMinisterKentToeMetEenReden() {
        String id = berekend().getString("gemeenten.find { it.gemeentecode == 'GM1950' }.id");
        given().auth().oauth2(Tokens.gemeente("GM0014")).contentType(ContentType.JSON)
                .body("{\"beschikbaarVanaf\":\"2024-06-01\"}").post("/api/v1/uitkeringsrechten/" + id + "/aanvraag")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.gemeente("GM1950")).contentType(ContentType.JSON)
                .body("{\"beschikbaarVanaf\":\"2024-06-01\"}").post("/api/v1/uitkeringsrechten/" + id + "/aanvraag")
                .then().statusCode(200).body("status", equalTo("AANGEVRAAGD"));
        minister().body("{\"besluit\":\"TOEGEKEND\",\"reden\":\"Duurzaam en tijdig\"}")
                .post("/api/v1/uitkeringsrechten/" + id + "/besluit").then().statusCode(200)
                .body("status", equalTo("TOEGEKEND")).body("toegekendCent", equalTo(380_000_000))
                .body("besluitReden", equalTo("Duurzaam en tijdig"));
        Event besluit = Fixtures.events(e -> e.type().equals("nl.spreiding.uitkering.besluit-genomen")
                && e.key().equals(CYCLUS + "/GM1950"), es -> !es.isEmpty()).get(0);
        assertThat(besluit.data().path("besluit").asText()).isEqualTo("TOEGEKEND");
    }

    @Test
    void eenRechtIsOpTeVragenMetZijnBerekening() {
        String id = berekend().getString("gemeenten.find { it.gemeentecode == 'GM0014' }.id");
        given().get("/api/v1/uitkeringsrechten/" + id).then().statusCode(200).body("gemeentecode", equalTo("GM0014"))
                .body("regels[0].plaatsen", equalTo(30)).body("opAanvraagCent", equalTo(6_000_000));
    }

    @Test
    void opEenRechtZonderAanvraagBesluitDeMinisterNiet() {
        String id = berekend().getString("gemeenten.find { it.gemeentecode == 'GM0014' }.id");
        minister().body("{\"besluit\":\"AFGEWEZEN\",\"reden\":\"Geen aanvraag\"}")
                .post("/api/v1/uitkeringsrechten/" + id + "/besluit").then().statusCode(409)
                .body("type", equalTo(Uitkeringen.VERKEERDE_STAAT));
    }

    @Test
    void eenCyclusWordtEenKeerBerekend() {
        berekend();
        minister().body("{\"cyclus\":\"%s\"}".formatted(CYCLUS)).post("/api/v1/uitkeringsrechten/berekening").then()
                .statusCode(409).body("type", equalTo(Uitkeringen.AL_BEREKEND));
    }

    @Test
    void voorDeRealisatietermijnIsVerstrekenWordtNietsBerekend() {
        berekend();
        minister().body("{\"cyclus\":\"%s\"}".formatted(ZONDER_BESLUIT)).post("/api/v1/uitkeringsrechten/berekening")
                .then().statusCode(422).body("type", equalTo(Uitkeringen.TE_VROEG));
    }

    @Test
    void eenNieuweVersieVanDeRegelingLaatDeEerdereOngewijzigd() {
        String cyclus = "2076-2078";
        minister().body(regeling(cyclus, 100_000)).post("/api/v1/uitkeringsregelingen").then().statusCode(201)
                .body("versie", equalTo(1));
        minister().body(regeling(cyclus, 250_000)).post("/api/v1/uitkeringsregelingen").then().statusCode(201)
                .body("versie", equalTo(2));
        given().queryParam("cyclus", cyclus).get("/api/v1/uitkeringsregelingen").then().statusCode(200)
                .body("[0].treden[0].bedragPerPlaatsCent", equalTo(100_000))
                .body("[1].treden[0].bedragPerPlaatsCent", equalTo(250_000));
    }

    @Test
    void deStandaardVanCyclusEenIsHetGemeldeBedragVanDeWoordvoerderMetBron() {
        given().queryParam("cyclus", "2024-2026").get("/api/v1/uitkeringsregelingen").then().statusCode(200)
                .body("[0].treden[0].bedragPerPlaatsCent", equalTo(200_000))
                .body("[0].treden[0].zekerheid", equalTo("GEMELD"))
                .body("[0].treden[0].bron", containsString("Westerwolde"))
                .body("[0].treden[0].bron", containsString("RTV Drenthe"));
    }

    @Test
    void eenTredeZonderBedragIsEenFoutDieHetVeldNoemt() {
        minister().body("""
                {"cyclus":"2078-2080","aanvraagUiterlijk":"2080-01-31","bron":"x","treden":[{"grondslag":"BOVEN_OPGAVE",
                 "wijze":"OP_AANVRAAG","zekerheid":"GEMELD","bron":"x"}]}""").post("/api/v1/uitkeringsregelingen").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body(containsString("bedragPerPlaatsCent"));
    }

    private static void meld(String gemeente, String locatie, int plaatsen) {
        given().auth().oauth2(Tokens.gemeente(gemeente)).contentType(ContentType.JSON).body("""
                {"cyclus":"%s","gemeentecode":"%s","locatie":"%s","doelgroep":"ASIEL","aantalGerealiseerd":%d,
                 "duurzaam":true}""".formatted(CYCLUS, gemeente, locatie, plaatsen)).post("/api/v1/realisaties").then()
                .statusCode(201);
    }

    private static String regeling(String cyclus, long cent) {
        return """
                {"cyclus":"%s","aanvraagUiterlijk":"2099-01-31","bron":"Test","treden":[{"grondslag":"BOVEN_OPGAVE",
                 "bedragPerPlaatsCent":%d,"wijze":"OP_AANVRAAG","zekerheid":"GEMELD","bron":"Test"}]}"""
                .formatted(cyclus, cent);
    }

    private static io.restassured.specification.RequestSpecification minister() {
        return given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON);
    }
}
