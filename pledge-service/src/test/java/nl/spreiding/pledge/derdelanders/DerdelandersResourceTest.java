package nl.spreiding.pledge.derdelanders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.pledge.Fixtures;
import nl.spreiding.pledge.Fixtures.Event;
import nl.spreiding.pledge.Fixtures.Gebied;

/** COA's counts of derdelanders per municipality: counts and dates only; each municipality sees its own. */
@QuarkusTest
class DerdelandersResourceTest {

    /** A cycle no other test class publishes (the read model keeps the first distribution of a cycle). */
    private static final String CYCLUS = "2211-2213";
    private static boolean gepubliceerd;

    private static synchronized void gepubliceerd() {
        if (!gepubliceerd) {
            Fixtures.publiceer(CYCLUS, "2211-11-01", List.of(new Gebied("PV22", "Drenthe", "PV22", 500_000, 300, 25, 0)),
                    List.of(new Gebied("GM0106", "Assen", "PV22", 69_000, 150, 12, 0),
                            new Gebied("GM0114", "Emmen", "PV22", 108_000, 150, 13, 0)));
            gepubliceerd = true;
        }
    }

    @Test
    void deGemeenteZietHaarTellingenEnDeDeclarabelePlaatsdagen() {
        gepubliceerd();
        tel("GM0106", "2024-03-05", 12);
        tel("GM0106", "2024-04-01", 5);
        given().auth().oauth2(Tokens.gemeente("GM0106")).queryParam("tot", "2024-04-30").get("/api/v1/derdelanders/GM0106")
                .then().statusCode(200).body("tellingen.size()", equalTo(2)).body("plaatsdagen", equalTo(474))
                .body("regels[0].plaatsdagen", equalTo(324));
    }

    @Test
    void eenAndereGemeenteZietDeTellingenNiet() {
        gepubliceerd();
        tel("GM0114", "2024-03-05", 3);
        given().auth().oauth2(Tokens.gemeente("GM0106")).get("/api/v1/derdelanders/GM0114").then().statusCode(403);
    }

    @Test
    void deProvincieZietDeTellingenVanHaarGemeenten() {
        gepubliceerd();
        tel("GM0114", "2024-03-06", 4);
        given().auth().oauth2(Tokens.provincie("PV22")).get("/api/v1/derdelanders/GM0114").then().statusCode(200);
        given().auth().oauth2(Tokens.provincie("PV27")).get("/api/v1/derdelanders/GM0114").then().statusCode(403);
    }

    @Test
    void eenTellingIsEenGebeurtenisMetAlleenAantalEnDatum() {
        gepubliceerd();
        String id = given().auth().oauth2(Tokens.coa()).contentType(ContentType.JSON).body("""
                {"gemeentecode":"GM0114","peildatum":"2024-05-01","nogOverTePlaatsen":7}""")
                .post("/api/v1/derdelanders/tellingen").then().statusCode(201).extract().path("id");
        Event e = Fixtures.events(x -> x.type().equals("nl.spreiding.derdelanders-telling.vastgelegd")
                && id.equals(x.data().path("tellingId").asText()), es -> !es.isEmpty()).get(0);
        assertThat(e.key()).isEqualTo("GM0114");
        assertThat(e.data().properties()).extracting(Map.Entry::getKey).containsExactly("tellingId", "gemeentecode",
                "provinciecode", "peildatum", "nogOverTePlaatsen", "gemeldOp", "door");
        assertThat(e.data().path("peildatum").asText()).isEqualTo("2024-05-01");
        assertThat(e.data().path("nogOverTePlaatsen").asInt()).isEqualTo(7);
    }

    @Test
    void eenNaamOfAnderOnbekendVeldWordtGeweigerd() {
        gepubliceerd();
        given().auth().oauth2(Tokens.coa()).contentType(ContentType.JSON).body("""
                {"gemeentecode":"GM0106","peildatum":"2024-03-05","nogOverTePlaatsen":1,"naam":"Iemand"}""")
                .post("/api/v1/derdelanders/tellingen").then().statusCode(400).body(containsString("naam"));
    }

    @Test
    void eenTellingVoorVijfMaart2024WordtGeweigerd() {
        gepubliceerd();
        given().auth().oauth2(Tokens.coa()).contentType(ContentType.JSON).body("""
                {"gemeentecode":"GM0106","peildatum":"2024-03-04","nogOverTePlaatsen":1}""")
                .post("/api/v1/derdelanders/tellingen").then().statusCode(400).body(containsString("peildatum"));
    }

    @Test
    void alleenCoaMeldtTellingen() {
        gepubliceerd();
        given().auth().oauth2(Tokens.gemeente("GM0106")).contentType(ContentType.JSON).body("""
                {"gemeentecode":"GM0106","peildatum":"2024-03-05","nogOverTePlaatsen":1}""")
                .post("/api/v1/derdelanders/tellingen").then().statusCode(403);
    }

    private static void tel(String gemeente, String peildatum, int aantal) {
        given().auth().oauth2(Tokens.coa()).contentType(ContentType.JSON).body("""
                {"gemeentecode":"%s","peildatum":"%s","nogOverTePlaatsen":%d}""".formatted(gemeente, peildatum, aantal))
                .post("/api/v1/derdelanders/tellingen").then().statusCode(201);
    }
}
