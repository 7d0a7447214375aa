package nl.spreiding.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.spreiding.local.token.TokenSleutel;
import nl.spreiding.local.token.Tokens;

/**
 * The authorisation matrix of one service, generated from its OpenAPI document: every write operation
 * (POST, PUT, PATCH, DELETE) must have a {@link Regel}, and is called by every kind of caller (anonymous, each
 * role for its own and for another organisation, an expired token, a token from an unknown issuer). Each must get
 * what the rule says: 401, 403, or through the door (anything else below 500). A new endpoint without a rule, or
 * a rule the code does not enforce, fails the build.
 *
 * <p>Extend it in a {@code @QuarkusTest} class and return the rules from {@link #regels()}; create whatever the
 * requests need there (it runs once the application is up).
 */
public abstract class AutorisatieMatrixContract {

    private static final Set<String> SCHRIJVEND = Set.of("post", "put", "patch", "delete");
    /** The test-only endpoint of {@link PlatformcontroleResource}, which exists in no deployed service. */
    private static final String PLATFORMCONTROLE = "/platformcontrole";
    private static final String PROVINCIE = "PV27";
    private static final String ANDERE_PROVINCIE = "PV20";
    private static final String GEMEENTE = "GM0363";
    private static final String ANDERE_GEMEENTE = "GM0599";

    /** One rule per write operation of this service. */
    protected abstract List<Regel> regels();

    private record Aanroeper(String omschrijving, String rol, String organisatie, String token) {
    }

    @Test
    void elkeSchrijvendeOperatieHeeftEenRegelEnEenBeveiligingseis() {
        Map<String, Map<String, Object>> operaties = schrijvendeOperaties();
        Set<String> geregeld = regels().stream().map(Regel::sleutel).collect(Collectors.toCollection(TreeSet::new));
        Set<String> zonderRegel = new TreeSet<>(operaties.keySet());
        zonderRegel.removeAll(geregeld);
        Set<String> onbekend = new TreeSet<>(geregeld);
        onbekend.removeAll(operaties.keySet());
        assertTrue(zonderRegel.isEmpty(), "Schrijvende operaties zonder autorisatieregel: " + zonderRegel);
        assertTrue(onbekend.isEmpty(), "Regels voor operaties die het OpenAPI-document niet kent: " + onbekend);
        operaties.forEach((sleutel, operatie) -> assertFalse(
                operatie.get("security") == null || ((List<?>) operatie.get("security")).isEmpty(),
                sleutel + " documenteert geen beveiligingseis (security) in het OpenAPI-document"));
        for (Regel regel : regels()) {
            assertFalse(regel.rollen.isEmpty(), regel + " noemt geen rol");
            Set<String> gedocumenteerd = gedocumenteerdeRollen(operaties.get(regel.sleutel()));
            if (!gedocumenteerd.isEmpty()) {
                assertEquals(regel.rollen, gedocumenteerd, regel + ": de rollen in het OpenAPI-document");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Regel regel : regels()) {
            for (Aanroeper aanroeper : aanroepers(regel)) {
                tests.add(DynamicTest.dynamicTest(regel + " door " + aanroeper.omschrijving(),
                        () -> controleer(regel, aanroeper)));
            }
        }
        return tests.stream();
    }

    private void controleer(Regel regel, Aanroeper aanroeper) {
        Response response = verzoek(regel, aanroeper.token());
        int status = response.statusCode();
        String uitleg = regel + " door " + aanroeper.omschrijving() + " gaf " + status + ": " + response.asString();
        if (aanroeper.rol() == null) {
            assertEquals(401, status, uitleg);
            assertTrue(response.header("WWW-Authenticate").startsWith("Bearer"), uitleg);
            assertEquals("application/problem+json", response.contentType().split(";")[0], uitleg);
        } else if (regel.staatToe(aanroeper.rol(), aanroeper.organisatie())) {
            assertTrue(status != 401 && status != 403 && status < 500, "Toegestaan verwacht; " + uitleg);
        } else {
            assertEquals(403, status, uitleg);
            assertEquals("application/problem+json", response.contentType().split(";")[0], uitleg);
        }
    }

    private static Response verzoek(Regel regel, String token) {
        RequestSpecification request = given().contentType(regel.contentType);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        regel.headers.forEach((naam, waarde) -> request.header(naam, waarde.get()));
        String body = regel.body.get();
        if (body != null) {
            request.body(body);
        }
        return request.request(regel.methode, "/api/v1" + regel.pad.get());
    }

    private static List<Aanroeper> aanroepers(Regel regel) {
        String provincie = regel.namens != null && regel.namens.startsWith("PV") ? regel.namens : PROVINCIE;
        String andereProvincie = provincie.equals(ANDERE_PROVINCIE) ? PROVINCIE : ANDERE_PROVINCIE;
        String gemeente = regel.namens != null && regel.namens.startsWith("GM") ? regel.namens : GEMEENTE;
        String andereGemeente = gemeente.equals(ANDERE_GEMEENTE) ? GEMEENTE : ANDERE_GEMEENTE;
        Tokens tokens = Tokens.test();
        List<Aanroeper> aanroepers = new ArrayList<>();
        aanroepers.add(new Aanroeper("anoniem", null, null, null));
        aanroepers.add(new Aanroeper("een verlopen token", null, null,
                tokens.sign(Tokens.MINISTER, "JENV", "minister@minjenv.example", Duration.ofMinutes(-10))));
        aanroepers.add(new Aanroeper("een token van een onbekende uitgever", null, null,
                new Tokens(TokenSleutel.nieuw(), "https://elders.example").voor(
                        Tokens.MINISTER, "JENV", "indringer@elders.example")));
        aanroepers.add(aanroeper(tokens, Tokens.MINISTER, "JENV"));
        aanroepers.add(aanroeper(tokens, Tokens.PROVINCIE, provincie));
        aanroepers.add(aanroeper(tokens, Tokens.PROVINCIE, andereProvincie));
        aanroepers.add(aanroeper(tokens, Tokens.GEMEENTE, gemeente));
        aanroepers.add(aanroeper(tokens, Tokens.GEMEENTE, andereGemeente));
        aanroepers.add(aanroeper(tokens, Tokens.COA, "COA"));
        aanroepers.add(aanroeper(tokens, Tokens.BEHEERDER, null));
        // The permitted callers last, so that refusals are checked before an allowed call changes the target.
        aanroepers.sort((a, b) -> Boolean.compare(a.rol() != null && regel.staatToe(a.rol(), a.organisatie()),
                b.rol() != null && regel.staatToe(b.rol(), b.organisatie())));
        return aanroepers;
    }

    private static Aanroeper aanroeper(Tokens tokens, String rol, String organisatie) {
        String omschrijving = rol + (organisatie == null ? "" : " " + organisatie);
        return new Aanroeper(omschrijving, rol, organisatie,
                tokens.voor(rol, organisatie, rol + "@" + (organisatie == null ? "spreiding" : organisatie.toLowerCase()) + ".example"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> schrijvendeOperaties() {
        JsonPath document = given().get("/api/v1/openapi.json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paden = document.getMap("paths");
        Map<String, Map<String, Object>> operaties = new TreeMap<>();
        paden.forEach((pad, item) -> {
            if (pad.equals(PLATFORMCONTROLE)) {
                return;
            }
            item.forEach((methode, operatie) -> {
                if (SCHRIJVEND.contains(methode)) {
                    operaties.put(methode.toUpperCase() + " " + pad, (Map<String, Object>) operatie);
                }
            });
        });
        if (operaties.isEmpty()) {
            fail("Het OpenAPI-document noemt geen enkele schrijvende operatie");
        }
        return operaties;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> gedocumenteerdeRollen(Map<String, Object> operatie) {
        Set<String> rollen = new HashSet<>();
        Object security = operatie.get("security");
        if (security instanceof List<?> eisen) {
            for (Object eis : eisen) {
                ((Map<String, List<String>>) eis).values().forEach(rollen::addAll);
            }
        }
        return rollen;
    }
}
