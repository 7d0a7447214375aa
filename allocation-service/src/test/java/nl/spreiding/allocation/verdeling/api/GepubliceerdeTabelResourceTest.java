package nl.spreiding.allocation.verdeling.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import nl.spreiding.allocation.gebeurtenissen.AllocatieGebeurtenissen;
import nl.spreiding.allocation.referentiedata.ReferentiedataLaden;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.testsupport.TopicProbe;

/**
 * Adopting a published table and reconciling it with a calculated distribution, on the shipped 2024 reference data
 * (342 municipalities). The table is SYNTHETIC, not the real Stcrt. 2024, 3320: 280 places each, one more for the first
 * 242 municipalities in code order (342 × 280 + 242 = 96,002), AMV 23 each.
 */
@QuarkusTest
class GepubliceerdeTabelResourceTest {

    private static final String CYCLUS = "2086-2088";
    private static final String CYCLUS_BEREKEND = "2088-2090";
    private static final String CYCLUS_AFGEKEURD = "2084-2086";
    private static final String PUBLICATIE = "Stcrt. 2024, 3320 (synthetisch)";
    private static final String URL = "https://zoek.officielebekendmakingen.nl/stcrt-2024-3320.html";

    private static String overgenomen;
    private static String berekend;

    @Inject
    ObjectMapper json;

    /** The 2024 municipality codes in code order, from the shipped file. */
    static List<String> gemeentecodes() {
        return ReferentiedataLaden.meegeleverd(2024).lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.substring(0, l.indexOf(','))).sorted().toList();
    }

    /** The synthetic table in the Dutch spreadsheet dialect: a byte order mark, semicolons, CRLF. */
    static String synthetischeTabel() {
        StringBuilder csv = new StringBuilder("\uFEFFgemeentecode;opgave;amv\r\n");
        List<String> codes = gemeentecodes();
        for (int i = 0; i < codes.size(); i++) {
            csv.append(codes.get(i)).append(';').append(i < 242 ? 281 : 280).append(";23\r\n");
        }
        return csv.toString();
    }

    private static RequestSpecification upload(String cyclus, String csv) {
        return given().auth().oauth2(Tokens.minister()).contentType("text/csv; charset=UTF-8")
                .queryParam("cyclus", cyclus).queryParam("publicatie", PUBLICATIE).queryParam("publicatiedatum", "2024-01-31")
                .queryParam("url", URL).body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized void klaar() {
        if (overgenomen != null) {
            return;
        }
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body(ReferentiedataLaden.meegeleverd(2024)).put("/api/v1/referentiejaren/2024/gemeenten").then().statusCode(200);
        for (String cyclus : List.of(CYCLUS, CYCLUS_BEREKEND, CYCLUS_AFGEKEURD)) {
            given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                    .body("{\"cyclus\":\"" + cyclus + "\",\"referentiejaar\":2024}").post("/api/v1/cycli").then().statusCode(201);
        }
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"" + CYCLUS + "\",\"totaalPlaatsen\":96000,\"amvPlaatsen\":8140}")
                .post("/api/v1/capaciteitsramingen").then().statusCode(201);
        berekend = given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"" + CYCLUS_BEREKEND + "\",\"doelgroep\":\"ASIEL\",\"sleutel\":\"INWONERS\","
                        + "\"totaal\":96000,\"amvTotaal\":8140}")
                .post("/api/v1/verdelingen").then().statusCode(201).extract().path("id");
        overgenomen = upload(CYCLUS, synthetischeTabel()).post("/api/v1/verdelingen/gepubliceerde-tabellen").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void eenGepubliceerdeTabelWordtDeVerdelingVanDeCyclusMetHaarSomZoalsGepubliceerd() {
        klaar();
        given().get("/api/v1/verdelingen/" + overgenomen).then().statusCode(200)
                .body("cyclus", equalTo(CYCLUS))
                .body("versie", equalTo(1))
                .body("sleutel.code", equalTo("GEPUBLICEERDE_TABEL"))
                .body("totaal", equalTo(96000))
                .body("amvTotaal", equalTo(8140))
                .body("somOpgaven", equalTo(96002))
                .body("afwijkingVanTotaal", equalTo(2))
                .body("somAmv", equalTo(342 * 23))
                .body("provincies", hasSize(12))
                .body("bron.publicatie", equalTo(PUBLICATIE))
                .body("bron.publicatiedatum", equalTo("2024-01-31"))
                .body("bron.url", equalTo(URL))
                .body("bron.bestandSha256", notNullValue());
        String eerste = gemeentecodes().get(0);
        given().get("/api/v1/verdelingen/" + overgenomen + "/gemeenten?paginaGrootte=1").then().statusCode(200)
                .body("resultaten[0].gemeentecode", equalTo(eerste))
                .body("resultaten[0].opgave", equalTo(281))
                .body("resultaten[0].amv", equalTo(23));
    }

    @Test
    void deGebeurtenisIsDieVanEenBerekendeVerdelingMetDeBronErbij() throws Exception {
        klaar();
        JsonNode data = json.readTree(TopicProbe.ofTestBroker().awaitEvent(AllocatieGebeurtenissen.TOPIC,
                AllocatieGebeurtenissen.VERDELING_VASTGESTELD, CYCLUS + "/ASIEL", Duration.ofSeconds(20)).value());

        assertThat(data.path("verdelingId").asText()).isEqualTo(overgenomen);
        assertThat(data.path("sleutel").path("code").asText()).isEqualTo("GEPUBLICEERDE_TABEL");
        assertThat(data.path("somOpgaven").asLong()).isEqualTo(96002);
        assertThat(data.path("gemeenten")).hasSize(342);
        assertThat(data.path("bron").path("publicatie").asText()).isEqualTo(PUBLICATIE);
        assertThat(data.path("bron").path("publicatiedatum").asText()).isEqualTo("2024-01-31");
    }

    @Test
    void deUitlegNoemtDePublicatieAlsHerkomstEnGeenFormule() {
        klaar();
        given().get("/api/v1/verdelingen/" + overgenomen + "/gemeenten/GM0363/uitleg").then().statusCode(200)
                .body("sleutel.code", equalTo("GEPUBLICEERDE_TABEL"))
                .body("bron.url", equalTo(URL))
                .body("regels[1]", startsWith("Herkomst: overgenomen uit de publicatie " + PUBLICATIE + " van 2024-01-31"))
                .body("regels[-1]", containsString("op tot 96002 plaatsen (AMV 7866); te verdelen waren 96000 (AMV 8140): "
                        + "2 meer, zo gepubliceerd en zo overgenomen"));
    }

    @Test
    void eenTabelMetFoutenWordtGeheelAfgekeurdMetElkProbleemInEenAntwoord() {
        klaar();
        List<String> regels = new ArrayList<>(synthetischeTabel().lines().toList());
        String weg = regels.remove(1).substring(0, 6);   // line 2: the first municipality is missing
        regels.set(1, regels.get(1).replace(";23", ";900"));       // line 2 (the second code): AMV above its task
        regels.set(2, regels.get(2).replaceFirst(";\\d+;", ";1.234;")); // line 3: a thousands separator
        regels.add("GM9999;1;0");                                   // line 343: unknown
        regels.add(regels.get(5));                                   // line 344: the code on line 6 again
        String csv = String.join("\r\n", regels) + "\r\n";

        upload(CYCLUS_AFGEKEURD, csv).post("/api/v1/verdelingen/gepubliceerde-tabellen").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("De tabel is afgekeurd: 5 problemen"))
                .body("invalidParams.name", hasItems("regel[2].amv", "regel[3].opgave", "regel[343].gemeentecode",
                        "regel[344].gemeentecode", "gemeenten[" + weg + "]"));
        given().queryParam("cyclus", CYCLUS_AFGEKEURD).get("/api/v1/verdelingen").then().statusCode(200)
                .body("totaal", equalTo(0));
    }

    @Test
    void deAansluitingMetEenBerekendeVerdelingGeeftFactorenProvinciesEnEenSamenvatting() {
        klaar();
        given().queryParam("met", berekend).get("/api/v1/verdelingen/" + overgenomen + "/verschillen").then().statusCode(200)
                .body("a.code", equalTo("INWONERS"))
                .body("b.code", equalTo("GEPUBLICEERDE_TABEL"))
                .body("gemeenten", hasSize(342))
                .body("gemeenten.find { it.gemeentecode == 'GM0363' }.correctiefactorA", notNullValue())
                .body("gemeenten.find { it.gemeentecode == 'GM0363' }.correctiefactorB", notNullValue())
                .body("provincies", hasSize(12))
                .body("samenvatting.aantalGemeenten", equalTo(342))
                .body("samenvatting.somA", equalTo(96000))
                .body("samenvatting.somB", equalTo(96002))
                .body("samenvatting.verschil", equalTo(2))
                .body("samenvatting.gemiddeldeAbsoluteProcentueleAfwijking", notNullValue())
                .body("samenvatting.grootsteVerschillen", hasSize(10))
                // Amsterdam's population share of 96,000 is far above the flat synthetic 281: the largest difference.
                .body("samenvatting.grootsteVerschillen[0].gemeentecode", equalTo("GM0363"));
    }

    @Test
    void deAansluitingIsOokEenCsvInHetNederlandseSpreadsheetdialect() {
        klaar();
        String csv = given().accept("text/csv").queryParam("met", berekend).queryParam("dialect", "spreadsheet-nl")
                .get("/api/v1/verdelingen/" + overgenomen + "/verschillen").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"verschillen-" + CYCLUS + "-asiel-v1.csv\""))
                .extract().asString();

        assertThat(csv).startsWith("\uFEFFniveau;code;naam;provinciecode;opgaveA;opgaveB;verschil;")
                .contains("\r\nPROVINCIE;PV27;")
                .contains("\r\nNEDERLAND;NL;;;96000;96002;2;");
        assertThat(csv.split("\r\n")).hasSize(1 + 342 + 12 + 1);
    }
}
