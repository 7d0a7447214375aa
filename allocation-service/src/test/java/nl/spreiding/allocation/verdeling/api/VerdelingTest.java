package nl.spreiding.allocation.verdeling.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.spreiding.allocation.gebeurtenissen.AllocatieGebeurtenissen;
import nl.spreiding.allocation.referentiedata.ReferentiedataLaden;
import nl.spreiding.testsupport.TopicProbe;
import nl.spreiding.local.token.Tokens;

@QuarkusTest
class VerdelingTest {

    /** Weights 1000, 3000 and 1500 (inhabitants × (1 + score)): a total of 110 divides into 20, 60 and 30 exactly. */
    private static final String DRIE_GEMEENTEN = """
            gemeentecode,gemeentenaam,provinciecode,aantalInwoners,peildatumInwoners,sesWoaScore,sesWoaJaargang,bestaandeDuurzamePlaatsen,peildatumBestaandePlaatsen
            GM9001,Aadorp,PV20,1000,2090-01-01,0.000,2089,,
            GM9002,Beekdorp,PV20,2000,2090-01-01,0.500,2089,70,2090-01-01
            GM9003,Ceedorp,PV21,3000,2090-01-01,-0.500,2089,,
            """;

    @Inject
    ObjectMapper json;
    @Inject
    EntityManager em;

    @Test
    void eenVastgesteldeVerdelingIsExactMetHaarGebeurtenisEnUitleg() throws Exception {
        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body(DRIE_GEMEENTEN).put("/api/v1/referentiejaren/2090/gemeenten").then().statusCode(200);
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2090-2092\"}").post("/api/v1/cycli").then().statusCode(201);
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2090-2092\",\"totaalPlaatsen\":110,\"amvPlaatsen\":11}")
                .post("/api/v1/capaciteitsramingen").then().statusCode(201);

        String id = given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"2090-2092\",\"doelgroep\":\"ASIEL\",\"sleutel\":\"SPREIDINGSWET_SES_WOA_EXACT\"}")
                .post("/api/v1/verdelingen").then()
                .statusCode(201)
                .body("versie", equalTo(1))
                .body("totaal", equalTo(110))
                .body("somOpgaven", equalTo(110))
                .body("somAmv", equalTo(11))
                .body("provincies", hasSize(2))
                .body("provincies.find { it.provinciecode == 'PV20' }.opgave", equalTo(80))
                .body("provincies.find { it.provinciecode == 'PV20' }.resterendeOpgave", equalTo(20))
                .body("provincies.find { it.provinciecode == 'PV20' }.resterendNaVerrekening", equalTo(10))
                .body("vastgesteldDoor", equalTo("minister@minjenv.example"))
                .extract().path("id");

        given().get("/api/v1/verdelingen/" + id + "/gemeenten").then().statusCode(200)
                .body("resultaten.opgave", equalTo(List.of(20, 60, 30)))
                .body("resultaten.amv", equalTo(List.of(2, 6, 3)))
                .body("resultaten.resterendeOpgave", equalTo(List.of(20, 0, 30)))
                .body("resultaten[1].exact.aandeel", equalTo("6/11"));

        given().get("/api/v1/verdelingen/" + id + "/gemeenten/GM9002/uitleg").then().statusCode(200)
                .body("sleutel.code", equalTo("SPREIDINGSWET_SES_WOA_EXACT"))
                .body("rechtsgrond", notNullValue())
                .body("taak.opgave", equalTo(60))
                .body("regels", hasItem(org.hamcrest.Matchers.containsString("2000")));

        JsonNode data = json.readTree(eventOf(AllocatieGebeurtenissen.VERDELING_VASTGESTELD, "2090-2092/ASIEL").value());
        assertThat(data.path("verdelingId").asText()).isEqualTo(id);
        assertThat(data.path("door").asText()).isEqualTo("minister@minjenv.example");
        assertThat(data.path("gemeenten")).hasSize(3);
        assertThat(data.path("gemeenten").get(1).path("opgave").asInt()).isEqualTo(60);
        assertThat(data.path("gemeenten").get(1).path("resterendeOpgave").asInt()).isZero();
        assertThat(data.path("provincies").get(0).path("naam").asText()).isEqualTo("Groningen");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update verdeling_gemeente set opgave = 0 where gemeentecode = 'GM9002'").executeUpdate()))
                .hasStackTraceContaining("wordt niet gewijzigd");
    }

    @Test
    void eenHerzieningIsEenNieuweVersieMetToelichtingEnVerschil() throws Exception {
        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body(DRIE_GEMEENTEN.replace("2090-01-01", "2093-01-01").replace("2089", "2092"))
                .put("/api/v1/referentiejaren/2093/gemeenten").then().statusCode(200);
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2094-2096\",\"referentiejaar\":2093}").post("/api/v1/cycli")
                .then().statusCode(201);
        String eerste = given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"2094-2096\",\"doelgroep\":\"OEKRAINE\",\"sleutel\":\"INWONERS\",\"totaal\":600}")
                .post("/api/v1/verdelingen").then().statusCode(201)
                .body("somOpgaven", equalTo(600)).extract().path("id");

        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"2094-2096\",\"doelgroep\":\"OEKRAINE\",\"sleutel\":\"SPREIDINGSWET_SES_WOA_EXACT\",\"totaal\":600}")
                .post("/api/v1/verdelingen").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("toelichting"));

        String tweede = given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"2094-2096\",\"doelgroep\":\"OEKRAINE\",\"sleutel\":\"SPREIDINGSWET_SES_WOA_EXACT\","
                        + "\"totaal\":600,\"toelichting\":\"Regietafel weegt welvaart mee\"}")
                .post("/api/v1/verdelingen").then().statusCode(201)
                .body("versie", equalTo(2))
                .body("vorigeVerdelingId", equalTo(eerste))
                .extract().path("id");

        // Inhabitants only: 100, 200, 300; with SES-WOA: 1000:3000:1500 of 600 = 109.09, 327.27, 163.63 → 109, 327, 164.
        given().get("/api/v1/verdelingen/" + tweede + "/verschillen").then().statusCode(200)
                .body("gemeenten.opgaveA", equalTo(List.of(100, 200, 300)))
                .body("gemeenten.opgaveB", equalTo(List.of(109, 327, 164)))
                .body("gemeenten.verschil", equalTo(List.of(9, 127, -136)))
                .body("gemeenten[0].plaatsenPerDuizendInwonersA", equalTo(100.0f))
                .body("provincies.find { it.provinciecode == 'PV21' }.verschil", equalTo(-136));

        JsonNode data = json.readTree(eventOf(AllocatieGebeurtenissen.VERDELING_HERZIEN, "2094-2096/OEKRAINE").value());
        assertThat(data.path("versie").asInt()).isEqualTo(2);
        assertThat(data.path("vorigeVersie").asInt()).isEqualTo(1);
        given().queryParam("cyclus", "2094-2096").get("/api/v1/verdelingen").then().statusCode(200).body("totaal", equalTo(2));
    }

    @Test
    void zonderSesWoaInDeStartgegevensWeigertDeSesSleutelEnNoemtElkeGemeente() {
        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body(ReferentiedataLaden.meegeleverd(2024))
                .put("/api/v1/referentiejaren/2024/gemeenten")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2024-2026\"}").post("/api/v1/cycli");
        long voor = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from verdeling").getSingleResult()).longValue());

        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2024-2026\",\"doelgroep\":\"ASIEL\",\"totaal\":96000,\"amvTotaal\":8140}")
                .post("/api/v1/verdelingen").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("342 problemen"))
                .body("invalidParams", hasSize(100))
                .body("invalidParams.name", hasItem("gemeenten[GM0014].sesWoaScore"));

        long na = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from verdeling").getSingleResult()).longValue());
        assertThat(na).isEqualTo(voor);
    }

    @Test
    void eenSimulatieOpDeEchteInwonertallenWijzigtNietsEnTeltExactOp() {
        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body(ReferentiedataLaden.meegeleverd(2024))
                .put("/api/v1/referentiejaren/2024/gemeenten")
                .then().statusCode(200);
        long voor = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from verdeling").getSingleResult()).longValue());

        // Amsterdam: 931,298 × 96,000 / 17,942,942 = 4982.7… inhabitants-only share.
        given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON).body("""
                {"referentiejaar":2024,"doelgroep":"ASIEL","sleutel":"INWONERS","totaal":96000,"amvTotaal":8140,
                 "aanpassingen":[{"gemeentecode":"GM0363","bestaandeDuurzamePlaatsen":1000}]}""")
                .post("/api/v1/verdelingen/simulaties").then()
                .statusCode(200)
                .body("verdeling.somOpgaven", equalTo(96000))
                .body("verdeling.somAmv", equalTo(8140))
                .body("verdeling.provincies", hasSize(12))
                .body("gemeenten", hasSize(342))
                .body("gemeenten.find { it.gemeentecode == 'GM0363' }.opgave", equalTo(4983))
                .body("gemeenten.find { it.gemeentecode == 'GM0363' }.resterendeOpgave", equalTo(3983));

        long na = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from verdeling").getSingleResult()).longValue());
        assertThat(na).isEqualTo(voor);

        given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON).body("""
                {"referentiejaar":2024,"sleutel":"INWONERS","totaal":10,"aanpassingen":[{"gemeentecode":"GM9999"}]}""")
                .post("/api/v1/verdelingen/simulaties").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("aanpassingen.GM9999"));
        given().auth().oauth2(Tokens.provincie("PV27"))
                .contentType(ContentType.JSON).body("{\"referentiejaar\":2024,\"sleutel\":\"BESTAAT_NIET\",\"totaal\":10}")
                .post("/api/v1/verdelingen/simulaties").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("sleutel"));
    }

    @Test
    void deSleutelsWordenGenoemdEnDeOpgavenAlsCsvGeexporteerd() {
        given().get("/api/v1/verdeelsleutels").then().statusCode(200)
                .body("resultaten.code", hasItem("SPREIDINGSWET_SES_WOA"))
                .body("resultaten.find { it.code == 'SPREIDINGSWET_SES_WOA_EXACT' }.totaalExact", equalTo(true));

        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body(DRIE_GEMEENTEN.replace("2090-01-01", "2097-01-01").replace("2089", "2096"))
                .put("/api/v1/referentiejaren/2097/gemeenten").then().statusCode(200);
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2098-2100\",\"referentiejaar\":2097}").post("/api/v1/cycli")
                .then().statusCode(201);
        String id = given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"2098-2100\",\"doelgroep\":\"STATUSHOUDERS\",\"totaal\":7}")
                .post("/api/v1/verdelingen").then().statusCode(201)
                .body("sleutel.code", equalTo("STATUSHOUDERS"))
                .extract().path("id");
        // Ceiling of 7 × (1000, 2000, 3000) / 6000 = 1.17, 2.33, 3.5 → 2, 3, 4.
        String csv = given().accept("text/csv").get("/api/v1/verdelingen/" + id + "/gemeenten").then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv.lines().skip(1).map(l -> l.split(",")[7]).toList()).containsExactly("2", "3", "4");
    }

    @Test
    void deOpgavePerGemeenteKomtInHetSpreadsheetDialectMetEenBestandsnaam() {
        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body(DRIE_GEMEENTEN.replace("2090-01-01", "2075-01-01").replace("2089", "2074"))
                .put("/api/v1/referentiejaren/2075/gemeenten").then().statusCode(200);
        given().auth().oauth2(Tokens.minister())
                .contentType(ContentType.JSON).body("{\"cyclus\":\"2076-2078\",\"referentiejaar\":2075}").post("/api/v1/cycli")
                .then().statusCode(201);
        String id = given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"2076-2078\",\"doelgroep\":\"STATUSHOUDERS\",\"totaal\":7}")
                .post("/api/v1/verdelingen").then().statusCode(201).extract().path("id");

        byte[] csv = given().accept("text/csv").queryParam("dialect", "spreadsheet-nl").queryParam("provinciecode", "PV20")
                .get("/api/v1/verdelingen/" + id + "/gemeenten").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"verdeling-2076-2078-statushouders-v1-PV20.csv\""))
                .extract().asByteArray();
        String tekst = new String(csv, StandardCharsets.UTF_8);
        assertThat(tekst).startsWith("\uFEFFgemeentecode;naam;provinciecode;aantalInwoners;sesWoaScore;aandeel;")
                .contains("\r\nGM9002;Beekdorp;PV20;2000;0,5")
                .endsWith("\r\n");
        assertThat(tekst.split("\r\n")).hasSize(3);
    }

    private static ConsumerRecord<String, byte[]> eventOf(String type, String key) {
        return TopicProbe.ofTestBroker().awaitEvent(AllocatieGebeurtenissen.TOPIC, type, key, Duration.ofSeconds(20));
    }
}
