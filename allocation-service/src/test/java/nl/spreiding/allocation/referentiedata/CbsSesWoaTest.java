package nl.spreiding.allocation.referentiedata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.spreiding.local.token.Tokens;

/**
 * SES-WOA from CBS files as they come, into reference years that hold the shipped 342 municipalities of 2024 (each
 * test its own year, so that they do not meet). The fixtures are in src/test/resources/cbs (synthetic values).
 */
@QuarkusTest
class CbsSesWoaTest {

    private static final String JSON_342 = CbsBestandTest.fixture("86092NED-TypedDataSet-alle-gemeenten.json");
    private static final String CSV_342 = CbsBestandTest.fixture("86092NED-TypedDataSet-alle-gemeenten.csv");

    private static void metGemeentenVan2024(int jaar) {
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body(ReferentiedataLaden.meegeleverd(2024)).put("/api/v1/referentiejaren/" + jaar + "/gemeenten")
                .then().statusCode(200).body("aantalGemeenten", equalTo(342)).body("aantalZonderSesWoa", equalTo(342));
    }

    private static RequestSpecification cbs(String contentType, String bestand) {
        return given().auth().oauth2(Tokens.minister()).contentType(contentType).body(bestand)
                .queryParam("veld", "SES_WOA_SCORE");
    }

    @Test
    void naHetLadenVanAlle342GemeentenVerdeeltDeSpreidingswetsleutel96000PlaatsenMetUitlegVoorElkeGemeente() {
        metGemeentenVan2024(2063);
        cbs(ContentType.JSON.toString(), JSON_342).queryParam("verslagjaar", 2023)
                .patch("/api/v1/referentiejaren/2063/gemeenten").then().statusCode(200).body("bijgewerkt", equalTo(342));
        given().get("/api/v1/referentiejaren/2063/gemeenten/GM0014").then().body("sesWoaScore", equalTo(-0.206f));
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body("{\"cyclus\":\"2063-2065\"}")
                .post("/api/v1/cycli").then().statusCode(201);
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"2063-2065\",\"totaalPlaatsen\":96000,\"amvPlaatsen\":8140}")
                .post("/api/v1/capaciteitsramingen").then().statusCode(201);

        String id = given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                // The exact variant (largest remainder); SPREIDINGSWET_SES_WOA rounds each municipality on its own, as
                // the published tables, and gives 95,996 on this fixture.
                .body("{\"cyclus\":\"2063-2065\",\"doelgroep\":\"ASIEL\",\"sleutel\":\"SPREIDINGSWET_SES_WOA_EXACT\"}")
                .post("/api/v1/verdelingen").then().statusCode(201)
                .body("sleutel.code", equalTo("SPREIDINGSWET_SES_WOA_EXACT"))
                .body("somOpgaven", equalTo(96000)).body("afwijkingVanTotaal", equalTo(0)).body("somAmv", equalTo(8140))
                .extract().path("id");

        List<Map<String, Object>> gemeenten = given().queryParam("paginaGrootte", 500)
                .get("/api/v1/verdelingen/" + id + "/gemeenten").then().statusCode(200)
                .body("totaal", equalTo(342)).extract().path("resultaten");
        assertThat(gemeenten).hasSize(342).allSatisfy(g -> assertThat(g.get("sesWoaScore")).isNotNull());
        assertThat(gemeenten.stream().mapToInt(g -> (Integer) g.get("opgave")).sum()).isEqualTo(96000);
        assertThat(gemeenten.stream().mapToInt(g -> (Integer) g.get("amv")).sum()).isEqualTo(8140);
        for (Map<String, Object> g : gemeenten) {
            // Read with Jackson, not with GPath: two GPath expressions per answer cost most of this test's time.
            UitlegAntwoord uitleg = given().get("/api/v1/verdelingen/" + id + "/gemeenten/" + g.get("gemeentecode") + "/uitleg")
                    .then().statusCode(200).extract().as(UitlegAntwoord.class);
            assertThat(uitleg.taak().get("opgave")).as("opgave in de uitleg van %s", g.get("gemeentecode"))
                    .isEqualTo(g.get("opgave"));
            assertThat(uitleg.regels()).as("uitleg van %s", g.get("gemeentecode")).isNotEmpty()
                    .anySatisfy(r -> assertThat(r).contains(String.valueOf(g.get("opgave"))));
        }
    }

    @Test
    void deWijzigingslogLegtTabelVerslagjaarStatusEnBestandsdatumVast() {
        metGemeentenVan2024(2064);
        cbs(ContentType.JSON.toString(), JSON_342).queryParam("verslagjaar", 2023).queryParam("status", "VOORLOPIG")
                .queryParam("bestandsdatum", "2024-06-25").patch("/api/v1/referentiejaren/2064/gemeenten").then()
                .statusCode(200).body("tabel", equalTo("86092NED")).body("indeling", equalTo("ODATA_JSON"))
                .body("verslagjaar", equalTo(2023)).body("status", equalTo("VOORLOPIG"));

        given().get("/api/v1/referentiejaren/2064/wijzigingen").then().statusCode(200)
                .body("resultaten[0].soort", equalTo("CBS_SES_WOA_SCORE"))
                .body("resultaten[0].cbsTabel", equalTo("86092NED"))
                .body("resultaten[0].verslagjaar", equalTo(2023))
                .body("resultaten[0].status", equalTo("VOORLOPIG"))
                .body("resultaten[0].bestandsdatum", equalTo("2024-06-25"))
                .body("resultaten[0].bron", containsString("verslagjaar 2023 (voorlopig), bestand van 2024-06-25"))
                .body("resultaten[1].cbsTabel", nullValue());
    }

    @Test
    void eenAfgekeurdBestandNoemtElkeOntbrekendeGemeenteEnElkeLegeWaardeEnWijzigtNiets() {
        metGemeentenVan2024(2065);
        String onvolledig = CSV_342.replaceAll("(?m)^\"\\d+\";\"GM0034    \";.*\\R", "")
                .replaceAll("(?m)^(\"\\d+\";\"GM0363    \";\"2022JJ00\";)\"[^\"]*\"", "$1\".\"");

        cbs("text/csv; charset=UTF-8", onvolledig).queryParam("verslagjaar", 2022).queryParam("tabel", "86092NED")
                .patch("/api/v1/referentiejaren/2065/gemeenten").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("gemeenten[GM0034]", "regel[" + regelVan(onvolledig,
                        "\"GM0363    \";\"2022JJ00\"") + "].GemiddeldeScore_29"));
        given().get("/api/v1/referentiejaren/2065/gemeenten/GM0363").then().body("sesWoaScore", nullValue());
    }

    @Test
    void eenBestandZonderAlleGemeentenNoemtZeAllemaalOokVoorbijHonderdProblemen() {
        metGemeentenVan2024(2066);
        String tweeGemeenten = """
                "ID";"WijkenEnBuurten";"Perioden";"GemiddeldeScore_29"
                "0";"GM0014    ";"2022JJ00";"0.001"
                "1";"GM0034    ";"2022JJ00";"0.002"
                """;

        cbs("text/csv; charset=UTF-8", tweeGemeenten).patch("/api/v1/referentiejaren/2066/gemeenten").then().statusCode(400)
                .body("invalidParams.size()", equalTo(100))
                .body("invalidParams[0].name", equalTo("gemeenten"))
                .body("invalidParams[0].reason", containsString("340 gemeenten ontbreken in het bestand: GM0037, GM0047"))
                .body("invalidParams[0].reason", containsString("GM1992"));
    }

    @Test
    void eenStatlineBestandZegtZelfDatHetJaarVoorlopigIsEnEenAndereStatusWordtGeweigerd() {
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body("gemeentecode,gemeentenaam,provinciecode,aantalInwoners,peildatumInwoners\n"
                        + "GM0014,Groningen,PV20,243768,2024-01-01\nGM0034,Almere,PV24,226500,2024-01-01\n")
                .put("/api/v1/referentiejaren/2067/gemeenten").then().statusCode(200);
        String statline = CbsBestandTest.fixture("85900NED-statline-symbolen.csv");

        cbs("text/csv; charset=UTF-8", statline).queryParam("verslagjaar", 2022).queryParam("status", "DEFINITIEF")
                .patch("/api/v1/referentiejaren/2067/gemeenten").then().statusCode(400)
                .body("invalidParams.name", hasItem("status"));
        cbs("text/csv; charset=UTF-8", statline).queryParam("verslagjaar", 2022).queryParam("tabel", "85900NED")
                .patch("/api/v1/referentiejaren/2067/gemeenten").then().statusCode(200)
                .body("indeling", equalTo("STATLINE_SYMBOLEN")).body("status", equalTo("VOORLOPIG"))
                .body("tabel", equalTo("85900NED"));
        given().get("/api/v1/referentiejaren/2067/gemeenten/GM0034").then().body("sesWoaScore", equalTo(0.222f))
                .body("sesWoaJaargang", equalTo(2022));
    }

    @Test
    void eenVerslagjaarEnEenPeriodeDieElkaarTegensprekenWordenGeweigerd() {
        cbs("text/csv; charset=UTF-8", CSV_342).queryParam("verslagjaar", 2023).queryParam("periode", "2022JJ00")
                .patch("/api/v1/referentiejaren/2024/gemeenten").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("periode"));
    }

    /** The parts of an explanation (UitlegDto) this test reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UitlegAntwoord(List<String> regels, Map<String, Object> taak) {
    }

    /** The line number (1 = header) of the first line that contains this text. */
    private static int regelVan(String bestand, String tekst) {
        String[] regels = bestand.split("\r?\n");
        for (int i = 0; i < regels.length; i++) {
            if (regels[i].contains(tekst)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(tekst);
    }
}
