package nl.spreiding.allocation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.spreiding.local.token.Tokens;

/**
 * Input outside what the database columns and the law's figures hold is a 400 that names the field (a CSV line as
 * regel[N].kolom), checked before any arithmetic or storage: never an overflow or a database error (500).
 */
@QuarkusTest
class OngeldigeInvoerTest {

    /** A year no other test uses; a rejected upload changes nothing, so the tests share it. */
    private static final int AFGEKEURD_JAAR = 2020;
    /** A year with one municipality, for updates from CBS. */
    private static final int CBS_JAAR = 2021;
    private static final String KOP = "gemeentecode,gemeentenaam,provinciecode,aantalInwoners,peildatumInwoners,"
            + "sesWoaScore,sesWoaJaargang,bestaandeDuurzamePlaatsen,peildatumBestaandePlaatsen\n";
    private static final String CBS_KOP = "\"RegioS\";\"Perioden\";\"BevolkingAanHetBeginVanDePeriode_1\"\n";

    private static boolean cbsJaarKlaar;

    @Test
    void eenInwonertalVan2Tot63InEenCbsBestandIs400OpZijnRegel() {
        cbsUpdate(CBS_KOP + "\"GM0014  \";\"2021JJ00\";\"9223372036854775808\"\n").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", contains("regel[2].BevolkingAanHetBeginVanDePeriode_1"));
    }

    @Test
    void eenInwonertalVan1e308InEenCbsBestandIs400OpZijnRegel() {
        cbsUpdate(CBS_KOP + "\"GM0014  \";\"2021JJ00\";\"1e308\"\n").then().statusCode(400)
                .body("invalidParams.name", contains("regel[2].BevolkingAanHetBeginVanDePeriode_1"))
                .body("invalidParams[0].reason", containsString("100000000"));
    }

    @Test
    void eenSesWoaScoreMetEenExponentVanEenMiljardIs400OpZijnRegel() {
        cbsBijwerking("\"RegioS\";\"Perioden\";\"GemiddeldeScore_29\"\n\"GM0014  \";\"2021JJ00\";\"1e-999999999\"\n",
                "SES_WOA_SCORE", "GemiddeldeScore_29", "2021-01-01").then().statusCode(400)
                .body("invalidParams.name", contains("regel[2].GemiddeldeScore_29"));
    }

    @Test
    void eenGetalVanDuizendCijfersInEenCbsBestandIs400ZonderHetTeHerhalen() {
        cbsUpdate(CBS_KOP + "\"GM0014  \";\"2021JJ00\";\"" + "9".repeat(1000) + "\"\n").then().statusCode(400)
                .body("invalidParams.name", contains("regel[2].BevolkingAanHetBeginVanDePeriode_1"))
                .body("invalidParams[0].reason.length()", org.hamcrest.Matchers.lessThan(100));
    }

    @Test
    void eenCbsKolomnaamLangerDan100TekensIs400() {
        cbsBijwerking(CBS_KOP, "AANTAL_INWONERS", "K".repeat(101), "2021-01-01").then().statusCode(400)
                .body("invalidParams.name", contains("kolom"));
    }

    @Test
    void eenGeldigVoorDatumInHetJaar999999999Is400() {
        cbsBijwerking(CBS_KOP + "\"GM0014  \";\"2021JJ00\";\"244000\"\n", "AANTAL_INWONERS",
                "BevolkingAanHetBeginVanDePeriode_1", "+999999999-01-01").then().statusCode(400)
                .body("invalidParams.name", contains("geldigVoor"));
    }

    @Test
    void eenGemeentenaamVan101TekensIs400OpZijnRegel() {
        upload(KOP + "GM0014,Groningen,PV20,243768,2024-01-01,,,,\n" + "GM0034," + "A".repeat(101) + ",PV24,226500,2024-01-01,,,,\n")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("regel[3].gemeentenaam"))
                .body("invalidParams[0].reason", containsString("100 tekens"));
    }

    @Test
    void eenGemeentenaamVan100TekensWordtIngelezen() {
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body(KOP + "GM0034," + "Ä".repeat(100) + ",PV24,226500,2024-01-01,,,,\n")
                .put("/api/v1/referentiejaren/2019/gemeenten").then().statusCode(200).body("aantalGemeenten", equalTo(1));
    }

    @Test
    void eenNulTekenInEenGemeentenaamIs400OpZijnRegel() {
        upload(KOP + "GM0014,Gronin\u0000gen,PV20,243768,2024-01-01,,,,\n").then().statusCode(400)
                .body("invalidParams.name", contains("regel[2].gemeentenaam"));
    }

    @Test
    void eenInwonertalBovenHonderdMiljoenInEenUploadIs400OpZijnRegel() {
        upload(KOP + "GM0014,Groningen,PV20,9223372036854775807,2024-01-01,,,,\n").then().statusCode(400)
                .body("invalidParams.name", contains("regel[2].aantalInwoners"));
    }

    @Test
    void bestaandePlaatsenBuitenHetBereikVanDeKolomZijn400OpHunRegel() {
        upload(KOP + "GM0014,Groningen,PV20,243768,2024-01-01,,,4294967296,2024-01-01\n").then().statusCode(400)
                .body("invalidParams.name", contains("regel[2].bestaandeDuurzamePlaatsen"));
    }

    @Test
    void eenPeildatumInHetJaar999999999IsOngeldigOpZijnRegel() {
        upload(KOP + "GM0014,Groningen,PV20,243768,+999999999-01-01,,,,\n").then().statusCode(400)
                .body("invalidParams.name", contains("regel[2].peildatumInwoners"));
    }

    @Test
    void eenSesWoaScoreVan1e308InEenUploadIs400OpZijnRegel() {
        upload(KOP + "GM0014,Groningen,PV20,243768,2024-01-01,1e308,2020,,\n").then().statusCode(400)
                .body("invalidParams.name", contains("regel[2].sesWoaScore"));
    }

    @Test
    void eenTermijnInHetJaar999999999IsOngeldig() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body("""
                {"cyclus":"2002-2004","termijnen":{"raming":"+999999999-02-01","provinciaalPlan":"2002-11-01",
                 "verdeelbesluit":"2002-12-31","realisatieMaanden":6,"volgendeCyclus":"2004-02-01"}}""")
                .post("/api/v1/cycli").then().statusCode(400)
                .body("invalidParams.name", contains("termijnen.raming"));
    }

    @Test
    void eenCyclusDieVoor2000BegintIsOngeldig() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body("{\"cyclus\":\"0000-0002\"}")
                .post("/api/v1/cycli").then().statusCode(400)
                .body("invalidParams.name", contains("cyclus"));
    }

    @Test
    void eenPeildatumVanDeRamingInHetJaar999999999IsOngeldig() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"2004-2006\",\"totaalPlaatsen\":10,\"amvPlaatsen\":1,\"peildatum\":\"+999999999-01-01\"}")
                .post("/api/v1/capaciteitsramingen").then().statusCode(400)
                .body("invalidParams.name", contains("peildatum"));
    }

    @Test
    void eenSleutelcodeLangerDan60TekensIs400() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"2004-2006\",\"doelgroep\":\"ASIEL\",\"sleutel\":\"" + "S".repeat(61) + "\",\"totaal\":10}")
                .post("/api/v1/verdelingen").then().statusCode(400)
                .body("invalidParams.name", contains("sleutel"));
    }

    @Test
    void eenNulTekenInDeToelichtingIs400() {
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"2004-2006\",\"doelgroep\":\"ASIEL\",\"totaal\":10,\"toelichting\":\"nieuw\\u0000\"}")
                .post("/api/v1/verdelingen").then().statusCode(400)
                .body("invalidParams.name", contains("toelichting"));
    }

    @Test
    void eenInwonertalVan2Tot63InEenWatAlsIs400() {
        given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON).body("""
                {"referentiejaar":2021,"sleutel":"INWONERS","totaal":10,
                 "aanpassingen":[{"gemeentecode":"GM0014","aantalInwoners":9223372036854775807}]}""")
                .post("/api/v1/verdelingen/simulaties").then().statusCode(400)
                .body("invalidParams.name", contains("aanpassingen[0].aantalInwoners"));
    }

    private static io.restassured.response.Response upload(String csv) {
        return given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8").body(csv)
                .put("/api/v1/referentiejaren/" + AFGEKEURD_JAAR + "/gemeenten");
    }

    private static io.restassured.response.Response cbsUpdate(String csv) {
        return cbsBijwerking(csv, "AANTAL_INWONERS", "BevolkingAanHetBeginVanDePeriode_1", "2021-01-01");
    }

    private static io.restassured.response.Response cbsBijwerking(String csv, String veld, String kolom, String geldigVoor) {
        maakCbsJaar();
        RequestSpecification verzoek = given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("veld", veld).queryParam("kolom", kolom).queryParam("geldigVoor", geldigVoor);
        return verzoek.patch("/api/v1/referentiejaren/" + CBS_JAAR + "/gemeenten");
    }

    private static synchronized void maakCbsJaar() {
        if (!cbsJaarKlaar) {
            given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                    .body(KOP + "GM0014,Groningen,PV20,243768,2021-01-01,,,,\n")
                    .put("/api/v1/referentiejaren/" + CBS_JAAR + "/gemeenten").then().statusCode(200);
            cbsJaarKlaar = true;
        }
    }
}
