package nl.spreiding.pledge;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.spreiding.testsupport.AutorisatieMatrixContract;
import nl.spreiding.testsupport.Regel;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.platform.security.Rollen;
import nl.spreiding.pledge.Fixtures.Gebied;

/**
 * Who may write what in pledge-service, for every write operation in the OpenAPI document and every kind of caller.
 * A province pledges, trades and plans only for itself (no national override: the plan is the province's own
 * account); a municipality reports only its own realisation; the distribution decision, its designations and the
 * step-in are the minister's alone.
 */
@QuarkusTest
class AutorisatieMatrixTest extends AutorisatieMatrixContract {

    // Cycles of their own, so that the matrix's writes meet no other test's data and each target can be used up:
    // a cycle has one decision, and issuing or discarding it is final.
    /** Pledges, trades, plans and realisations. */
    private static final String CYCLUS = "2060-2062";
    /** A draft decision, adjusted and then issued. */
    private static final String CONCEPT = "2062-2064";
    /** A draft decision to discard. */
    private static final String WEG_TE_GOOIEN = "2064-2066";
    /** No decision yet: one to draft. */
    private static final String ZONDER_BESLUIT = "2066-2068";
    /** An issued decision whose realisation term has passed, so the minister can step in. */
    private static final String VERSTREKEN = "2068-2070";

    private static final List<Gebied> PROVINCIES = List.of(
            new Gebied("PV27", "Noord-Holland", "PV27", 2_971_000, 1000, 100, 0),
            new Gebied("PV20", "Groningen", "PV20", 596_000, 100, 10, 0));
    private static final List<Gebied> GEMEENTEN = List.of(
            new Gebied("GM0363", "Amsterdam", "PV27", 931_298, 600, 60, 0),
            new Gebied("GM0392", "Haarlem", "PV27", 163_000, 400, 40, 0),
            new Gebied("GM0014", "Groningen", "PV20", 238_000, 100, 10, 0));

    /** The stored things the rules write to. */
    private record Doelen(String toezegging, String inTeTrekken, String concept, String wegTeGooien,
            String verstreken, String uitkeringsrecht, String verrekening) {
    }

    private static Doelen doelen;

    @Override
    protected List<Regel> regels() {
        Doelen d = doelen();
        String toezegging = "/toezeggingen/" + d.toezegging();
        String inTeTrekken = "/toezeggingen/" + d.inTeTrekken();
        String concept = "/verdeelbesluiten/" + d.concept();
        String wegTeGooien = "/verdeelbesluiten/" + d.wegTeGooien();
        return List.of(
                Regel.voor("POST", "/toezeggingen").rollen(Rollen.PROVINCIE).namens("PV27").body(nieuweToezegging()),
                Regel.voor("PUT", "/toezeggingen/{id}").rollen(Rollen.PROVINCIE).namens("PV27").pad(toezegging)
                        .header("If-Match", etag(toezegging)).body("""
                                {"locatie":"Amsterdam, Matrixlaan","doelgroep":"ASIEL","aantalPlaatsen":12,"aantalAmv":0,
                                 "duurzaam":true,"status":"IN_VOORBEREIDING"}"""),
                Regel.voor("POST", "/toezeggingen/{id}/intrekking").rollen(Rollen.PROVINCIE).namens("PV27")
                        .pad(inTeTrekken + "/intrekking").header("If-Match", etag(inTeTrekken))
                        .body("{\"reden\":\"Locatie valt af\"}"),
                Regel.voor("POST", "/uitruilen").rollen(Rollen.PROVINCIE).namens("PV27").body("""
                        {"cyclus":"%s","provinciecode":"PV27","gemeentecode":"GM0392","vanDoelgroep":"ASIEL",
                         "naarDoelgroep":"OEKRAINE","aantalPlaatsen":5,"reden":"Afspraak regietafel"}""".formatted(CYCLUS)),
                Regel.voor("POST", "/verrekeningen").rollen(Rollen.PROVINCIE).namens("PV27").body("""
                        {"cyclus":"%s","vanGemeentecode":"GM0392","naarGemeentecode":"GM0363","aantalPlaatsen":5,
                         "tot":"2062-02-01","voorwaarde":"Afspraak regietafel","namens":"PV27"}""".formatted(CYCLUS)),
                // Recorded by Groningen, so only Noord-Holland (the other side) may confirm it.
                Regel.voor("POST", "/verrekeningen/{id}/bevestiging").rollen(Rollen.PROVINCIE).namens("PV27")
                        .pad("/verrekeningen/" + d.verrekening() + "/bevestiging"),
                Regel.voor("PUT", "/cycli/{cyclus}/telregels").rollen(Rollen.MINISTER)
                        .pad("/cycli/" + ZONDER_BESLUIT + "/telregels").body("{\"minimaleOmvangMeerDan\":0}"),
                Regel.voor("POST", "/provinciale-plannen").rollen(Rollen.PROVINCIE).namens("PV27")
                        .body("{\"cyclus\":\"%s\",\"provinciecode\":\"PV27\"}".formatted(CYCLUS)),
                Regel.voor("POST", "/realisaties").rollen(Rollen.GEMEENTE).namens("GM0363").body("""
                        {"cyclus":"%s","gemeentecode":"GM0363","locatie":"Amsterdam, Matrixlaan","doelgroep":"ASIEL",
                         "aantalGerealiseerd":10,"duurzaam":true}""".formatted(CYCLUS)),
                Regel.voor("POST", "/verdeelbesluiten").rollen(Rollen.MINISTER)
                        .body("{\"cyclus\":\"%s\"}".formatted(ZONDER_BESLUIT)),
                // Adjusted before it is issued: the rules run in this order, each with its permitted caller last.
                Regel.voor("PUT", "/verdeelbesluiten/{id}/kansrijke-initiatieven").rollen(Rollen.MINISTER)
                        .pad(concept + "/kansrijke-initiatieven").header("If-Match", etag(concept))
                        .body("{\"initiatieven\":[]}"),
                Regel.voor("PUT", "/verdeelbesluiten/{id}/aanwijzingen").rollen(Rollen.MINISTER)
                        .pad(concept + "/aanwijzingen").header("If-Match", etag(concept)).body("""
                                {"aanwijzingen":[{"gemeentecode":"GM0363","aantalPlaatsen":10,"aantalAmv":0}]}"""),
                Regel.voor("POST", "/verdeelbesluiten/{id}/vaststelling").rollen(Rollen.MINISTER)
                        .pad(concept + "/vaststelling").header("If-Match", etag(concept)).body("{}"),
                Regel.voor("DELETE", "/verdeelbesluiten/{id}").rollen(Rollen.MINISTER).pad(wegTeGooien)
                        .header("If-Match", etag(wegTeGooien)),
                Regel.voor("POST", "/aanwijzingen/{id}/indeplaatsstelling").rollen(Rollen.MINISTER)
                        .pad("/aanwijzingen/" + d.verstreken() + "/indeplaatsstelling")
                        .body("{\"toelichting\":\"Termijn verstreken zonder realisatie\"}"),
                // The specifieke uitkering: VERSTREKEN is computed already (a second computation is a 409).
                Regel.voor("POST", "/uitkeringsregelingen").rollen(Rollen.MINISTER).body(regeling(CYCLUS)),
                Regel.voor("POST", "/uitkeringsrechten/berekening").rollen(Rollen.MINISTER)
                        .body("{\"cyclus\":\"%s\"}".formatted(VERSTREKEN)),
                Regel.voor("POST", "/uitkeringsrechten/{id}/aanvraag").rollen(Rollen.GEMEENTE).namens("GM0363")
                        .pad("/uitkeringsrechten/" + d.uitkeringsrecht() + "/aanvraag")
                        .body("{\"beschikbaarVanaf\":\"2025-01-01\"}"),
                Regel.voor("POST", "/uitkeringsrechten/{id}/besluit").rollen(Rollen.MINISTER)
                        .pad("/uitkeringsrechten/" + d.uitkeringsrecht() + "/besluit")
                        .body("{\"besluit\":\"TOEGEKEND\",\"reden\":\"Tijdig en duurzaam\"}"),
                Regel.voor("POST", "/oekraine-opvang/meldingen").rollen(Rollen.GEMEENTE).namens("GM0363").body("""
                        {"gemeentecode":"GM0363","locatie":"Amsterdam, Matrixhal","maand":"2023-02","capaciteit":10,
                         "bezettingPerDag":[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}"""),
                Regel.voor("POST", "/derdelanders/tellingen").rollen(Rollen.COA)
                        .body("{\"gemeentecode\":\"GM0363\",\"peildatum\":\"2024-03-05\",\"nogOverTePlaatsen\":3}"));
    }

    /** Made once, when the first test asks for the rules (the application is up by then). */
    private static synchronized Doelen doelen() {
        if (doelen == null) {
            for (String cyclus : List.of(CYCLUS, CONCEPT, WEG_TE_GOOIEN, ZONDER_BESLUIT, VERSTREKEN)) {
                Fixtures.publiceer(cyclus, cyclus.substring(0, 4) + "-11-01", PROVINCIES, GEMEENTEN);
            }
            String verstreken = verstreken();
            doelen = new Doelen(toezegging(), toezegging(), concept(CONCEPT), concept(WEG_TE_GOOIEN), verstreken,
                    uitkeringsrecht(), verrekening());
        }
        return doelen;
    }

    private static String nieuweToezegging() {
        return """
                {"cyclus":"%s","gemeentecode":"GM0363","locatie":"Amsterdam, Matrixlaan","doelgroep":"ASIEL",
                 "aantalPlaatsen":10,"aantalAmv":0,"duurzaam":true}""".formatted(CYCLUS);
    }

    private static String toezegging() {
        return given().auth().oauth2(Tokens.provincie("PV27")).contentType(ContentType.JSON).body(nieuweToezegging())
                .post("/api/v1/toezeggingen").then().statusCode(201).extract().path("id");
    }

    private static String concept(String cyclus) {
        return given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"%s\"}".formatted(cyclus)).post("/api/v1/verdeelbesluiten").then().statusCode(201)
                .extract().path("id");
    }

    /** A crediting across the provincial border, recorded by Groningen and awaiting Noord-Holland's confirmation. */
    private static String verrekening() {
        return given().auth().oauth2(Tokens.provincie("PV20")).contentType(ContentType.JSON).body("""
                {"cyclus":"%s","vanGemeentecode":"GM0014","naarGemeentecode":"GM0363","aantalPlaatsen":5,
                 "tot":"2062-02-01","voorwaarde":"Afspraak tussen de regietafels","namens":"PV20"}""".formatted(CYCLUS))
                .post("/api/v1/verrekeningen").then().statusCode(201).extract().path("id");
    }

    /** A designation of a decision issued long ago, once the deadline check has marked it overdue. */
    private static String verstreken() {
        String besluit = concept(VERSTREKEN);
        String aanwijzing = given().auth().oauth2(Tokens.minister()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"besluitdatum\":\"2024-12-31\"}")
                .post("/api/v1/verdeelbesluiten/" + besluit + "/vaststelling").then().statusCode(200)
                .extract().path("aanwijzingen[0].id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/aanwijzingen/" + aanwijzing)
                .then().body("status", equalTo("TERMIJN_VERSTREKEN")));
        return aanwijzing;
    }

    private static String regeling(String cyclus) {
        return """
                {"cyclus":"%s","aanvraagUiterlijk":"2099-01-31","bron":"Matrix","treden":[{"grondslag":"BOVEN_OPGAVE",
                 "bedragPerPlaatsCent":200000,"wijze":"OP_AANVRAAG","zekerheid":"GEMELD","bron":"Matrix"}]}""".formatted(cyclus);
    }

    /** Amsterdam's entitlement in VERSTREKEN (its realisation term has passed): 50 durable places above its task. */
    private static String uitkeringsrecht() {
        given().auth().oauth2(Tokens.gemeente("GM0363")).contentType(ContentType.JSON).body("""
                {"cyclus":"%s","gemeentecode":"GM0363","locatie":"Amsterdam, Matrixlaan","doelgroep":"ASIEL",
                 "aantalGerealiseerd":650,"duurzaam":true}""".formatted(VERSTREKEN)).post("/api/v1/realisaties").then()
                .statusCode(201);
        given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON).body(regeling(VERSTREKEN))
                .post("/api/v1/uitkeringsregelingen").then().statusCode(201);
        return given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                .body("{\"cyclus\":\"%s\"}".formatted(VERSTREKEN)).post("/api/v1/uitkeringsrechten/berekening").then()
                .statusCode(200).extract().path("gemeenten.find { it.gemeentecode == 'GM0363' }.id");
    }

    /** The current version, read just before each call: refusals must not depend on a stale If-Match. */
    private static Supplier<String> etag(String pad) {
        // A draft decision is visible to the minister only.
        return () -> given().auth().oauth2(Tokens.minister()).get("/api/v1" + pad).then().statusCode(200)
                .extract().header("ETag");
    }
}
