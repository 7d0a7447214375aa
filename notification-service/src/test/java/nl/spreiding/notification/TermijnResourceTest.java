package nl.spreiding.notification;

import nl.spreiding.platform.api.Paginering;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.notification.support.Gebeurtenissen;

@QuarkusTest
class TermijnResourceTest {

    @Test
    void elkeTermijnVanEenCyclusVerschijntZodraDeGebeurtenissenAankomen() {
        String cyclus = Gebeurtenissen.cyclus();
        int jaar = Integer.parseInt(cyclus.substring(0, 4));
        Gebeurtenissen.stuur(Gebeurtenissen.ALLOCATIE, "nl.spreiding.cyclus.geopend", cyclus, """
                {"cyclus": "%s", "referentiejaar": %d, "onbekendVeld": true,
                 "termijnen": {"raming": "%d-02-01", "provinciaalPlan": "%d-11-01", "verdeelbesluit": "%d-12-31",
                               "realisatieMaanden": 6, "volgendeCyclus": "%d-02-01"},
                 "door": "minister@minjenv.example"}"""
                .formatted(cyclus, jaar, jaar, jaar, jaar, jaar + 2));

        await().atMost(Duration.ofSeconds(30)).until(() -> totaal(cyclus, null) == 15);
        JsonPath pv27 = lijst(cyclus, "PV27");
        assertThat(pv27.getList("resultaten.soort")).containsExactly("RAMING", "PROVINCIAAL_PLAN", "VERDEELBESLUIT",
                "VOLGENDE_CYCLUS");
        assertThat(pv27.getList("resultaten.vervaldatum")).containsExactly(jaar + "-02-01", jaar + "-11-01",
                jaar + "-12-31", (jaar + 2) + "-02-01");
        assertThat(pv27.getList("resultaten.organisatie")).containsExactly(null, "PV27", null, null);
        assertThat(pv27.getList("resultaten.afgerond", Boolean.class)).containsOnly(false);

        // A province that submitted its plan has met that deadline; a designation adds a municipality's deadline.
        Gebeurtenissen.stuur(Gebeurtenissen.TOEZEGGING, "nl.spreiding.provinciaal-plan.ingediend", cyclus + "/PV27", """
                {"cyclus": "%s", "planId": "%s", "provinciecode": "PV27", "planversie": 1,
                 "ingediendOp": "%d-10-30T10:00:00Z", "teLaat": false, "opgave": 17020, "bestaandePlaatsen": 0,
                 "toegezegd": 17100, "amvOpgave": 1443, "amvToegezegd": 1450, "dektOpgave": true, "tekort": 0,
                 "amvTekort": 0, "verrekend": 0, "verrekeningen": [], "nietMeegeteld": 0,
                 "gemeentenOnderOpgave": ["GM0363"], "vorigPlanId": null,
                 "door": "regietafel@pv27.example"}"""
                .formatted(cyclus, Gebeurtenissen.uuid(), jaar));
        Gebeurtenissen.stuur(Gebeurtenissen.TOEZEGGING, "nl.spreiding.gemeente.aangewezen", cyclus + "/GM0363", """
                {"cyclus": "%s", "aanwijzingId": "%s", "besluitId": "%s", "gemeentecode": "GM0363", "provinciecode": "PV27",
                 "aantalPlaatsen": 120, "aantalAmv": 10, "realisatieUiterlijk": "%d-07-01"}"""
                .formatted(cyclus, Gebeurtenissen.uuid(), Gebeurtenissen.uuid(), jaar + 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> totaal(cyclus, "GM0363") == 4
                && lijst(cyclus, "PV27").getBoolean("resultaten[1].afgerond"));
        JsonPath gm = lijst(cyclus, "GM0363");
        assertThat(gm.getList("resultaten.soort")).containsExactly("RAMING", "VERDEELBESLUIT", "REALISATIE",
                "VOLGENDE_CYCLUS");
        assertThat(gm.getString("resultaten[2].vervaldatum")).isEqualTo((jaar + 1) + "-07-01");

        // The same calendar as iCalendar: valid lines, one all-day VEVENT per deadline, UIDs from the stable ids.
        String ics = given().queryParam("cyclus", cyclus).get("/api/v1/organisaties/PV27/termijnen.ics").then()
                .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();
        List<Map<String, String>> events = veventsVan(ics);
        assertThat(events).hasSize(4);
        assertThat(events).extracting(e -> e.get("UID"))
                .containsExactlyElementsOf(pv27.getList("resultaten.id", String.class).stream()
                        .map(id -> id + "@spreiding.nl").toList());
        assertThat(events.get(1)).containsEntry("DTSTART;VALUE=DATE", jaar + "1101")
                .containsEntry("DTEND;VALUE=DATE", jaar + "1102");
        assertThat(events).allSatisfy(e -> assertThat(e.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z"));

        String viaAccept = given().accept("text/calendar").queryParam("cyclus", cyclus).queryParam("organisatie", "PV27")
                .get("/api/v1/termijnen").then().statusCode(200).extract().asString();
        assertThat(veventsVan(viaAccept)).extracting(e -> e.get("UID"))
                .containsExactlyElementsOf(events.stream().map(e -> e.get("UID")).toList());
    }

    /**
     * The plan comes from pledge's topic, the deadline from allocation's: replayed from scratch, or with one consumer
     * behind, the plan can arrive first. The deadline must still be met once it exists, or PV31 gets reminders for a
     * plan it submitted long ago.
     */
    @Test
    void eenPlanDatVoorZijnTermijnAankomtRondtDieTermijnTochAf() {
        String cyclus = Gebeurtenissen.cyclus();
        int jaar = Integer.parseInt(cyclus.substring(0, 4));
        long na = laatsteVolgnummer("PV31");
        String plan = Gebeurtenissen.stuur(Gebeurtenissen.TOEZEGGING, "nl.spreiding.provinciaal-plan.ingediend",
                cyclus + "/PV31", """
                {"cyclus": "%s", "planId": "%s", "provinciecode": "PV31", "planversie": 1,
                 "ingediendOp": "%d-10-30T10:00:00Z", "teLaat": false, "opgave": 6100, "bestaandePlaatsen": 0,
                 "toegezegd": 6100, "amvOpgave": 520, "amvToegezegd": 520, "dektOpgave": true, "tekort": 0,
                 "amvTekort": 0, "verrekend": 0, "verrekeningen": [], "nietMeegeteld": 0,
                 "gemeentenOnderOpgave": [], "vorigPlanId": null, "door": "regietafel@pv31.example"}"""
                .formatted(cyclus, Gebeurtenissen.uuid(), jaar));
        await().atMost(Duration.ofSeconds(30)).until(() -> feedNa("PV31", na).getList("resultaten.cloudevent.id").contains(plan));
        assertThat(totaal(cyclus, null)).isZero();

        Gebeurtenissen.stuur(Gebeurtenissen.ALLOCATIE, "nl.spreiding.cyclus.geopend", cyclus, """
                {"cyclus": "%s", "referentiejaar": %d,
                 "termijnen": {"raming": "%d-02-01", "provinciaalPlan": "%d-11-01", "verdeelbesluit": "%d-12-31",
                               "realisatieMaanden": 6, "volgendeCyclus": "%d-02-01"},
                 "door": "minister@minjenv.example"}"""
                .formatted(cyclus, jaar, jaar, jaar, jaar, jaar + 2));

        await().atMost(Duration.ofSeconds(30)).until(() -> totaal(cyclus, null) == 15);
        JsonPath pv31 = lijst(cyclus, "PV31");
        assertThat(pv31.getList("resultaten.soort")).containsExactly("RAMING", "PROVINCIAAL_PLAN", "VERDEELBESLUIT",
                "VOLGENDE_CYCLUS");
        assertThat(pv31.getList("resultaten.afgerond", Boolean.class)).containsExactly(false, true, false, false);
        assertThat(lijst(cyclus, "PV30").getList("resultaten.afgerond", Boolean.class)).containsOnly(false);
    }

    private static JsonPath feedNa(String organisatie, long na) {
        return given().auth().oauth2(Tokens.beheerder()).queryParam("na", na).queryParam("limiet", 500)
                .get("/api/v1/organisaties/{code}/notificaties", organisatie).then().statusCode(200).extract().jsonPath();
    }

    private static long laatsteVolgnummer(String organisatie) {
        long na = 0;
        for (JsonPath pagina = feedNa(organisatie, na); !pagina.getList("resultaten").isEmpty();
                pagina = feedNa(organisatie, na)) {
            na = pagina.getLong("volgendeNa");
        }
        return na;
    }

    @Test
    void deTermijnenVanEenOrganisatieWordenOpgesomd() {
        given().queryParam("organisatie", "GM0363").get("/api/v1/termijnen").then()
                .statusCode(200)
                .header("API-Version", "1.0.0")
                .body("pagina", equalTo(1));
    }

    @Test
    void eenPaginaVerAchterDeLaatsteIsLeegInPlaatsVanEenServerfout() {
        given().queryParam("pagina", Paginering.MAX_PAGINA).queryParam("paginaGrootte", 500).get("/api/v1/termijnen").then()
                .statusCode(200).body("resultaten.size()", equalTo(0));
    }

    @Test
    void eenOnbekendSoortOrganisatiecodeWordtGeweigerd() {
        given().queryParam("organisatie", "XX01").get("/api/v1/termijnen").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("organisatie"));
        given().get("/api/v1/organisaties/XX01/termijnen.ics").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    /**
     * Parses an RFC 5545 stream strictly enough for a test: every line ends in CRLF and has at most 75 octets;
     * folded lines are unfolded; returns the properties of each VEVENT.
     */
    static List<Map<String, String>> veventsVan(String ics) {
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> fysiek = Arrays.asList(ics.split("\r\n"));
        assertThat(fysiek).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        List<String> logisch = new ArrayList<>();
        for (String l : fysiek) {
            if (l.startsWith(" ")) {
                logisch.set(logisch.size() - 1, logisch.get(logisch.size() - 1) + l.substring(1));
            } else {
                logisch.add(l);
            }
        }
        assertThat(logisch).contains("VERSION:2.0").anyMatch(l -> l.startsWith("PRODID:"));
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> huidig = null;
        for (String l : logisch) {
            if (l.equals("BEGIN:VEVENT")) {
                huidig = new java.util.LinkedHashMap<>();
            } else if (l.equals("END:VEVENT")) {
                events.add(huidig);
                huidig = null;
            } else if (huidig != null) {
                int dubbelepunt = l.indexOf(':');
                huidig.put(l.substring(0, dubbelepunt), l.substring(dubbelepunt + 1));
            }
        }
        return events;
    }

    private static JsonPath lijst(String cyclus, String organisatie) {
        var req = given().queryParam("cyclus", cyclus).queryParam("paginaGrootte", 100);
        if (organisatie != null) {
            req.queryParam("organisatie", organisatie);
        }
        return req.get("/api/v1/termijnen").then().statusCode(200).extract().jsonPath();
    }

    private static int totaal(String cyclus, String organisatie) {
        return lijst(cyclus, organisatie).getInt("totaal");
    }
}
