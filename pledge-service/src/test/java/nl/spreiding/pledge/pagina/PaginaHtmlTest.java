package nl.spreiding.pledge.pagina;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.pledge.Fixtures;
import nl.spreiding.pledge.Fixtures.Gebied;

/**
 * The pages as HTML (without a browser): error pages for people, the date shown, and what the overview knows.
 * Cycles 2100-2102 (with a story) and 2103-2105 (opened, no task) are this class's own.
 */
@QuarkusTest
class PaginaHtmlTest {

    private static final String CYCLUS = "2100-2102";
    private static final String ZONDER_OPGAVE = "2103-2105";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static boolean gepubliceerd;

    /** Amsterdam pledges 500 durable places and 80 temporary ones (which do not count), today. */
    private static synchronized void publiceer() {
        if (gepubliceerd) {
            return;
        }
        Fixtures.publiceer(CYCLUS, "2101-11-01", List.of(new Gebied("PV27", "Noord-Holland", "PV27", 2_971_000, 1000, 100, 0)),
                List.of(new Gebied("GM0363", "Amsterdam", "PV27", 931_298, 600, 60, 0),
                        new Gebied("GM0392", "Haarlem", "PV27", 163_000, 400, 40, 0)));
        toezegging("GM0363", "Amsterdam, Zuidas", 500, true);
        toezegging("GM0363", "Amsterdam, tijdelijk", 80, false);
        gepubliceerd = true;
    }

    private static void toezegging(String gemeente, String locatie, int plaatsen, boolean duurzaam) {
        given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON).body("""
                {"cyclus":"%s","gemeentecode":"%s","locatie":"%s","doelgroep":"ASIEL","aantalPlaatsen":%d,
                 "aantalAmv":0,"duurzaam":%b}""".formatted(CYCLUS, gemeente, locatie, plaatsen, duurzaam))
                .post("/api/v1/toezeggingen").then().statusCode(201);
    }

    private static String vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    }

    private static String gisteren() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1).toString();
    }

    @Test
    void eenBrowserKrijgtBijEenNietGeopendeCyclusEenHtmlPaginaDieZegtHoeEenCyclusTeOpenen() {
        String html = given().accept(BROWSER).queryParam("cyclus", "2118-2120").get("/pagina").then().statusCode(404)
                .contentType(startsWith("text/html")).extract().asString();
        assertThat(html).contains("<html lang=\"nl\">", "Cyclus 2118-2120 is niet geopend.", "POST /api/v1/cycli",
                "href=\"http://localhost:8081/q/swagger-ui\"", "docs/walkthrough.md");
    }

    @Test
    void eenKlantDieGeenHtmlVraagtKrijgtDeFoutAlsProblemJson() {
        given().accept("*/*").queryParam("cyclus", "2118-2120").get("/pagina/provincies/PV27").then()
                .statusCode(404).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.equalTo("Cyclus 2118-2120 is niet geopend."));
    }

    @Test
    void eenGeopendeCyclusZonderGepubliceerdeOpgaveZegtDatOpDePagina() {
        Fixtures.send("nl.spreiding.cyclus.geopend", ZONDER_OPGAVE, Fixtures.cyclusGeopend(ZONDER_OPGAVE, "2104-11-01"));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/cycli/" + ZONDER_OPGAVE).statusCode() == 200);
        given().accept(BROWSER).queryParam("cyclus", ZONDER_OPGAVE).get("/pagina/gemeenten/GM0363").then()
                .statusCode(404).contentType(startsWith("text/html"))
                .body(containsString("Cyclus " + ZONDER_OPGAVE + " heeft nog geen gepubliceerde opgave."),
                        containsString("POST /api/v1/verdelingen"));
    }

    @Test
    void eenOngeldigeParameterOpEenPaginaIsEenHtml400DieDeParameterNoemt() {
        given().accept(BROWSER).queryParam("doelgroep", "KAT").get("/pagina").then().statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("<code>doelgroep</code>: moet ASIEL, STATUSHOUDERS of OEKRAINE zijn"));
    }

    @Test
    void eenOnbekendeGemeenteIsEenHtml404() {
        publiceer();
        given().accept(BROWSER).queryParam("cyclus", CYCLUS).get("/pagina/gemeenten/GM9999").then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("Gemeente GM9999 heeft geen gepubliceerde opgave in cyclus " + CYCLUS + "."));
    }

    @Test
    void eenPeildatumDieGeenBestaandeDatumIsIsEen400DiePeildatumNoemt() {
        publiceer();
        given().accept(BROWSER).queryParam("cyclus", CYCLUS).queryParam("peildatum", "2025-02-30")
                .get("/pagina/provincies/PV27").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("<code>peildatum</code>: moet een bestaande datum zijn (JJJJ-MM-DD)"));
    }

    @Test
    void eenPeildatumNaVandaagIsEen400() {
        publiceer();
        String morgen = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        given().accept("*/*").queryParam("cyclus", CYCLUS).queryParam("peildatum", morgen).get("/pagina")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", org.hamcrest.Matchers.equalTo("peildatum"));
    }

    @Test
    void eenPeildatumVoorDeVaststellingVanDeVerdelingIsEen400() {
        publiceer();
        // The fixtures' distribution was set on 2024-01-31.
        given().accept(BROWSER).queryParam("cyclus", CYCLUS).queryParam("peildatum", "2024-01-30")
                .get("/pagina/gemeenten/GM0363").then().statusCode(400)
                .body(containsString("<code>peildatum</code>: mag niet voor 2024-01-31 liggen"));
    }

    @Test
    void opEenEerdereDatumTeltEenLaterGeregistreerdeToezeggingNietMee() {
        publiceer();
        String html = given().accept(BROWSER).queryParam("cyclus", CYCLUS).queryParam("peildatum", gisteren())
                .get("/pagina/gemeenten/GM0363").then().statusCode(200).extract().asString();
        assertThat(html).contains("data-veld=\"toegezegd\">0<", "Geen toezeggingen.", "Stand op " + gisteren());
    }

    @Test
    void vandaagTeltDezelfdeToezeggingWelMee() {
        publiceer();
        given().accept(BROWSER).queryParam("cyclus", CYCLUS).queryParam("peildatum", vandaag())
                .get("/pagina/gemeenten/GM0363").then().statusCode(200)
                .body(containsString("data-veld=\"toegezegd\">500<"));
    }

    @Test
    void deLinksVanEenPaginaOpEenEerdereDatumHoudenDieDatum() {
        publiceer();
        given().accept(BROWSER).queryParam("cyclus", CYCLUS).queryParam("peildatum", gisteren())
                .get("/pagina/provincies/PV27").then().statusCode(200)
                .body(containsString("/pagina/gemeenten/GM0363?cyclus=" + CYCLUS + "&amp;doelgroep=ASIEL&amp;maat=toegezegd&amp;peildatum="
                        + gisteren()));
    }

    @Test
    void deGemeentepaginaZegtPerToezeggingWaaromZijNietMeetelt() {
        publiceer();
        given().accept(BROWSER).queryParam("cyclus", CYCLUS).get("/pagina/gemeenten/GM0363").then().statusCode(200)
                .body(containsString("class=\"telt-niet\">Telt niet mee: "));
    }

    @Test
    void deRegietafelToontDeNietMeegeteldePlaatsenPerGemeente() {
        publiceer();
        given().accept(BROWSER).queryParam("cyclus", CYCLUS).get("/pagina/provincies/PV27").then().statusCode(200)
                .body(containsString("data-veld=\"nietMeegeteld\">80<"), containsString("data-veld=\"kansrijk\">0<"),
                        containsString("data-veld=\"verrekend\">0<"));
    }

    @Test
    void deRegietafelCsvHeeftDeKolommenVerrekendKansrijkEnNietMeegeteld() {
        publiceer();
        String csv = new String(given().queryParam("cyclus", CYCLUS).get("/pagina/provincies/PV27/regietafel.csv").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList().get(0)).contains(";verrekend;kansrijk;nietMeegeteld;");
        assertThat(csv).contains("GM0363;Amsterdam;ASIEL;600;60;0;0;600;500;0;0;0;0;80;");
    }

    @Test
    void deOverzichtCsvEindigtMetVerrekendKansrijkEnNietMeegeteld() {
        publiceer();
        String csv = given().accept("text/csv").queryParam("cyclus", CYCLUS).get("/api/v1/provincies/PV27/overzicht")
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList().get(0)).endsWith(",plaatsenPer1000Inwoners,verrekend,kansrijk,nietMeegeteld");
        assertThat(csv).contains("GEMEENTE,GM0363,Amsterdam,931298,ASIEL,600,60,0,600,0,600,500,0,0,-100,100,0,0.54,0,0,80");
    }
}
