package nl.spreiding.pledge.uitkering;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.pledge.Fixtures;
import nl.spreiding.pledge.Fixtures.Gebied;

/**
 * {@link UitkeringVolgtDePlaats}: Dronten (task 100) realises 300 durable places and lends 200 of them to Kampen (task
 * 300), which realises 150 itself. For the task Kampen then has 350; for the grant each keeps its own places.
 */
@QuarkusTest
class UitkeringVolgtDePlaatsTest {

    /** A cycle no other test class publishes. */
    private static final String CYCLUS = "2123-2125";

    @Test
    void eenVerrekeningVerschuiftDeOpgaveMaarNietDeUitkering() {
        Fixtures.publiceer(CYCLUS, "2123-11-01",
                List.of(new Gebied("PV23", "Overijssel", "PV23", 1_180_000, 300, 0, 0),
                        new Gebied("PV24", "Flevoland", "PV24", 440_000, 100, 0, 0)),
                List.of(new Gebied("GM0166", "Kampen", "PV23", 55_000, 300, 0, 0),
                        new Gebied("GM0303", "Dronten", "PV24", 42_000, 100, 0, 0)));
        minister().body("""
                {"cyclus":"%s","aanvraagUiterlijk":"2125-01-31","bron":"Test","treden":[{"grondslag":"BOVEN_OPGAVE",
                 "bedragPerPlaatsCent":200000,"wijze":"OP_AANVRAAG","zekerheid":"GEMELD","bron":"Test"}]}"""
                .formatted(CYCLUS)).post("/api/v1/uitkeringsregelingen").then().statusCode(201);
        String verrekening = given().auth().oauth2(Tokens.provincie("PV24")).contentType(ContentType.JSON).body("""
                {"cyclus":"%s","vanGemeentecode":"GM0303","naarGemeentecode":"GM0166","aantalPlaatsen":200,
                 "tot":"2125-02-01","voorwaarde":"Kampen realiseert de rest zelf","namens":"PV24"}""".formatted(CYCLUS))
                .post("/api/v1/verrekeningen").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.provincie("PV23")).post("/api/v1/verrekeningen/" + verrekening + "/bevestiging")
                .then().statusCode(200);
        meld("GM0303", "Dronten, De Voorst", 300);
        meld("GM0166", "Kampen, IJsselkade", 150);
        String besluit = minister().body("{\"cyclus\":\"%s\"}".formatted(CYCLUS)).post("/api/v1/verdeelbesluiten")
                .then().statusCode(201).extract().path("id");
        minister().header("If-Match", "\"0\"").body("{\"besluitdatum\":\"2024-12-31\"}")
                .post("/api/v1/verdeelbesluiten/" + besluit + "/vaststelling").then().statusCode(200);

        JsonPath o = minister().body("{\"cyclus\":\"%s\"}".formatted(CYCLUS)).post("/api/v1/uitkeringsrechten/berekening")
                .then().statusCode(200).extract().jsonPath();

        String dronten = "gemeenten.find { it.gemeentecode == 'GM0303' }.";
        assertThat(o.getInt(dronten + "verrekend")).isEqualTo(-200);
        assertThat(o.getInt(dronten + "duurzamePlaatsen")).isEqualTo(300);
        assertThat(o.getLong(dronten + "opAanvraagCent")).isEqualTo(200L * 200_000);
        assertThat(o.getString(dronten + "toelichting")).contains("niet voor de uitkering");
        // With the crediting Kampen's 350 would be 50 above its task; its own 150 are not.
        assertThat(o.getList("gemeenten.gemeentecode")).containsExactly("GM0303");
    }

    private static void meld(String gemeente, String locatie, int plaatsen) {
        given().auth().oauth2(Tokens.gemeente(gemeente)).contentType(ContentType.JSON).body("""
                {"cyclus":"%s","gemeentecode":"%s","locatie":"%s","doelgroep":"ASIEL","aantalGerealiseerd":%d,
                 "duurzaam":true}""".formatted(CYCLUS, gemeente, locatie, plaatsen)).post("/api/v1/realisaties").then()
                .statusCode(201);
    }

    private static RequestSpecification minister() {
        return given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON);
    }
}
