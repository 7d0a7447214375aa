package nl.spreiding.allocation;

import static io.restassured.RestAssured.given;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.spreiding.testsupport.AutorisatieMatrixContract;
import nl.spreiding.testsupport.Regel;
import nl.spreiding.local.token.Tokens;

/**
 * Who may write what in allocation-service: the minister decides (cycles, the estimate, distributions), operators and
 * the minister keep the reference data, and every role may run a what-if. Reads are public and not in the matrix.
 */
@QuarkusTest
class AutorisatieMatrixTest extends AutorisatieMatrixContract {

    /** Years no other test uses, so that the fixtures and the permitted calls meet no existing data. */
    private static final int REFERENTIEJAAR = 2011;
    private static final String CYCLUS_VOOR_RAMING = "2012-2014";
    private static final String CYCLUS_VOOR_VERDELING = "2014-2016";
    private static final String NIEUWE_CYCLUS = "2016-2018";
    private static final String GEMEENTEN = """
            gemeentecode,gemeentenaam,provinciecode,aantalInwoners,peildatumInwoners,sesWoaScore,sesWoaJaargang
            GM0363,Amsterdam,PV27,931298,2011-01-01,0.061,2010
            GM0599,Rotterdam,PV28,664311,2011-01-01,-0.120,2010
            """;
    /** A synthetic published table of the two municipalities. */
    private static final String TABEL = """
            gemeentecode;opgave;amv
            GM0363;60;5
            GM0599;40;3
            """;
    private static final String CBS_INWONERS = """
            "ID";"RegioS";"Perioden";"BevolkingAanHetBeginVanDePeriode_1"
            "1";"GM0363  ";"2011JJ00";"931300"
            "2";"GM0599  ";"2011JJ00";"664300"
            """;

    /** regels() is asked for by each test method; the fixtures are made once. */
    private static boolean klaar;

    @Override
    protected List<Regel> regels() {
        maakFixtures();
        return List.of(
                Regel.voor("POST", "/cycli").rollen(Tokens.MINISTER)
                        .body("{\"cyclus\":\"" + NIEUWE_CYCLUS + "\"}"),
                Regel.voor("POST", "/capaciteitsramingen").rollen(Tokens.MINISTER)
                        .body("{\"cyclus\":\"" + CYCLUS_VOOR_RAMING + "\",\"totaalPlaatsen\":96000,\"amvPlaatsen\":8140}"),
                Regel.voor("POST", "/verdelingen").rollen(Tokens.MINISTER)
                        .body("{\"cyclus\":\"" + CYCLUS_VOOR_VERDELING + "\",\"doelgroep\":\"OEKRAINE\","
                                + "\"sleutel\":\"INWONERS\",\"totaal\":600}"),
                Regel.voor("POST", "/verdelingen/gepubliceerde-tabellen").rollen(Tokens.MINISTER)
                        .pad("/verdelingen/gepubliceerde-tabellen?cyclus=" + CYCLUS_VOOR_VERDELING + "&publicatie=Staatscourant"
                                + "&publicatiedatum=2011-01-31&url=https://zoek.officielebekendmakingen.nl/stcrt-2011-1.html")
                        .contentType("text/csv; charset=UTF-8").body(TABEL),
                Regel.voor("POST", "/verdelingen/simulaties")
                        .rollen(Tokens.MINISTER, Tokens.PROVINCIE, Tokens.GEMEENTE, Tokens.COA, Tokens.BEHEERDER)
                        .body("{\"referentiejaar\":" + REFERENTIEJAAR + ",\"sleutel\":\"INWONERS\",\"totaal\":100}"),
                Regel.voor("POST", "/verdeelsleutels").rollen(Tokens.MINISTER, Tokens.BEHEERDER)
                        .body("{\"code\":\"AUTORISATIE_SLEUTEL\",\"omschrijving\":\"x\",\"rechtsgrond\":\"x\","
                                + "\"correctie\":{\"familie\":\"GEEN\"},\"afronding\":\"GROOTSTE_OVERSCHOT\","
                                + "\"bron\":{\"soort\":\"AANNAME\",\"tekst\":\"x\"}}"),
                Regel.voor("PUT", "/referentiejaren/{jaar}/gemeenten").rollen(Tokens.MINISTER, Tokens.BEHEERDER)
                        .pad("/referentiejaren/" + REFERENTIEJAAR + "/gemeenten").contentType("text/csv; charset=UTF-8").body(GEMEENTEN),
                Regel.voor("PATCH", "/referentiejaren/{jaar}/gemeenten").rollen(Tokens.MINISTER, Tokens.BEHEERDER)
                        .pad("/referentiejaren/" + REFERENTIEJAAR + "/gemeenten?veld=AANTAL_INWONERS"
                                + "&kolom=BevolkingAanHetBeginVanDePeriode_1&geldigVoor=2011-01-01")
                        .contentType("text/csv; charset=UTF-8").body(CBS_INWONERS));
    }

    private static synchronized void maakFixtures() {
        if (klaar) {
            return;
        }
        given().auth().oauth2(Tokens.beheerder()).contentType("text/csv; charset=UTF-8").body(GEMEENTEN)
                .put("/api/v1/referentiejaren/" + REFERENTIEJAAR + "/gemeenten").then().statusCode(200);
        for (String cyclus : List.of(CYCLUS_VOOR_RAMING, CYCLUS_VOOR_VERDELING)) {
            given().auth().oauth2(Tokens.minister()).contentType(ContentType.JSON)
                    .body("{\"cyclus\":\"" + cyclus + "\",\"referentiejaar\":" + REFERENTIEJAAR + "}")
                    .post("/api/v1/cycli").then().statusCode(201);
        }
        klaar = true;
    }
}
