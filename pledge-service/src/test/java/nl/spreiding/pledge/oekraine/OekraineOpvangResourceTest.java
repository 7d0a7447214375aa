package nl.spreiding.pledge.oekraine;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.pledge.Fixtures;
import nl.spreiding.pledge.Fixtures.Event;
import nl.spreiding.pledge.Fixtures.Gebied;

/** Ukrainian reception: monthly counts per location, and what a municipality may declare for them. */
@QuarkusTest
class OekraineOpvangResourceTest {

    private static final String CYCLUS = "2215-2217";
    private static boolean gepubliceerd;

    private static synchronized void gepubliceerd() {
        if (!gepubliceerd) {
            Fixtures.publiceer(CYCLUS, "2215-11-01", List.of(new Gebied("PV21", "Fryslân", "PV21", 650_000, 300, 25, 0)),
                    List.of(new Gebied("GM0080", "Leeuwarden", "PV21", 125_000, 300, 25, 0)));
            gepubliceerd = true;
        }
    }

    @Test
    void eenMaandMetEenWisselingVanHetNormbedragGeeftHetExacteBedrag() {
        gepubliceerd();
        // October 2022: 100 a day until the 14th at EUR 100, 110 a day from the 15th at EUR 83 = EUR 295,210.00.
        meld("GM0080", "Leeuwarden, Oldehove", "2022-10", 120, dagen(31, 14, 100, 110)).then().statusCode(201)
                .body("bezettePlaatsdagen", equalTo(3270));
        given().get("/api/v1/oekraine-opvang/declaraties/GM0080/2022-10").then().statusCode(200)
                .body("bedragCent", equalTo(29_521_000)).body("regels.size()", equalTo(2))
                .body("regels[1].bedragPerDagCent", equalTo(8_300)).body("toelichting", containsString("€ 295.210,00"));
    }

    @Test
    void eenLatereMeldingVoorDezelfdeLocatieEnMaandVervangtDeEerdere() {
        gepubliceerd();
        meld("GM0080", "Leeuwarden, Zaailand", "2023-03", 50, dagen(31, 31, 10, 10)).then().statusCode(201);
        meld("GM0080", "Leeuwarden, Zaailand", "2023-03", 50, dagen(31, 31, 20, 20)).then().statusCode(201);
        given().get("/api/v1/oekraine-opvang/declaraties/GM0080/2023-03").then().statusCode(200)
                .body("plaatsdagen", equalTo(620)).body("bedragCent", equalTo(620 * 8_300));
    }

    @Test
    void eenVastgelegdeTellingIsEenGebeurtenisOpDeSleutelVanDeGemeente() {
        gepubliceerd();
        String id = meld("GM0080", "Leeuwarden, Hemrik", "2023-06", 40, dagen(30, 30, 25, 25)).then().statusCode(201)
                .extract().path("id");
        Event e = Fixtures.events(x -> x.type().equals("nl.spreiding.oekraine-telling.vastgelegd")
                && id.equals(x.data().path("meldingId").asText()), es -> !es.isEmpty()).get(0);
        assertThat(e.key()).isEqualTo("GM0080");
        assertThat(e.data().path("provinciecode").asText()).isEqualTo("PV21");
        assertThat(e.data().path("maand").asText()).isEqualTo("2023-06");
        assertThat(e.data().path("bezettingPerDag")).hasSize(30);
        assertThat(e.data().path("bezettePlaatsdagen").asLong()).isEqualTo(750);
    }

    @Test
    void eenMeldingMetEenDagTeWeinigIsEenFoutDieHetVeldNoemt() {
        gepubliceerd();
        meld("GM0080", "Leeuwarden, Oldehove", "2022-11", 120, dagen(29, 29, 1, 1)).then().statusCode(400)
                .body(containsString("bezettingPerDag"));
    }

    @Test
    void eenGemeenteMeldtNietVoorEenAndere() {
        gepubliceerd();
        given().auth().oauth2(Tokens.gemeente("GM0014")).contentType(ContentType.JSON)
                .body(body("GM0080", "Elders", "2022-10", 1, dagen(31, 31, 0, 0))).post("/api/v1/oekraine-opvang/meldingen")
                .then().statusCode(403);
    }

    @Test
    void deDeclaratieAlsCsvHeeftEenRegelPerPeriodeEnEenTotaal() {
        gepubliceerd();
        meld("GM0080", "Leeuwarden, Oldehove", "2022-10", 120, dagen(31, 14, 100, 110)).then().statusCode(201);
        List<String> regels = given().accept("text/csv").get("/api/v1/oekraine-opvang/declaraties/GM0080/2022-10").then()
                .statusCode(200).extract().asString().lines().toList();
        assertThat(regels).hasSize(4);
        assertThat(regels.get(3)).contains("TOTAAL").contains(",29521000,295210.00,");
    }

    @Test
    void deProvincieZietOekraineNaastAsielEnStatushouders() {
        gepubliceerd();
        meld("GM0080", "Leeuwarden, Harlingerweg", "2024-10", 40, dagen(31, 31, 30, 30)).then().statusCode(201);
        given().queryParam("cyclus", CYCLUS).queryParam("maand", "2024-10")
                .get("/api/v1/provincies/PV21/overzicht/oekraine-opvang").then().statusCode(200)
                .body("gemeenten[0].gemeentecode", equalTo("GM0080")).body("gemeenten[0].oekraine.capaciteit", equalTo(40))
                .body("gemeenten[0].oekraine.plaatsdagen", equalTo(930))
                .body("gemeenten[0].doelgroepen.find { it.doelgroep == 'ASIEL' }.opgave", equalTo(300));
    }

    @Test
    void deNormbedragenNoemenHunBronEnOfDeIngangsdatumEenAannameIs() {
        given().get("/api/v1/oekraine-opvang/normbedragen").then().statusCode(200)
                .body("bedragPerDagCent", equalTo(List.of(10_000, 8_300, 6_100, 4_400)))
                .body("find { it.ingangsdatum == '2022-10-15' }.aanname", equalTo(false))
                .body("find { it.ingangsdatum == '2025-01-01' }.aanname", equalTo(true));
    }

    /** {@code n} days: {@code eerste} places for the first {@code tot} days, then {@code daarna}. */
    private static List<Integer> dagen(int n, int tot, int eerste, int daarna) {
        List<Integer> d = new ArrayList<>(Collections.nCopies(tot, eerste));
        d.addAll(Collections.nCopies(n - tot, daarna));
        return d;
    }

    private static String body(String gemeente, String locatie, String maand, int capaciteit, List<Integer> dagen) {
        return """
                {"gemeentecode":"%s","locatie":"%s","maand":"%s","capaciteit":%d,"bezettingPerDag":%s}"""
                .formatted(gemeente, locatie, maand, capaciteit, dagen.toString());
    }

    private static io.restassured.response.Response meld(String gemeente, String locatie, String maand, int capaciteit,
            List<Integer> dagen) {
        return given().auth().oauth2(Tokens.gemeente(gemeente)).contentType(ContentType.JSON)
                .body(body(gemeente, locatie, maand, capaciteit, dagen)).post("/api/v1/oekraine-opvang/meldingen");
    }
}
