package nl.spreiding.allocation.verdeling.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.spreiding.allocation.verdeling.Verdeling;
import nl.spreiding.allocation.verdeling.opslag.Verdelingen;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;

/**
 * A published distribution is answered from bytes serialised once: they must be exactly what Jackson writes for the
 * DTO, so that serving them from the cache changes nothing a client can see.
 */
@QuarkusTest
class VoorbereideWeergaveTest {

    private static final String GEMEENTEN = """
            gemeentecode,gemeentenaam,provinciecode,aantalInwoners,peildatumInwoners,sesWoaScore,sesWoaJaargang
            GM9001,"Aadorp, aan de ""Vecht""\",PV20,1000,2023-01-01,0.061,2022
            GM9002,Beekdorp,PV20,2000,2023-01-01,-0.105,2022
            GM9003,Ceedorp,PV21,3000,2023-01-01,0.215,2022
            """;

    private static String id;

    @Inject
    ObjectMapper json;
    @Inject
    Verdelingen verdelingen;

    @Test
    void deTabelIsByteVoorByteWatJacksonVoorDeDtoSchrijft() throws Exception {
        UUID verdeling = UUID.fromString(verdeling());
        byte[] antwoord = given().accept(ContentType.JSON).queryParam("paginaGrootte", 500)
                .get("/api/v1/verdelingen/" + verdeling + "/gemeenten").then().statusCode(200).extract().asByteArray();
        byte[] jackson = json.writeValueAsBytes(QuarkusTransaction.requiringNew().call(() -> Pagina.van(
                gelezen(verdeling).gemeenten().stream().map(VerdelingDtos.GemeenteTaak::van).toList(), new Paginering(1, 500))));
        assertThat(antwoord).isEqualTo(jackson);
    }

    @Test
    void deUitlegIsByteVoorByteWatJacksonVoorDeDtoSchrijft() throws Exception {
        UUID verdeling = UUID.fromString(verdeling());
        byte[] antwoord = given().get("/api/v1/verdelingen/" + verdeling + "/gemeenten/GM9001/uitleg").then().statusCode(200)
                .extract().asByteArray();
        byte[] jackson = json.writeValueAsBytes(QuarkusTransaction.requiringNew().call(() -> {
            Verdeling v = gelezen(verdeling);
            return VerdelingDtos.UitlegDto.van(v.uitleg("GM9001").orElseThrow(), v.gemeente("GM9001").orElseThrow());
        }));
        assertThat(antwoord).isEqualTo(jackson);
    }

    @Test
    void deVerdelingIsByteVoorByteWatJacksonVoorDeDtoSchrijft() throws Exception {
        UUID verdeling = UUID.fromString(verdeling());
        byte[] antwoord = given().get("/api/v1/verdelingen/" + verdeling).then().statusCode(200).extract().asByteArray();
        byte[] jackson = json.writeValueAsBytes(QuarkusTransaction.requiringNew().call(() -> VerdelingDtos.VerdelingDto.van(
                verdelingen.kop(verdeling), gelezen(verdeling))));
        assertThat(antwoord).isEqualTo(jackson);
    }

    @Test
    void deVoorbereideJsonHeeftHetContentTypeVanDeGewoneJson() {
        String gewoon = given().get("/api/v1/verdelingen").then().statusCode(200).extract().contentType();
        String voorbereid = given().get("/api/v1/verdelingen/" + verdeling()).then().statusCode(200).extract().contentType();
        assertThat(voorbereid).isEqualTo(gewoon);
    }

    @Test
    void deVoorbereideCsvHeeftHetContentTypeVanDeGewoneCsv() {
        String gewoon = given().accept("text/csv").get("/api/v1/referentiejaren/2023/gemeenten").then().statusCode(200)
                .extract().contentType();
        String voorbereid = given().accept("text/csv").get("/api/v1/verdelingen/" + verdeling() + "/gemeenten").then()
                .statusCode(200).extract().contentType();
        assertThat(voorbereid).isEqualTo(gewoon);
    }

    @Test
    void eenTweedeLezingGeeftDezelfdeBytes() {
        String pad = "/api/v1/verdelingen/" + verdeling() + "/gemeenten";
        byte[] eerste = given().accept("text/csv").get(pad).then().statusCode(200).extract().asByteArray();
        byte[] tweede = given().accept("text/csv").get(pad).then().statusCode(200).extract().asByteArray();
        assertThat(tweede).isEqualTo(eerste);
        assertThat(new String(eerste, java.nio.charset.StandardCharsets.UTF_8)).contains("\"Aadorp, aan de \"\"Vecht\"\"\"");
    }

    private Verdeling gelezen(UUID verdeling) {
        return verdelingen.verdeling(verdelingen.kop(verdeling));
    }

    /** A distribution with a SES-WOA key and a name that needs quoting, of a year and cycle no other test uses. */
    private static synchronized String verdeling() {
        if (id == null) {
            given().auth().oauth2(Tokens.beheerder()).contentType("text/csv").body(GEMEENTEN)
                    .put("/api/v1/referentiejaren/2023/gemeenten").then().statusCode(200);
            given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                    .body("{\"cyclus\":\"2020-2022\",\"referentiejaar\":2023}").post("/api/v1/cycli").then().statusCode(201);
            id = given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                    .body("{\"cyclus\":\"2020-2022\",\"doelgroep\":\"ASIEL\",\"sleutel\":\"SPREIDINGSWET_SES_WOA\",\"totaal\":1000,"
                            + "\"amvTotaal\":90}")
                    .post("/api/v1/verdelingen").then().statusCode(201).extract().path("id");
        }
        return id;
    }
}
