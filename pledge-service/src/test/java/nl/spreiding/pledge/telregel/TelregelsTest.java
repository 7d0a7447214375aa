package nl.spreiding.pledge.telregel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.pledge.Fixtures;
import nl.spreiding.pledge.Fixtures.Gebied;

@QuarkusTest
class TelregelsTest {

    /** A cycle of its own: its decision deadline 2311-12-31 plus 6 months, and its next cycle 2313-02-01. */
    private static final String CYCLUS = "2311-2313";
    private static final String KLEINE_LOCATIE = """
            {"cyclus":"%s","gemeentecode":"GM0037","locatie":"Stadskanaal, Noorderpark","doelgroep":"ASIEL",
             "aantalPlaatsen":80,"aantalAmv":0,"duurzaam":true,"beschikbaarVanaf":"2312-03-01",
             "beschikbaarTot":"2322-03-01"}""".formatted(CYCLUS);

    @BeforeEach
    void taakIsGepubliceerd() {
        if (given().get("/api/v1/cycli/" + CYCLUS).statusCode() != 200) {
            Fixtures.publiceer(CYCLUS, "2311-11-01", List.of(new Gebied("PV20", "Groningen", "PV20", 596_000, 300, 0, 0)),
                    List.of(new Gebied("GM0014", "Groningen", "PV20", 238_000, 200, 0, 0),
                            new Gebied("GM0037", "Stadskanaal", "PV20", 32_000, 100, 0, 0)));
        }
    }

    private static void stelStandaardVast() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/cycli/" + CYCLUS + "/telregels").then().statusCode(200);
    }

    @Test
    void zonderVaststellingGeldtAlleenDeWettelijkeRegel() {
        given().get("/api/v1/cycli/2391-2393/telregels").then().statusCode(200)
                .body("vastgesteld", equalTo(false)).body("minimumDuurJaren", equalTo(5))
                .body("minimaleOmvangMeerDan", equalTo(0)).body("beschikbaarTenMinsteTot", equalTo(null))
                .body("uitleg", equalTo("Telt: duurzame asielplaatsen (ten minste 5 jaar)."));
    }

    @Test
    void weggelatenVeldenKrijgenDePraktijkVanCyclusEenUitDeTermijnenVanDeCyclus() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/cycli/" + CYCLUS + "/telregels").then().statusCode(200)
                .body("vastgesteld", equalTo(true)).body("minimaleOmvangMeerDan", equalTo(100))
                .body("telwijze", equalTo("PER_LOCATIE")).body("minimumDuurJaren", equalTo(5))
                .body("beschikbaarUiterlijkVanaf", equalTo("2312-06-30"))
                .body("beschikbaarTenMinsteTot", equalTo("2313-02-01"))
                .body("vastgesteldDoor", equalTo("minister@minjenv.example"));
        assertThat(Fixtures.events(e -> e.type().equals("nl.spreiding.telregels.vastgesteld")
                && e.key().equals(CYCLUS), es -> !es.isEmpty()))
                .allSatisfy(e -> assertThat(e.data().path("minimaleOmvangMeerDan").asInt()).isEqualTo(100));
    }

    @Test
    void eenKleineLocatieTeltNietEnToezeggingPlanEnOverzichtZeggenWaarom() {
        stelStandaardVast();
        String id = given().auth().oauth2(Tokens.provincie("PV20")).contentType(ContentType.JSON).body(KLEINE_LOCATIE)
                .post("/api/v1/toezeggingen").then().statusCode(201).body("teltVoorOpgave", equalTo(false))
                .body("redenenNietMeegeteld", contains(
                        "De locatie heeft 80 plaatsen; er tellen alleen locaties met meer dan 100 plaatsen."))
                .extract().path("id");

        given().queryParam("cyclus", CYCLUS).queryParam("provinciecode", "PV20")
                .auth().oauth2(Tokens.provincie("PV20")).get("/api/v1/provinciale-plannen/concept").then()
                .statusCode(200).body("toegezegd", equalTo(0))
                .body("gemeenten.find { it.gemeentecode == 'GM0037' }.locaties", org.hamcrest.Matchers.empty());
        String gm = "gemeenten.find { it.gemeentecode == 'GM0037' }.doelgroepen[0].";
        var overzicht = given().queryParam("cyclus", CYCLUS).get("/api/v1/provincies/PV20/overzicht").then()
                .statusCode(200).extract().jsonPath();
        assertThat(overzicht.getInt(gm + "toegezegd")).isZero();
        assertThat(overzicht.getInt(gm + "nietMeegeteld")).isGreaterThanOrEqualTo(80);
        assertThat(overzicht.getList(gm + "redenenNietMeegeteld.reden", String.class))
                .contains("De locatie heeft 80 plaatsen; er tellen alleen locaties met meer dan 100 plaatsen.");
        assertThat(overzicht.getInt("doelgroepen[0].nietMeegeteld")).isEqualTo(overzicht.getInt(gm + "nietMeegeteld"));
        assertThat(id).isNotBlank();
    }

    @Test
    void telregelsVoorEenNietGeopendeCyclusWordenGeweigerd() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/cycli/2393-2395/telregels").then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void eenVensterDatEindigtVoordatHetBeginstIsOngeldig() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"beschikbaarUiterlijkVanaf\":\"2312-06-30\",\"beschikbaarTenMinsteTot\":\"2312-01-01\"}")
                .put("/api/v1/cycli/" + CYCLUS + "/telregels").then().statusCode(400)
                .body("invalidParams.name", contains("beschikbaarTenMinsteTot"));
    }
}
