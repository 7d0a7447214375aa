package nl.spreiding.allocation.referentiedata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.spreiding.local.token.Tokens;

/** {@code spreiding_referencedata_imports_total{source,outcome}} for the imports through the API and at start. */
@QuarkusTest
class ImportMetricsTest {

    private static final String KOP = "gemeentecode,gemeentenaam,provinciecode,aantalInwoners,peildatumInwoners\n";

    @Inject
    MeterRegistry metrics;
    @Inject
    ReferentiedataLaden laden;

    @Test
    void eenIngelezenCsvBestandTeltAlsAccepted() {
        double voor = teller("csv", "accepted");
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body(KOP + "GM0014,Groningen,PV20,243768,2024-01-01\n")
                .put("/api/v1/referentiejaren/2041/gemeenten").then().statusCode(200);

        assertThat(teller("csv", "accepted")).isEqualTo(voor + 1);
    }

    @Test
    void eenAfgekeurdCsvBestandTeltAlsRejected() {
        double voor = teller("csv", "rejected");
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body(KOP + "GM0014,Groningen,PV20,0,2024-01-01\n")
                .put("/api/v1/referentiejaren/2042/gemeenten").then().statusCode(400);

        assertThat(teller("csv", "rejected")).isEqualTo(voor + 1);
    }

    @Test
    void eenCbsBijwerkingVanEenJaarZonderGemeentenTeltAlsCbsRejected() {
        double voor = teller("cbs", "rejected");
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .queryParam("veld", "SES_WOA_SCORE").queryParam("kolom", "GemiddeldeScore_29")
                .queryParam("geldigVoor", "2022-01-01")
                .body("\"ID\";\"RegioS\";\"Perioden\";\"GemiddeldeScore_29\"\n\"1\";\"GM0363  \";\"2022JJ00\";\"0.061\"\n")
                .patch("/api/v1/referentiejaren/2043/gemeenten").then().statusCode(404);

        assertThat(teller("cbs", "rejected")).isEqualTo(voor + 1);
    }

    @Test
    void eenMeegeleverdJaarDatNietKanWordenGeladenTeltAlsShippedRejected() {
        double voor = teller("shipped", "rejected");
        laden.laad(2044); // no file is shipped for 2044

        assertThat(teller("shipped", "rejected")).isEqualTo(voor + 1);
    }

    private double teller(String source, String outcome) {
        return metrics.get(ImportMetrics.IMPORTS).tag("source", source).tag("outcome", outcome).counter().count();
    }
}
