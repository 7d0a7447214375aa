package nl.spreiding.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.spreiding.testsupport.OpenApiContract;
import nl.spreiding.testsupport.OpenApiContract.Exchange;

/** The response contract of the test support fails an answer that drifts from its document, and only then. */
class OpenApiContractTest {

    private static final String DOCUMENT = """
            {"openapi":"3.1.0","servers":[{"url":"/api/v1"}],
             "paths":{"/notities/{id}":{"get":{"operationId":"haalNotitieOp","responses":{
               "200":{"description":"ok","headers":{"API-Version":{"$ref":"#/components/headers/API-Version"}},
                      "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Notitie"}}}},
               "404":{"description":"weg","content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},
             "components":{"headers":{"API-Version":{"required":true,"schema":{"type":"string"}}},
               "schemas":{"Notitie":{"type":"object","required":["tekst"],"properties":{"tekst":{"type":"string"},"aantal":{"type":"integer"}}},
                          "Problem":{"type":"object","properties":{"status":{"type":"integer"}}}}}}""";

    private final OpenApiContract contract = OpenApiContract.of(DOCUMENT);

    private static Exchange antwoord(int status, String type, String body) {
        return new Exchange("GET", "/api/v1/notities/7", status, Map.of("Content-Type", type, "API-Version", "1.0.0"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eenAntwoordVolgensHetDocumentHeeftGeenAfwijkingen() {
        assertThat(contract.violations(antwoord(200, "application/json", "{\"tekst\":\"a\",\"aantal\":1}"))).isEmpty();
    }

    @Test
    void eenOngedocumenteerdeStatusIsEenAfwijking() {
        assertThat(contract.violations(antwoord(409, "application/problem+json", "{\"status\":409}")))
                .singleElement().asString().contains("status 409 is niet gedocumenteerd");
    }

    @Test
    void eenBodyDieHetSchemaBreektIsEenAfwijking() {
        assertThat(contract.violations(antwoord(200, "application/json", "{\"aantal\":\"veel\"}")))
                .singleElement().asString().contains("body breekt het schema");
    }

    @Test
    void eenOngedeclareerdMediatypeIsEenAfwijking() {
        assertThat(contract.violations(antwoord(200, "text/csv", "tekst\na")))
                .singleElement().asString().contains("'text/csv' is niet gedeclareerd");
    }

    @Test
    void eenOntbrekendeVerplichteHeaderIsEenAfwijking() {
        Exchange zonderVersie = new Exchange("GET", "/api/v1/notities/7", 200, Map.of("Content-Type", "application/json"),
                "{\"tekst\":\"a\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(contract.violations(zonderVersie)).singleElement().asString().contains("API-Version ontbreekt");
    }

    @Test
    void eenOnbekendPadMagAlleenEenProbleemZijn() {
        List<String> afwijkingen = contract.violations(new Exchange("GET", "/api/v1/elders", 200,
                Map.of("Content-Type", "application/json"), new byte[0]));
        assertThat(afwijkingen).singleElement().asString().contains("het pad staat niet in het OpenAPI-document");
    }
}
