package nl.spreiding.allocation.referentiedata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.local.token.Tokens;

@QuarkusTest
class ReferentiedataTest {

    private static final List<String> KOLOMMEN = List.of("gemeentecode", "gemeentenaam", "provinciecode",
            "aantalInwoners", "peildatumInwoners", "sesWoaScore", "sesWoaJaargang", "bestaandeDuurzamePlaatsen",
            "peildatumBestaandePlaatsen");
    private static final String KOP = "gemeentecode,gemeentenaam,provinciecode,aantalInwoners,peildatumInwoners,sesWoaScore,sesWoaJaargang\n";

    @Test
    void hetMeegeleverdeReferentiejaarWordtIngelezen() {
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body(ReferentiedataLaden.meegeleverd(2024))
                .put("/api/v1/referentiejaren/2024/gemeenten").then()
                .statusCode(200)
                .body("aantalGemeenten", equalTo(342))
                .body("totaalInwoners", equalTo(17_942_942));

        given().get("/api/v1/referentiejaren/2024/gemeenten/GM0363").then()
                .statusCode(200)
                .body("gemeentenaam", equalTo("Amsterdam"))
                .body("provinciecode", equalTo("PV27"))
                .body("aantalInwoners", equalTo(931_298));
        given().queryParam("provinciecode", "PV24").queryParam("paginaGrootte", 100)
                .get("/api/v1/referentiejaren/2024/gemeenten").then()
                .statusCode(200)
                .body("totaal", equalTo(6))
                .body("resultaten.gemeentenaam", hasItem("Almere"));
        given().get("/api/v1/referentiejaren").then().statusCode(200)
                .body("resultaten.find { it.referentiejaar == 2024 }.aantalGemeenten", equalTo(342));
    }

    @Test
    void deGemeentenWordenAlsCsvGeexporteerdZoalsZeZijnIngelezen() {
        String origineel = KOP + "GM0820,\"Nuenen, Gerwen en Nederwetten\",PV30,24231,2024-01-01,0.215,2022\n"
                + "GM0014,Groningen,PV20,243768,2024-01-01,-0.105,2022\n";
        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body(origineel).put("/api/v1/referentiejaren/2031/gemeenten").then().statusCode(200);

        String export = given().accept("text/csv").get("/api/v1/referentiejaren/2031/gemeenten").then()
                .statusCode(200).extract().asString();
        assertThat(export).contains("GM0820,\"Nuenen, Gerwen en Nederwetten\",PV30,24231,2024-01-01,0.215,2022")
                .startsWith("gemeentecode,gemeentenaam,provinciecode,aantalInwoners,peildatumInwoners,sesWoaScore");

        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body(export).put("/api/v1/referentiejaren/2031/gemeenten").then()
                .statusCode(200).body("aantalGemeenten", equalTo(2)).body("aantalZonderSesWoa", equalTo(0));
    }

    @Test
    void eenFoutBestandWordtGeheelGeweigerdMetElkProbleemEnDeVorigeGegevensBlijven() {
        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body(KOP + "GM0001,Eerste,PV20,1000,2024-01-01,0.1,2022\n")
                .put("/api/v1/referentiejaren/2032/gemeenten").then().statusCode(200);

        String slecht = KOP
                + "GM0001,Eerste,PV20,1000,2024-01-01,0.1,2022\n"
                + "GM0001,Tweede,PV99,0,1-1-2024,1.5,2022\n"
                + "XX12,Derde,PV21,500,2024-01-01,0.12345,\n";
        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body(slecht).put("/api/v1/referentiejaren/2032/gemeenten").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder(
                        "regel[3].gemeentecode", "regel[3].provinciecode", "regel[3].aantalInwoners",
                        "regel[3].peildatumInwoners", "regel[3].sesWoaScore",
                        "regel[4].gemeentecode", "regel[4].sesWoaScore", "regel[4].sesWoaJaargang"));

        given().get("/api/v1/referentiejaren/2032/gemeenten").then().statusCode(200)
                .body("totaal", equalTo(1))
                .body("resultaten[0].gemeentenaam", equalTo("Eerste"));
    }

    @Test
    void onbekendeEnOntbrekendeKolommenWordenGeweigerd() {
        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body("gemeentecode,naam,provinciecode\nGM0001,X,PV20\n")
                .put("/api/v1/referentiejaren/2033/gemeenten").then()
                .statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("regel[1].naam", "regel[1].gemeentenaam",
                        "regel[1].aantalInwoners", "regel[1].peildatumInwoners"));
        given().get("/api/v1/referentiejaren/2033/gemeenten/GM0001").then().statusCode(404);
    }

    @Test
    void sesWoaScoresKomenUitEenCbsStatlineExportAllesOfNiets() {
        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body(KOP + "GM0014,Groningen,PV20,243768,2024-01-01,,\n"
                + "GM0034,Almere,PV24,226500,2024-01-01,,\n").put("/api/v1/referentiejaren/2035/gemeenten").then().statusCode(200);
        String cbs = """
                "ID";"WijkenEnBuurten";"RegioS";"Perioden";"ParticuliereHuishoudens_1";"GemiddeldeScore_29"
                "0";"Nederland";"NL01    ";"2022JJ00";"8000000";"0.000"
                "1";"Groningen";"PV20    ";"2022JJ00";"280000";"-0.080"
                "2";"Groningen";"GM0014  ";"2021JJ00";"120000";"-0.150"
                "3";"Groningen";"GM0014  ";"2022JJ00";"121000";"-0,139"
                "4";"Almere";"GM0034  ";"2022JJ00";"90000";"0.041"
                "5";"Wijk 00";"WK003400";"2022JJ00";"900";"0.2"
                """;
        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body(cbs).queryParam("veld", "SES_WOA_SCORE").queryParam("kolom", "GemiddeldeScore_29")
                .queryParam("periode", "2022JJ00").queryParam("geldigVoor", "2022-01-01")
                .patch("/api/v1/referentiejaren/2035/gemeenten").then()
                .statusCode(200).body("bijgewerkt", equalTo(2));
        given().get("/api/v1/referentiejaren/2035/gemeenten/GM0014").then()
                .body("sesWoaScore", equalTo(-0.139f)).body("sesWoaJaargang", equalTo(2022));

        String onvolledig = cbs.replace("GM0034", "GM9999");
        given().auth().oauth2(Tokens.beheerder())
                .contentType("text/csv; charset=UTF-8").body(onvolledig).queryParam("veld", "SES_WOA_SCORE")
                .queryParam("kolom", "GemiddeldeScore_29").queryParam("periode", "2022JJ00").queryParam("geldigVoor", "2023-01-01")
                .patch("/api/v1/referentiejaren/2035/gemeenten").then()
                .statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("gemeenten[GM0034]", "gemeenten[GM9999]"));
        given().get("/api/v1/referentiejaren/2035/gemeenten/GM0034").then()
                .body("sesWoaScore", equalTo(0.041f)).body("sesWoaJaargang", equalTo(2022));
    }

    @Test
    void elkeWijzigingVanDeReferentiedataLegtVastWieEnUitWelkeBronMaarNietWatIsGeweigerd() {
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body(KOP + "GM0014,Groningen,PV20,243768,2024-01-01,,\n").put("/api/v1/referentiejaren/2036/gemeenten")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.minister()).contentType("text/csv; charset=UTF-8")
                .body("\"RegioS\";\"Perioden\";\"BevolkingAanHetBeginVanDePeriode_1\"\n\"GM0014  \";\"2024JJ00\";\"244000\"\n")
                .queryParam("veld", "AANTAL_INWONERS").queryParam("kolom", "BevolkingAanHetBeginVanDePeriode_1")
                .queryParam("geldigVoor", "2024-01-01").patch("/api/v1/referentiejaren/2036/gemeenten").then().statusCode(200);
        given().auth().oauth2(Tokens.minister()).contentType("text/csv; charset=UTF-8").body(KOP + "GM0014,Groningen,PV99,0,x,,\n")
                .put("/api/v1/referentiejaren/2036/gemeenten").then().statusCode(400);

        given().get("/api/v1/referentiejaren/2036/wijzigingen").then().statusCode(200)
                .body("totaal", equalTo(2))
                .body("resultaten.soort", contains("CBS_AANTAL_INWONERS", "INLEZING"))
                .body("resultaten.door", contains("minister@minjenv.example", "beheer@spreiding.example"))
                .body("resultaten[0].bron", containsString("BevolkingAanHetBeginVanDePeriode_1"))
                .body("resultaten.aantalGemeenten", contains(1, 1));
    }

    @Test
    void deIndelingMetPuntkommaVanNederlandseSpreadsheetsWordtGelezen() {
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body("gemeentecode;gemeentenaam;provinciecode;aantalInwoners;peildatumInwoners\nGM0005;Vijf;PV22;5000;2024-01-01\n")
                .put("/api/v1/referentiejaren/2034/gemeenten").then().statusCode(200).body("aantalGemeenten", equalTo(1));
    }

    @Test
    void eenWindows1252BestandWordtGeweigerdMetHetRegelnummer() {
        byte[] windows1252 = ("gemeentecode;gemeentenaam;provinciecode;aantalInwoners;peildatumInwoners\r\n"
                + "GM0014;Groningen;PV20;243768;2024-01-01\r\nGM1900;Súdwest-Fryslân;PV21;91096;2024-01-01\r\n")
                .getBytes(Charset.forName("windows-1252"));
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8").body(windows1252)
                .put("/api/v1/referentiejaren/2053/gemeenten").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", contains("regel[3]"))
                .body("invalidParams[0].reason", containsString("UTF-8"));
        given().get("/api/v1/referentiejaren/2053/gemeenten/GM0014").then().statusCode(404);
    }

    @Test
    void eenPuntkommabestandMetDecimaleKommaWordtGoedGelezen() {
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body(("\uFEFFgemeentecode;gemeentenaam;provinciecode;aantalInwoners;peildatumInwoners;sesWoaScore;sesWoaJaargang\r\n"
                        + "GM1900;Súdwest-Fryslân;PV21;91096;2024-01-01;0,123;2022\r\n"
                        + "GM0014;Groningen;PV20;243768;2024-01-01;-0,105;2022\r\n").getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/referentiejaren/2054/gemeenten").then().statusCode(200).body("aantalGemeenten", equalTo(2));
        given().get("/api/v1/referentiejaren/2054/gemeenten/GM1900").then().statusCode(200)
                .body("gemeentenaam", equalTo("Súdwest-Fryslân"))
                .body("sesWoaScore", equalTo(0.123f));
    }

    @Test
    void eenScheidingstekenVoorDuizendtallenWordtGeweigerd() {
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body("gemeentecode;gemeentenaam;provinciecode;aantalInwoners;peildatumInwoners;sesWoaScore;sesWoaJaargang\n"
                        + "GM0014;Groningen;PV20;243.768;2024-01-01;-0,105;2022\n")
                .put("/api/v1/referentiejaren/2055/gemeenten").then()
                .statusCode(400)
                .body("invalidParams.name", contains("regel[2].aantalInwoners"))
                .body("invalidParams[0].reason", containsString("duizendtallen"));
    }

    @Test
    void eenNaamDieAlsFormuleBegintWordtGeweigerd() {
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body(KOP + "GM0014,\"=HYPERLINK(\"\"http://x.example\"\",\"\"Groningen\"\")\",PV20,243768,2024-01-01,,\n"
                        + "GM0034,@Almere,PV24,226500,2024-01-01,,\n")
                .put("/api/v1/referentiejaren/2056/gemeenten").then()
                .statusCode(400)
                .body("invalidParams.name", contains("regel[2].gemeentenaam", "regel[3].gemeentenaam"))
                .body("invalidParams[0].reason", containsString("formule"));
    }

    @Test
    void deStandaardExportIsRfc4180MetCrlfEnBestandsnaam() {
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body(KOP + "GM0014,Groningen,PV20,243768,2024-01-01,-0.105,2022\n").put("/api/v1/referentiejaren/2057/gemeenten")
                .then().statusCode(200);

        byte[] export = given().accept("text/csv").get("/api/v1/referentiejaren/2057/gemeenten").then()
                .statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"gemeenten-2057.csv\""))
                .extract().asByteArray();
        assertThat(new String(export, StandardCharsets.UTF_8)).isEqualTo(String.join(",", KOLOMMEN) + "\r\n"
                + "GM0014,Groningen,PV20,243768,2024-01-01,-0.105,2022,,\r\n");
    }

    @Test
    void deSpreadsheetExportHeeftPuntkommaDecimaleKommaBomEnCrlf() {
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body((KOP + "GM1900,Súdwest-Fryslân,PV21,91096,2024-01-01,0.123,2022\n").getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/referentiejaren/2058/gemeenten").then().statusCode(200);

        byte[] export = given().accept("text/csv").queryParam("dialect", "spreadsheet-nl")
                .get("/api/v1/referentiejaren/2058/gemeenten").then()
                .statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"gemeenten-2058.csv\""))
                .extract().asByteArray();
        assertThat(new String(export, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + String.join(";", KOLOMMEN) + "\r\n"
                + "GM1900;Súdwest-Fryslân;PV21;91096;2024-01-01;0,123;2022;;\r\n");
    }

    @Test
    void deSpreadsheetExportLeestOngewijzigdWeerIn() {
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body((KOP + "GM1900,Súdwest-Fryslân,PV21,91096,2024-01-01,-0.123,2022\n").getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/referentiejaren/2059/gemeenten").then().statusCode(200);
        byte[] export = given().accept("text/csv").queryParam("dialect", "spreadsheet-nl")
                .get("/api/v1/referentiejaren/2059/gemeenten").then().statusCode(200).extract().asByteArray();

        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8").body(export)
                .put("/api/v1/referentiejaren/2059/gemeenten").then().statusCode(200);
        given().get("/api/v1/referentiejaren/2059/gemeenten/GM1900").then().statusCode(200)
                .body("gemeentenaam", equalTo("Súdwest-Fryslân"))
                .body("sesWoaScore", equalTo(-0.123f));
    }

    @Test
    void eenOnbekendDialectIsEenOngeldigeParameter() {
        given().accept("text/csv").queryParam("dialect", "excel").get("/api/v1/referentiejaren/2024/gemeenten").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", contains("dialect"));
    }
}
