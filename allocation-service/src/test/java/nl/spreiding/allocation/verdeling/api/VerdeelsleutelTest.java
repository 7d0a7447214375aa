package nl.spreiding.allocation.verdeling.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.spreiding.local.token.Tokens;

/**
 * Key versions defined through the API. Every test uses its own code: a new version of a built-in key would change what
 * the other tests calculate with.
 */
@QuarkusTest
class VerdeelsleutelTest {

    /** Weights with a band table (factor 0.5 below 0, 1 from 0, 2 from 0.4): 1000×1, 2000×2, 3000×0.5 = 1000, 4000, 1500. */
    private static final String DRIE_GEMEENTEN = """
            gemeentecode,gemeentenaam,provinciecode,aantalInwoners,peildatumInwoners,sesWoaScore,sesWoaJaargang,bestaandeDuurzamePlaatsen,peildatumBestaandePlaatsen
            GM9101,Aadorp,PV20,1000,2093-01-01,0.000,2092,,
            GM9102,Beekdorp,PV20,2000,2093-01-01,0.500,2092,,
            GM9103,Ceedorp,PV21,3000,2093-01-01,-0.500,2092,,
            """;

    private static String banden(String code) {
        return """
                {"code":"%s","omschrijving":"Factor per SES-band","rechtsgrond":"Test",
                 "correctie":{"familie":"SES_BANDEN","banden":[{"tot":0,"factor":0.5},{"vanaf":0,"tot":0.4,"factor":1},
                   {"vanaf":0.4,"factor":2}]},
                 "afronding":"GROOTSTE_OVERSCHOT",
                 "bron":{"soort":"AANNAME","tekst":"Voorbeeld zonder publicatie"}}""".formatted(code);
    }

    @Test
    void eenNieuweDefinitieIsDeVolgendeVersieVanHaarCode() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body(banden("TEST_VERSIES"))
                .post("/api/v1/verdeelsleutels").then().statusCode(201).body("versie", equalTo(1));

        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(banden("TEST_VERSIES"))
                .post("/api/v1/verdeelsleutels").then().statusCode(201)
                .header("Location", endsWith("/api/v1/verdeelsleutels/TEST_VERSIES/versies/2"))
                .body("versie", equalTo(2))
                .body("correctiefunctie.familie", equalTo("SES_BANDEN"))
                .body("correctiebron.soort", equalTo("AANNAME"));
    }

    @Test
    void eenVastgelegdeVersieIsTeLezenMetFamilieParametersEnBron() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body("""
                {"code":"TEST_BEGRENSD","omschrijving":"Begrensd","rechtsgrond":"Test",
                 "correctie":{"familie":"BEGRENSD_LINEAIR","a":1,"minimum":0.5,"maximum":1.5},
                 "afronding":"GROOTSTE_OVERSCHOT",
                 "bron":{"soort":"PUBLICATIE","tekst":"Stcrt. 2090, 1","datum":"2090-03-12","url":"https://example.org/stcrt"}}""")
                .post("/api/v1/verdeelsleutels").then().statusCode(201);

        given().get("/api/v1/verdeelsleutels/TEST_BEGRENSD/versies/1").then().statusCode(200)
                .body("correctiefunctie.minimum", equalTo(0.5f))
                .body("correctiefunctie.maximum", equalTo(1.5f))
                .body("correctiebron.datum", equalTo("2090-03-12"));
        given().get("/api/v1/verdeelsleutels?paginaGrootte=100").then().statusCode(200)
                .body("resultaten.code", hasItem("TEST_BEGRENSD"));
    }

    @Test
    void eenBerekeningMetDeCodeGebruiktDeVastgelegdeFunctie() {
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8").body(DRIE_GEMEENTEN)
                .put("/api/v1/referentiejaren/2093/gemeenten").then().statusCode(200);
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body(banden("TEST_BEREKENING"))
                .post("/api/v1/verdeelsleutels").then().statusCode(201);

        // Total weight 6500: 65 places divide into 10, 40 and 15 exactly.
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"referentiejaar\":2093,\"sleutel\":\"TEST_BEREKENING\",\"totaal\":65}")
                .post("/api/v1/verdelingen/simulaties").then().statusCode(200)
                .body("gemeenten.find { it.gemeentecode == 'GM9101' }.opgave", equalTo(10))
                .body("gemeenten.find { it.gemeentecode == 'GM9102' }.opgave", equalTo(40))
                .body("gemeenten.find { it.gemeentecode == 'GM9103' }.opgave", equalTo(15));
    }

    @Test
    void overlappendeBandenWordenGeweigerdMetHetVeld() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body("""
                {"code":"TEST_OVERLAP","omschrijving":"Overlap","rechtsgrond":"Test",
                 "correctie":{"familie":"SES_BANDEN","banden":[{"tot":0,"factor":0.5},{"vanaf":-0.1,"factor":1}]},
                 "afronding":"GROOTSTE_OVERSCHOT","bron":{"soort":"AANNAME","tekst":"Test"}}""")
                .post("/api/v1/verdeelsleutels").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("correctie.banden[1].vanaf"));
    }

    @Test
    void eenParameterDieDeFamilieNietKentWordtGeweigerd() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body("""
                {"code":"TEST_OVERBODIG","omschrijving":"Lineair","rechtsgrond":"Test",
                 "correctie":{"familie":"LINEAIR","a":1,"maximum":2},
                 "afronding":"GROOTSTE_OVERSCHOT","bron":{"soort":"AANNAME","tekst":"Test"}}""")
                .post("/api/v1/verdeelsleutels").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("correctie.maximum"));
    }

    @Test
    void eenPublicatieZonderDatumWordtGeweigerd() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body("""
                {"code":"TEST_BRON","omschrijving":"Lineair","rechtsgrond":"Test","correctie":{"familie":"LINEAIR","a":0.8},
                 "afronding":"GROOTSTE_OVERSCHOT","bron":{"soort":"PUBLICATIE","tekst":"Stcrt. 2090, 2"}}""")
                .post("/api/v1/verdeelsleutels").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("bron.datum"));
    }

    @Test
    void eenGemeenteMagGeenSleutelVastleggen() {
        given().auth().oauth2(Tokens.gemeente("GM0363")).contentType(ContentType.JSON).body(banden("TEST_GEMEENTE"))
                .post("/api/v1/verdeelsleutels").then().statusCode(403);
    }

    @Test
    void eenOnbekendeVersieIsNietGevonden() {
        given().get("/api/v1/verdeelsleutels/SPREIDINGSWET_SES_WOA/versies/999").then().statusCode(404);
    }
}
