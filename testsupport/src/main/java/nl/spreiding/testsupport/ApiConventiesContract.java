package nl.spreiding.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;

/**
 * The HTTP rules every service must follow, checked in each service's own application: extend it in a
 * {@code @QuarkusTest} class. Every error is problem+json and every response carries a semantic API-Version.
 */
public abstract class ApiConventiesContract {

    private static final String PROBLEM = "application/problem+json";
    private static final String SEMVER = "\\d+\\.\\d+\\.\\d+";
    private static final String PAD = "/api/v1/platformcontrole";

    @Test
    void onbekendPadIs404() {
        given().get("/api/v1/bestaat-niet").then().statusCode(404).contentType(PROBLEM)
                .header("API-Version", matchesPattern(SEMVER)).body("status", equalTo(404));
    }

    @Test
    void ongeldigeInvoerIs400MetElkVeld() {
        given().contentType(ContentType.JSON).body("{\"naam\":\"\",\"aantal\":0}").post(PAD).then()
                .statusCode(400).contentType(PROBLEM).header("API-Version", matchesPattern(SEMVER))
                .body("invalidParams.name", containsInAnyOrder("naam", "aantal"));
        given().contentType(ContentType.JSON).body("{\"naam\":").post(PAD).then()
                .statusCode(400).contentType(PROBLEM).header("API-Version", matchesPattern(SEMVER));
    }

    @Test
    void verkeerdeMethodeIs405() {
        given().delete(PAD).then().statusCode(405).contentType(PROBLEM)
                .header("API-Version", matchesPattern(SEMVER)).header("Allow", containsString("POST"));
    }

    @Test
    void verkeerdMediatypeIs415() {
        given().contentType(ContentType.TEXT).body("naam").post(PAD).then().statusCode(415).contentType(PROBLEM)
                .header("API-Version", matchesPattern(SEMVER));
    }

    @Test
    void onverwachteFoutIs500ZonderDetails() {
        given().get(PAD).then().statusCode(500).contentType(PROBLEM)
                .header("API-Version", matchesPattern(SEMVER))
                .body(not(containsString("geheime interne details")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void gezondheidEnOpenApiDragenDeVersie() {
        given().get("/q/health/ready").then().statusCode(200).header("API-Version", matchesPattern(SEMVER));
        given().get("/api/v1/openapi.json").then().statusCode(200).header("API-Version", matchesPattern(SEMVER))
                .body("servers[0].url", equalTo("/api/v1"));
    }

    private static final String STRIKT = "{\"naam\":\"a\",\"aantal\":1";

    private static io.restassured.response.ValidatableResponse verstuur(String body) {
        return given().contentType(ContentType.JSON).body(body).post(PAD).then();
    }

    private static void isOngeldigVeld(io.restassured.response.ValidatableResponse antwoord, String veld) {
        antwoord.statusCode(400).contentType(PROBLEM).header("API-Version", matchesPattern(SEMVER))
                .body("invalidParams.name", containsInAnyOrder(veld))
                .body(not(containsString("nl.spreiding"))).body(not(containsString("java.")));
    }

    @Test
    void eenSleutelTweeKeerIs400() {
        isOngeldigVeld(verstuur("{\"naam\":\"a\",\"aantal\":1,\"aantal\":2}"), "aantal");
    }

    @Test
    void inhoudNaDeJsonWaardeIs400() {
        verstuur(STRIKT + "} {\"naam\":\"b\"}").statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("Na de JSON-waarde volgt nog inhoud"));
    }

    @Test
    void eenKommagetalVoorEenGeheelGetalIs400() {
        isOngeldigVeld(verstuur("{\"naam\":\"a\",\"aantal\":1.5}"), "aantal");
    }

    @Test
    void tekstVoorEenGetalIs400() {
        isOngeldigVeld(verstuur("{\"naam\":\"a\",\"aantal\":\"1\"}"), "aantal");
    }

    @Test
    void eenEnumwaardeMetSpatiesIs400() {
        isOngeldigVeld(verstuur(STRIKT + ",\"soort\":\"ASIEL \"}"), "soort");
    }

    @Test
    void eenGetalVoorEenEnumwaardeIs400() {
        isOngeldigVeld(verstuur(STRIKT + ",\"soort\":0}"), "soort");
    }

    @Test
    void eenOnbekendeEnumwaardeNoemtDeToegestaneWaarden() {
        verstuur(STRIKT + ",\"soort\":\"asiel\"}").statusCode(400)
                .body("invalidParams[0].reason", containsString("[ASIEL, AMV]"));
    }

    @Test
    void eenTeLangeLijstIsEenFoutVoordatZijnElementenGecontroleerdWorden() {
        String labels = String.join(",", Collections.nCopies(5_000, "\"\""));
        isOngeldigVeld(verstuur(STRIKT + ",\"labels\":[" + labels + "]}"), "labels");
    }

    @Test
    void invalidParamsNoemtTenHoogste100VeldenEnHetTotaal() {
        String labels = String.join(",", Collections.nCopies(150, "\"\""));
        verstuur(STRIKT + ",\"labels\":[" + labels + "]}").statusCode(400).contentType(PROBLEM)
                .body("invalidParams", hasSize(100)).body("detail", containsString("150"));
    }

    @Test
    void eenBodyBovenDe10MbIs413AlsProblem() throws IOException {
        RuweHttp.Antwoord antwoord = RuweHttp.kondigBodyAan(RestAssured.port, PAD, 11L * 1024 * 1024);
        assertEquals(413, antwoord.status());
        assertEquals(PROBLEM, antwoord.header("content-type"));
        assertTrue(antwoord.header("API-Version") != null, "API-Version ontbreekt");
    }

    @Test
    void eenOngeldigeUuidInHetPadIs400() {
        given().get(PAD + "/kenmerken/geen-uuid").then().statusCode(400).contentType(PROBLEM)
                .body("invalidParams[0].name", equalTo("id"));
    }

    @Test
    void eenOnbereikbareDatabaseIs503MetRetryAfter() {
        given().get(PAD + "/database").then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", matchesPattern("\\d+")).header("API-Version", matchesPattern(SEMVER));
    }

    @Test
    void eenTeLangeUriIs414AlsProblem() throws IOException {
        RuweHttp.Antwoord antwoord = RuweHttp.get(RestAssured.port, PAD + "?q=" + "a".repeat(5_000), Map.of());
        assertEquals(414, antwoord.status());
        assertEquals(PROBLEM, antwoord.header("content-type"));
        assertTrue(antwoord.header("API-Version") != null, "API-Version ontbreekt");
    }

    @Test
    void teGroteHeadersZijn431AlsProblem() throws IOException {
        RuweHttp.Antwoord antwoord = RuweHttp.get(RestAssured.port, PAD, Map.of("X-Groot", "a".repeat(30_000)));
        assertEquals(431, antwoord.status());
        assertEquals(PROBLEM, antwoord.header("content-type"));
        assertTrue(antwoord.header("API-Version") != null, "API-Version ontbreekt");
    }

    @Test
    void eenOngeldigeProcentcoderingIs400AlsProblem() throws IOException {
        RuweHttp.Antwoord antwoord = RuweHttp.get(RestAssured.port, "/api/v1/platform%zzcontrole", Map.of());
        assertEquals(400, antwoord.status());
        assertEquals(PROBLEM, antwoord.header("content-type"));
        assertTrue(antwoord.header("API-Version") != null, "API-Version ontbreekt");
    }

    @Test
    void eenOnbekendeOriginKrijgtGeenCorsToestemming() {
        given().header("Origin", "https://elders.example").header("Access-Control-Request-Method", "POST")
                .options(PAD).then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void jsonWordtGecomprimeerdAlsDeClientDatVraagt() {
        given().header("Accept-Encoding", "gzip").get("/api/v1/openapi.json").then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    /**
     * What a consumer reads at {@code /api/v1/gebeurtenissen} must hold together: every published example keeps to
     * its published schema, so a consumer that tests against the examples tests against the contract.
     */
    @Test
    void deGepubliceerdeGebeurtenissenVoldoenAanHunSchema() {
        List<Map<String, String>> gebeurtenissen = given().get("/api/v1/gebeurtenissen").then().statusCode(200)
                .header("API-Version", matchesPattern(SEMVER)).extract().jsonPath().getList("gebeurtenissen");
        assertFalse(gebeurtenissen.isEmpty(), "de dienst publiceert geen enkel gebeurtenistype");
        for (Map<String, String> gebeurtenis : gebeurtenissen) {
            String type = gebeurtenis.get("type");
            String schema = given().get(gebeurtenis.get("schema")).then().statusCode(200)
                    .contentType(containsString("application/schema+json")).extract().asString();
            String voorbeeld = given().get(gebeurtenis.get("voorbeeld")).then().statusCode(200)
                    .contentType(ContentType.JSON).extract().asString();
            JsonObject schemaJson = new JsonObject(schema);
            assertEquals(type, schemaJson.getString("title"), "de titel van het schema van " + type);
            OutputUnit uitkomst = Validator.create(JsonSchema.of(schemaJson), new JsonSchemaOptions()
                    .setDraft(Draft.DRAFT202012).setBaseUri("https://spreiding.nl/gebeurtenissen/")
                    .setOutputFormat(OutputFormat.Basic)).validate(new JsonObject(voorbeeld));
            assertTrue(Boolean.TRUE.equals(uitkomst.getValid()),
                    "het voorbeeld van " + type + " voldoet niet aan zijn schema: " + uitkomst.getErrors());
        }
    }
}
