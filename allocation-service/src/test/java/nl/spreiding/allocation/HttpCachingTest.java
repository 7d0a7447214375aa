package nl.spreiding.allocation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.spreiding.local.token.Tokens;

/**
 * A published distribution never changes (database triggers refuse it), so its representations carry a strong ETag,
 * are answered 304 when the client has them (RFC 9110: If-None-Match with *, a tag or a list of tags) and may be
 * kept for a day. Resources that can change get an ETag and a 304, but no immutable Cache-Control.
 */
@QuarkusTest
class HttpCachingTest {

    private static final String ONVERANDERLIJK = "public, max-age=86400, immutable";
    private static final String STERKE_ETAG = "^\"[A-Za-z0-9_-]+\"$";
    private static final String GEMEENTEN = """
            gemeentecode,gemeentenaam,provinciecode,aantalInwoners,peildatumInwoners
            GM9001,Aadorp,PV20,1000,2022-01-01
            GM9002,Beekdorp,PV20,2000,2022-01-01
            GM9003,Ceedorp,PV21,3000,2022-01-01
            """;

    private static String verdeling;

    @Test
    void eenVastgesteldeVerdelingHeeftEenSterkeETagEnMagEenDagBewaardWorden() {
        given().get("/api/v1/verdelingen/" + verdeling()).then().statusCode(200)
                .header("ETag", matchesPattern(STERKE_ETAG))
                .header("Cache-Control", equalTo(ONVERANDERLIJK));
    }

    @Test
    void eenIfNoneMatchMetDeHuidigeETagGeeft304ZonderInhoudMetDezelfdeKoppen() {
        String etag = etag("/api/v1/verdelingen/" + verdeling(), "application/json");
        given().header("If-None-Match", etag).get("/api/v1/verdelingen/" + verdeling()).then().statusCode(304)
                .body(emptyString())
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo(ONVERANDERLIJK));
    }

    @Test
    void eenIfNoneMatchMetEenSterGeeft304() {
        given().header("If-None-Match", "*").get("/api/v1/verdelingen/" + verdeling() + "/gemeenten").then().statusCode(304);
    }

    @Test
    void eenLijstVanTagsWaarinDeHuidigeZwakStaatGeeft304() {
        String pad = "/api/v1/verdelingen/" + verdeling() + "/gemeenten/GM9002/uitleg";
        String etag = etag(pad, "application/json");
        given().header("If-None-Match", "\"iets-anders\", W/" + etag).get(pad).then().statusCode(304);
    }

    @Test
    void eenIfNoneMatchMetEenAndereTagGeeftDeHeleRepresentatie() {
        given().header("If-None-Match", "\"iets-anders\"").get("/api/v1/verdelingen/" + verdeling()).then().statusCode(200)
                .body("id", equalTo(verdeling()));
    }

    @Test
    void jsonEnCsvVanDeTabelHebbenElkEenEigenETagEnVariërenOpAccept() {
        String pad = "/api/v1/verdelingen/" + verdeling() + "/gemeenten";
        String json = given().accept(ContentType.JSON).get(pad).then().statusCode(200).header("Vary", equalTo("Accept"))
                .header("Cache-Control", equalTo(ONVERANDERLIJK)).extract().header("ETag");
        String csv = given().accept("text/csv").get(pad).then().statusCode(200).header("Vary", equalTo("Accept"))
                .header("Cache-Control", equalTo(ONVERANDERLIJK)).extract().header("ETag");
        assertThat(json).matches(STERKE_ETAG);
        assertThat(csv).matches(STERKE_ETAG).isNotEqualTo(json);
    }

    @Test
    void deETagVanDeCsvGeeftGeen304OpDeJson() {
        String pad = "/api/v1/verdelingen/" + verdeling() + "/gemeenten";
        String csv = etag(pad, "text/csv");
        given().accept(ContentType.JSON).header("If-None-Match", csv).get(pad).then().statusCode(200)
                .body("totaal", equalTo(3));
        given().accept("text/csv").header("If-None-Match", csv).get(pad).then().statusCode(304)
                .header("Vary", equalTo("Accept"));
    }

    @Test
    void eenAndereSelectieVanDeTabelHeeftEenAndereETag() {
        String pad = "/api/v1/verdelingen/" + verdeling() + "/gemeenten";
        String alle = etag(pad, "application/json");
        String pv21 = given().accept(ContentType.JSON).queryParam("provinciecode", "PV21").get(pad).then().statusCode(200)
                .body("totaal", equalTo(1)).extract().header("ETag");
        assertThat(pv21).isNotEqualTo(alle);
    }

    @Test
    void eenOnbekendeVerdelingBlijft404() {
        given().get("/api/v1/verdelingen/00000000-0000-0000-0000-000000000000/gemeenten").then().statusCode(404)
                .contentType("application/problem+json").header("ETag", nullValue());
    }

    @Test
    void eenProvincieHeeftEenETagEn304MaarIsNietOnveranderlijk() {
        String etag = given().get("/api/v1/provincies/PV27").then().statusCode(200)
                .header("ETag", matchesPattern(STERKE_ETAG))
                .header("Cache-Control", not(equalTo(ONVERANDERLIJK))).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/provincies/PV27").then().statusCode(304).body(emptyString());
    }

    @Test
    void eenGemeenteVanEenReferentiejaarKrijgtEenAndereETagAlsHaarCijfersVeranderen() {
        verdeling();
        String pad = "/api/v1/referentiejaren/2022/gemeenten/GM9001";
        String voor = etag(pad, "application/json");
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8")
                .body("\"RegioS\";\"Perioden\";\"BevolkingAanHetBeginVanDePeriode_1\"\n\"GM9001  \";\"2022JJ00\";\"1001\"\n"
                        + "\"GM9002  \";\"2022JJ00\";\"2000\"\n\"GM9003  \";\"2022JJ00\";\"3000\"\n")
                .queryParam("veld", "AANTAL_INWONERS").queryParam("kolom", "BevolkingAanHetBeginVanDePeriode_1")
                .queryParam("geldigVoor", "2022-01-01").patch("/api/v1/referentiejaren/2022/gemeenten").then().statusCode(200);
        given().header("If-None-Match", voor).get(pad).then().statusCode(200).header("ETag", not(equalTo(voor)))
                .body("aantalInwoners", equalTo(1001));
    }

    private static String etag(String pad, String accept) {
        return given().accept(accept).get(pad).then().statusCode(200).extract().header("ETag");
    }

    /** One distribution for the whole class, of a year and cycle no other test uses. */
    private static synchronized String verdeling() {
        if (verdeling == null) {
            given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8").body(GEMEENTEN)
                    .put("/api/v1/referentiejaren/2022/gemeenten").then().statusCode(200);
            given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                    .body("{\"cyclus\":\"2018-2020\",\"referentiejaar\":2022}").post("/api/v1/cycli").then().statusCode(201);
            verdeling = given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                    .body("{\"cyclus\":\"2018-2020\",\"doelgroep\":\"OEKRAINE\",\"sleutel\":\"INWONERS\",\"totaal\":600}")
                    .post("/api/v1/verdelingen").then().statusCode(201).extract().path("id");
        }
        return verdeling;
    }
}
