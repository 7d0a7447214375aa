package nl.spreiding.pledge.overzicht;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.pledge.Fixtures.Gebied;
import nl.spreiding.pledge.Fixtures;

/** The integrated view as a CSV file: RFC 4180 by default, the Dutch spreadsheet dialect on request. */
@QuarkusTest
class OverzichtCsvTest {

    private static final String CYCLUS = "2052-2054";
    private static boolean gepubliceerd;

    private static synchronized void publiceer() {
        if (!gepubliceerd) {
            Fixtures.publiceer(CYCLUS, "2053-11-01",
                    List.of(new Gebied("PV21", "Fryslân", "PV21", 654_000, 200, 20, 0)),
                    List.of(new Gebied("GM1900", "Súdwest-Fryslân", "PV21", 91_096, 200, 20, 0)));
            gepubliceerd = true;
        }
    }

    private static byte[] overzicht(String dialect) {
        publiceer();
        return given().accept("text/csv").queryParam("cyclus", CYCLUS).queryParam("dialect", dialect)
                .get("/api/v1/provincies/PV21/overzicht").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"overzicht-PV21-2052-2054.csv\""))
                .extract().asByteArray();
    }

    @Test
    void hetSpreadsheetDialectHeeftBomPuntkommaDecimaleKommaEnCrlf() {
        String csv = new String(overzicht("spreadsheet-nl"), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFniveau;code;naam;aantalInwoners;doelgroep;opgave;")
                .contains("\r\nGEMEENTE;GM1900;Súdwest-Fryslân;91096;ASIEL;200;20;0;200;0;200;0;0;0;-200;200;0;0,00;0;0;0\r\n");
    }

    @Test
    void hetStandaardDialectIsRfc4180ZonderBom() {
        String csv = new String(overzicht("rfc4180"), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("niveau,code,naam,aantalInwoners,doelgroep,opgave,")
                .contains("\r\nGEMEENTE,GM1900,Súdwest-Fryslân,91096,ASIEL,200,20,0,200,0,200,0,0,0,-200,200,0,0.00,0,0,0\r\n");
    }

    @Test
    void eenOnbekendDialectIsEenOngeldigeParameter() {
        given().accept("text/csv").queryParam("cyclus", CYCLUS).queryParam("dialect", "excel")
                .get("/api/v1/provincies/PV21/overzicht").then().statusCode(400)
                .body("invalidParams.name", contains("dialect"));
    }
}
