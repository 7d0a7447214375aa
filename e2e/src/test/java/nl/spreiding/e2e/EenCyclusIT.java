package nl.spreiding.e2e;

import static io.restassured.RestAssured.given;
import static nl.spreiding.e2e.Stack.Dienst.ALLOCATION;
import static nl.spreiding.e2e.Stack.Dienst.NOTIFICATION;
import static nl.spreiding.e2e.Stack.Dienst.PLEDGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.spreiding.e2e.Gebeurtenissen.Gebeurtenis;
import nl.spreiding.e2e.SporenOntvanger.Spoorstuk;
import nl.spreiding.e2e.Stack.Dienst;
import nl.spreiding.e2e.WebhookOntvanger.Notificatie;
import nl.spreiding.local.token.Tokens;

/**
 * One whole Spreidingswet cycle through the three packaged services, over REST with bearer tokens, as the
 * organisations' systems would run it, and checked at every step in every service: the minister opens the cycle
 * and distributes the estimate; Noord-Holland covers its task, Groningen falls short; the minister designates
 * Groningen's municipalities that lag behind, in proportion to what they lack; Midden-Groningen realises half of
 * its designation, misses its deadline, and the minister steps in. Three subscribers (Noord-Holland's regietafel,
 * Midden-Groningen, the operator) receive signed webhooks, and each gets exactly what it asked for.
 *
 * <p><b>Dates.</b> The services use the real clock (pledge-service: {@code LocalDate.now(Europe/Amsterdam)} when it
 * marks a plan late and when its watcher looks for overdue designations; there is no clock to inject), so the cycle
 * is opened with its deadlines as data, relative to today:
 * <ul>
 * <li>cycle id: this year's, {@code <jaar>-<jaar+2>} (2024-2026's own deadlines have passed, so its plans would be
 * late); reference year 2024, the only year of reference data that ships with allocation-service;</li>
 * <li>estimate due today, provincial plans in 10 days (so the plans submitted now are on time, and every province
 * gets its D14 reminder), decision in 40 days, next cycle on 1 February two years on, realisation term 1 month (the
 * API's minimum; 0 is refused);</li>
 * <li>the decision is taken today, so the realisation deadline is decision date + 1 month. To reach it without
 * waiting a month, pledge-service is restarted with its clock moved past that deadline
 * ({@code SPREIDING_CLOCK_OFFSET}, the platform's {@code spreiding.clock.offset}), as a rehearsal would.</li>
 * </ul>
 *
 * <p><b>Timers.</b> The watcher of realisation deadlines runs on a fixed interval
 * ({@code PLEDGE_TERMIJNBEWAKING_INTERVAL}). pledge-service starts with the watcher idle (1 h); after the
 * municipality's realisation report it is restarted with 1 s and its clock moved past the deadline, as an operator's
 * rollout would: the deadline that has then passed is caught. notification-service checks reminders every second and retries a failed webhook after
 * 200 ms instead of a minute.
 *
 * <p><b>Distribution key.</b> The 2024 seed has no SES-WOA scores, so the Spreidingswet key refuses to run (422,
 * every municipality named); the estimate is distributed with {@code INWONERS} (population share, largest
 * remainder), whose tasks add up to exactly 96,000 and 8,140 AMV. What the per-municipality rounding would give is
 * simulated and asserted alongside.
 */
class EenCyclusIT {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate VANDAAG = LocalDate.now(NL);
    private static final String CYCLUS = VANDAAG.getYear() + "-" + (VANDAAG.getYear() + 2);
    private static final LocalDate PLAN_UITERLIJK = VANDAAG.plusDays(10);
    private static final LocalDate BESLUIT_UITERLIJK = VANDAAG.plusDays(40);
    private static final LocalDate VOLGENDE_CYCLUS = LocalDate.of(VANDAAG.getYear() + 2, 2, 1);
    private static final int REALISATIE_MAANDEN = 1;
    private static final LocalDate BESLUITDATUM = VANDAAG;
    private static final LocalDate REALISATIE_UITERLIJK = BESLUITDATUM.plusMonths(REALISATIE_MAANDEN);
    /** How far pledge-service's clock is moved after the realisation report: to the day after the deadline. */
    private static final Duration NA_DE_TERMIJN =
            Duration.ofDays(ChronoUnit.DAYS.between(VANDAAG, REALISATIE_UITERLIJK) + 1);

    private static final int TOTAAL = 96_000;
    private static final int AMV = 8_140;
    private static final int GEMEENTEN = 342;
    private static final List<String> PROVINCIES = List.of("PV20", "PV21", "PV22", "PV23", "PV24", "PV25", "PV26",
            "PV27", "PV28", "PV29", "PV30", "PV31");

    /** Province A: pledges its whole task, every municipality its own share. */
    private static final String NOORD_HOLLAND = "PV27";
    /** Province B: pledges less than its task. */
    private static final String GRONINGEN = "PV20";
    /** Groningen (the city) pledges this much more than its own task: the province may count it, so what is designated
     * is less than what the lagging municipalities lack together, and must be shared in proportion. */
    private static final int OVERSCHOT_STAD_GRONINGEN = 40;
    /** Midden-Groningen: pledges half its task, is designated, realises half, misses the deadline. */
    private static final String MIDDEN_GRONINGEN = "GM1952";

    /** The person in {@code Tokens.minister()}: every decision records who took it. */
    private static final String MINISTER = "minister@minjenv.example";

    private static final String T = "nl.spreiding.";
    private static final String VERIFICATIE = T + "abonnement.verificatie";
    private static final String CYCLUS_GEOPEND = T + "cyclus.geopend";
    private static final String RAMING = T + "capaciteitsraming.gepubliceerd";
    private static final String VERDELING = T + "verdeling.vastgesteld";
    private static final String HERINNERING = T + "termijn.herinnering";
    private static final String TOEZEGGING = T + "toezegging.geregistreerd";
    private static final String PLAN = T + "provinciaal-plan.ingediend";
    private static final String TEKORT = T + "tekort.vastgesteld";
    private static final String BESLUIT = T + "verdeelbesluit.genomen";
    private static final String AANGEWEZEN = T + "gemeente.aangewezen";
    private static final String REALISATIE = T + "realisatie.gemeld";
    private static final String VERSTREKEN = T + "realisatie.termijn-verstreken";
    private static final String INDEPLAATSSTELLING = T + "indeplaatsstelling.gestart";

    private static final Duration EVEN = Duration.ofSeconds(30);

    /** The trace the test itself starts with the distribution request, as an integrating system's client would. */
    private static final String SPOOR = HexFormat.of().formatHex(willekeurig(16));
    private static final String AANVRAAG_SPAN = HexFormat.of().formatHex(willekeurig(8));

    private static Stack stack;
    private static SporenOntvanger sporen;
    private static WebhookOntvanger regietafel;
    private static WebhookOntvanger gemeente;
    private static WebhookOntvanger beheer;

    /** On failure: the tail of every service's log, next to the assertion. */
    @RegisterExtension
    static final TestWatcher LOGS_BIJ_FALEN = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable oorzaak) {
            if (stack != null) {
                System.err.println("\n" + stack.logstaarten(40));
            }
        }
    };

    /** A municipality's or province's task as pledge-service's read model has it. */
    record Opgave(String code, String naam, String provinciecode, long inwoners, int opgave, int amv) {

        static Opgave van(Map<String, Object> m) {
            return new Opgave((String) m.get("code"), (String) m.get("naam"), (String) m.get("provinciecode"),
                    ((Number) m.get("aantalInwoners")).longValue(), (Integer) m.get("opgave"), (Integer) m.get("amv"));
        }
    }

    /** What one step learns and a later step checks against. */
    private final Map<String, Opgave> provincieOpgaven = new TreeMap<>();
    private final Map<String, List<Opgave>> gemeenteOpgaven = new TreeMap<>();
    private String verdelingId;
    private int tekortGroningen;
    private int amvTekortGroningen;
    private List<String> achterblijversGroningen;
    private Map<String, Integer> achterstandGroningen;
    private Map<String, Integer> amvAchterstandGroningen;
    private String aanwijzing;
    private int aangewezenPlaatsen;
    private int gerealiseerd;

    @BeforeAll
    static void start() throws Exception {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        Path home = Path.of(System.getProperty("spreiding.e2e.home", "..")).toAbsolutePath().normalize();
        regietafel = new WebhookOntvanger("regietafel-" + NOORD_HOLLAND);
        gemeente = new WebhookOntvanger("gemeente-" + MIDDEN_GRONINGEN);
        beheer = new WebhookOntvanger("beheer");
        sporen = new SporenOntvanger();
        // Tracing on, as an operator turns it on: an OTLP endpoint (here the test's own collector).
        Map<String, String> tracing = Map.of(
                "QUARKUS_OTEL_SDK_DISABLED", "false",
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", sporen.url(),
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        long begin = System.nanoTime();
        stack = Stack.start(home, Path.of("target", "e2e-logs"), Map.of(
                // The real 2024 seed: 342 municipalities, 12 provinces.
                ALLOCATION, met(tracing, Map.of("SPREIDING_REFERENTIEDATA_LADEN_BIJ_START", "true")),
                // Idle until the realisation report is in; see the class comment.
                PLEDGE, met(tracing, Map.of("PLEDGE_TERMIJNBEWAKING_INTERVAL", "1h")),
                NOTIFICATION, met(tracing, Map.of(
                        "SPREIDING_WEBHOOKS_ALLOW_LOOPBACK", "true",
                        "SPREIDING_HERINNERINGEN_INTERVAL", "1s",
                        "SPREIDING_WEBHOOKS_BACKOFF_BASE", "200ms",
                        "SPREIDING_WEBHOOKS_BACKOFF_MAX", "2s"))));
        System.out.printf("Stack gestart: %d ms%n", (System.nanoTime() - begin) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        Stream.of(regietafel, gemeente, beheer).filter(o -> o != null).forEach(WebhookOntvanger::close);
        if (sporen != null) {
            sporen.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void eenHeleCyclus() throws Exception {
        stap("1 abonnementen", this::abonnementen);
        stap("2 cyclus, raming, verdeling", this::ministerOpentCyclusEnVerdeelt);
        stap("3 taken en termijnen", this::takenEnTermijnenKomenAan);
        stap("4 toezeggingen en plannen", this::provinciesDienenPlannenIn);
        stap("4a verrekening Dronten-Kampen", this::drontenVerrekentPlaatsenMetKampen);
        stap("5 verdeelbesluit", this::ministerNeemtVerdeelbesluit);
        stap("6 realisatie en termijn", this::gemeenteRealiseertDeelEnMistTermijn);
        stap("7 indeplaatsstelling", this::ministerTreedtInDePlaats);
        stap("7a specifieke uitkering", this::westerwoldeKrijgtUitkeringVoorPlaatsenBovenOpgave);
        stap("7b opvang Oekraïne", this::gemeenteDeclareertMaandOekraineOpvang);
        stap("7c derdelanders", this::coaMeldtDerdelanders);
        stap("8 webhooks", this::elkeAbonneeKreegPreciesWatHijVroeg);
        stap("9 één spoor", this::eenSpoorVanDeVerdelingTotDeWebhook);
        stap("10 gepubliceerde tabel", this::gepubliceerdeTabelWordtVastgesteld);
        stap("11 de datums van de brief", this::brievenDatumsStaanInDeKalender);
    }

    private static Map<String, String> met(Map<String, String> basis, Map<String, String> extra) {
        Map<String, String> samen = new LinkedHashMap<>(basis);
        samen.putAll(extra);
        return samen;
    }

    private static byte[] willekeurig(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private interface Stap {
        void uitvoeren() throws Exception;
    }

    /** Runs one step of the scenario and says how long it took (the whole test should stay within minutes). */
    private static void stap(String naam, Stap stap) throws Exception {
        long begin = System.nanoTime();
        stap.uitvoeren();
        System.out.printf("Stap %s: %d ms%n", naam, (System.nanoTime() - begin) / 1_000_000);
    }

    /** 1. Every system subscribes first, with its own token: it may only subscribe for itself. */
    private void abonnementen() {
        abonneer(Tokens.provincie(NOORD_HOLLAND), regietafel, NOORD_HOLLAND,
                List.of(CYCLUS_GEOPEND, RAMING, VERDELING, HERINNERING, PLAN, TEKORT, BESLUIT), List.of(NOORD_HOLLAND));
        abonneer(Tokens.gemeente(MIDDEN_GRONINGEN), gemeente, MIDDEN_GRONINGEN,
                List.of(VERDELING, PLAN, BESLUIT, AANGEWEZEN, REALISATIE, VERSTREKEN, INDEPLAATSSTELLING, HERINNERING),
                List.of(MIDDEN_GRONINGEN));
        abonneer(Tokens.beheerder(), beheer, null, List.of(), List.of());

        // An operator sees every subscription, an organisation only its own.
        notificatie(Tokens.beheerder()).get("/api/v1/abonnementen").then().statusCode(200).body("totaal", equalTo(3));
        notificatie(Tokens.provincie(NOORD_HOLLAND)).get("/api/v1/abonnementen").then().statusCode(200)
                .body("totaal", equalTo(1)).body("resultaten[0].callbackUrl", equalTo(regietafel.url()));
    }

    private void abonneer(String token, WebhookOntvanger ontvanger, String eigenaar, List<String> soorten,
            List<String> organisaties) {
        JsonPath antwoord = notificatie(token).body(Map.of("callbackUrl", ontvanger.url(), "soorten", soorten,
                "organisaties", organisaties, "omschrijving", ontvanger.naam()))
                .post("/api/v1/abonnementen").then().statusCode(201).extract().jsonPath();
        assertThat(antwoord.getString("abonnement.status")).isEqualTo("ACTIEF");
        assertThat(antwoord.getList("abonnement.soorten", String.class)).containsExactlyElementsOf(soorten);
        assertThat(antwoord.getList("abonnement.organisaties", String.class)).containsExactlyElementsOf(organisaties);
        assertThat(antwoord.getString("abonnement.eigenaar")).isEqualTo(eigenaar);
        assertThat(antwoord.getString("geheim")).startsWith("whsec_");
        ontvanger.geheim(antwoord.getString("geheim"));
        // The test delivery came while the subscription was being created; without a 2xx there would be none.
        assertThat(ontvanger.notificaties()).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(VERIFICATIE);
            assertThat(n.data().path("abonnementId").asText()).isEqualTo(antwoord.getString("abonnement.id"));
        });
    }

    /** 2. The minister opens the cycle, publishes the estimate and distributes it over all 342 municipalities. */
    private void ministerOpentCyclusEnVerdeelt() {
        allocatie(Tokens.minister()).queryParam("paginaGrootte", 1).get("/api/v1/referentiejaren/2024/gemeenten").then()
                .statusCode(200).body("totaal", equalTo(GEMEENTEN));

        Map<String, Object> termijnen = new LinkedHashMap<>();
        termijnen.put("raming", VANDAAG.toString());
        termijnen.put("provinciaalPlan", PLAN_UITERLIJK.toString());
        termijnen.put("verdeelbesluit", BESLUIT_UITERLIJK.toString());
        termijnen.put("realisatieMaanden", REALISATIE_MAANDEN);
        termijnen.put("volgendeCyclus", VOLGENDE_CYCLUS.toString());
        allocatie(Tokens.minister()).body(Map.of("cyclus", CYCLUS, "referentiejaar", 2024, "termijnen", termijnen))
                .post("/api/v1/cycli").then().statusCode(201)
                .body("cyclus", equalTo(CYCLUS)).body("referentiejaar", equalTo(2024))
                .body("termijnen.provinciaalPlan", equalTo(PLAN_UITERLIJK.toString()))
                .body("termijnen.realisatieMaanden", equalTo(REALISATIE_MAANDEN))
                .body("geopendDoor", equalTo(MINISTER));

        allocatie(Tokens.minister()).body(Map.of("cyclus", CYCLUS, "totaalPlaatsen", TOTAAL, "amvPlaatsen", AMV))
                .post("/api/v1/capaciteitsramingen").then().statusCode(201)
                .body("totaalPlaatsen", equalTo(TOTAAL)).body("amvPlaatsen", equalTo(AMV)).body("gepubliceerdDoor", equalTo(MINISTER));

        // The law's key needs SES-WOA scores, which the seed lacks: refused, naming every municipality.
        allocatie(Tokens.minister()).body(Map.of("cyclus", CYCLUS, "doelgroep", "ASIEL"))
                .post("/api/v1/verdelingen").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString(GEMEENTEN + " problemen"))
                .body("invalidParams.size()", equalTo(100));

        JsonPath sleutel = allocatie(null).get("/api/v1/verdeelsleutels").then().statusCode(200).extract().jsonPath();
        assertThat(sleutel.getBoolean("resultaten.find { it.code == 'INWONERS' }.totaalExact")).isTrue();
        assertThat(sleutel.getBoolean("resultaten.find { it.code == 'INWONERS_PER_GEMEENTE' }.totaalExact")).isFalse();

        // What rounding per municipality would give, for comparison: not the published total.
        JsonPath perGemeente = allocatie(Tokens.minister())
                .body(Map.of("cyclus", CYCLUS, "doelgroep", "ASIEL", "sleutel", "INWONERS_PER_GEMEENTE"))
                .post("/api/v1/verdelingen/simulaties").then().statusCode(200).extract().jsonPath();
        long somPerGemeente = perGemeente.getLong("verdeling.somOpgaven");
        System.out.printf("INWONERS_PER_GEMEENTE zou %d plaatsen verdelen (%+d), AMV %d%n", somPerGemeente,
                somPerGemeente - TOTAAL, perGemeente.getLong("verdeling.somAmv"));
        assertThat(perGemeente.getLong("verdeling.afwijkingVanTotaal")).isEqualTo(somPerGemeente - TOTAAL);
        assertThat(Math.abs(somPerGemeente - TOTAAL)).as("at most half a place per municipality").isLessThanOrEqualTo(GEMEENTEN / 2);

        JsonPath verdeling = allocatie(Tokens.minister())
                .header("traceparent", "00-" + SPOOR + "-" + AANVRAAG_SPAN + "-01")
                .body(Map.of("cyclus", CYCLUS, "doelgroep", "ASIEL", "sleutel", "INWONERS"))
                .post("/api/v1/verdelingen").then().statusCode(201).extract().jsonPath();
        verdelingId = verdeling.getString("id");
        assertThat(verdeling.getInt("versie")).isEqualTo(1);
        assertThat(verdeling.getString("sleutel.code")).isEqualTo("INWONERS");
        assertThat(verdeling.getInt("referentiejaar")).isEqualTo(2024);
        assertThat(verdeling.getString("vastgesteldDoor")).isEqualTo(MINISTER);
        // Largest remainder: exactly the estimate, exactly its AMV part.
        assertThat(verdeling.getLong("somOpgaven")).isEqualTo(TOTAAL);
        assertThat(verdeling.getLong("afwijkingVanTotaal")).isZero();
        assertThat(verdeling.getLong("somAmv")).isEqualTo(AMV);
        assertThat(verdeling.getList("provincies.provinciecode", String.class)).containsExactlyElementsOf(PROVINCIES);
        assertThat(verdeling.getList("provincies.opgave", Integer.class).stream().mapToInt(i -> i).sum()).isEqualTo(TOTAAL);
        assertThat(verdeling.getList("provincies.amv", Integer.class).stream().mapToInt(i -> i).sum()).isEqualTo(AMV);

        JsonPath gemeenten = allocatie(null).queryParam("paginaGrootte", 500)
                .get("/api/v1/verdelingen/" + verdelingId + "/gemeenten").then().statusCode(200).extract().jsonPath();
        assertThat(gemeenten.getInt("totaal")).isEqualTo(GEMEENTEN);
        assertThat(gemeenten.getList("resultaten.opgave", Integer.class).stream().mapToInt(i -> i).sum()).isEqualTo(TOTAAL);
        assertThat(gemeenten.getList("resultaten.amv", Integer.class).stream().mapToInt(i -> i).sum()).isEqualTo(AMV);
    }

    /** 3. pledge-service has the tasks, notification-service the deadlines and the reminders that follow from them. */
    private void takenEnTermijnenKomenAan() {
        await("taken in pledge-service").atMost(EVEN).until(() -> pledge(null).queryParam("cyclus", CYCLUS)
                .queryParam("paginaGrootte", 1).get("/api/v1/opgaven").then().extract().jsonPath()
                .getInt("totaal") == GEMEENTEN + PROVINCIES.size());
        pledge(null).get("/api/v1/cycli/" + CYCLUS).then().statusCode(200)
                .body("termijnen.provinciaalPlan", equalTo(PLAN_UITERLIJK.toString()))
                .body("termijnen.realisatieMaanden", equalTo(REALISATIE_MAANDEN))
                .body("verdelingen[0].verdelingId", equalTo(verdelingId));

        List<Map<String, Object>> opgaven = pledge(null).queryParam("cyclus", CYCLUS).queryParam("paginaGrootte", 500)
                .get("/api/v1/opgaven").then().statusCode(200).extract().jsonPath().getList("resultaten");
        for (Map<String, Object> m : opgaven) {
            Opgave o = Opgave.van(m);
            if ("PROVINCIE".equals(m.get("niveau"))) {
                provincieOpgaven.put(o.code(), o);
            } else {
                gemeenteOpgaven.computeIfAbsent(o.provinciecode(), p -> new ArrayList<>()).add(o);
            }
        }
        assertThat(provincieOpgaven.keySet()).containsExactlyElementsOf(PROVINCIES);
        assertThat(provincieOpgaven.values().stream().mapToInt(Opgave::opgave).sum()).isEqualTo(TOTAAL);
        PROVINCIES.forEach(p -> assertThat(gemeenteOpgaven.get(p).stream().mapToInt(Opgave::opgave).sum())
                .as("task of %s is the sum of its municipalities'", p).isEqualTo(provincieOpgaven.get(p).opgave()));
        System.out.printf("Opgave %s: %d (AMV %d) over %d gemeenten; %s: %d (AMV %d) over %d gemeenten%n", NOORD_HOLLAND,
                provincieOpgaven.get(NOORD_HOLLAND).opgave(), provincieOpgaven.get(NOORD_HOLLAND).amv(),
                gemeenteOpgaven.get(NOORD_HOLLAND).size(), GRONINGEN, provincieOpgaven.get(GRONINGEN).opgave(),
                provincieOpgaven.get(GRONINGEN).amv(), gemeenteOpgaven.get(GRONINGEN).size());

        // The calendar: raming (met: the estimate is out), one plan deadline per province, decision, next cycle.
        await("termijnen in notification-service").atMost(EVEN).untilAsserted(() -> {
            JsonPath termijnen = termijnen(null);
            assertThat(termijnen.getInt("totaal")).isEqualTo(3 + PROVINCIES.size());
            assertThat(termijnen.getBoolean("resultaten.find { it.soort == 'RAMING' }.afgerond")).isTrue();
        });
        JsonPath vanNoordHolland = termijnen(NOORD_HOLLAND);
        assertThat(vanNoordHolland.getList("resultaten.soort", String.class))
                .containsExactly("RAMING", "PROVINCIAAL_PLAN", "VERDEELBESLUIT", "VOLGENDE_CYCLUS");
        assertThat(vanNoordHolland.getString("resultaten[1].vervaldatum")).isEqualTo(PLAN_UITERLIJK.toString());
        assertThat(vanNoordHolland.getBoolean("resultaten[1].afgerond")).isFalse();
        String agenda = given().baseUri(stack.url(NOTIFICATION)).queryParam("cyclus", CYCLUS)
                .get("/api/v1/organisaties/" + NOORD_HOLLAND + "/termijnen.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        assertThat(agenda).contains("BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:" + PLAN_UITERLIJK.format(DateTimeFormatter.BASIC_ISO_DATE),
                "SUMMARY:Provinciaal plan indienen (Noord-Holland)");

        // Ten days left: every province gets its D14 reminder, each regietafel only its own, the operator all.
        await("herinneringen").atMost(EVEN).until(() -> beheer.notificaties(HERINNERING).size() == PROVINCIES.size()
                && regietafel.notificaties(HERINNERING).size() == 1);
        assertThat(beheer.notificaties(HERINNERING)).extracting(n -> n.data().path("organisatie").asText())
                .containsExactlyInAnyOrderElementsOf(PROVINCIES);
        assertThat(regietafel.notificaties(HERINNERING)).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo(CYCLUS + "/" + NOORD_HOLLAND);
            assertThat(n.data().path("soort").asText()).isEqualTo("PROVINCIAAL_PLAN");
            assertThat(n.data().path("vervaldatum").asText()).isEqualTo(PLAN_UITERLIJK.toString());
            assertThat(n.data().path("dagenVooraf").asInt()).isEqualTo(14);
            assertThat(n.data().path("dagenOver").asInt()).isEqualTo(10);
        });
        // The pull feed has it too, for the province itself; another province may not read it.
        notificatie(Tokens.provincie(NOORD_HOLLAND)).get("/api/v1/organisaties/" + NOORD_HOLLAND + "/notificaties").then()
                .statusCode(200).body("resultaten.cloudevent.type", hasItem(HERINNERING));
        notificatie(Tokens.provincie(GRONINGEN)).get("/api/v1/organisaties/" + NOORD_HOLLAND + "/notificaties").then()
                .statusCode(403);
    }

    /** 4. Noord-Holland covers its task, Groningen falls short, the other ten cover theirs; all on time. */
    private void provinciesDienenPlannenIn() {
        // In passing: writing needs a token, and a province acts only for its own municipalities.
        given().baseUri(stack.url(PLEDGE)).contentType(ContentType.JSON)
                .body(toezegging(gemeenteOpgaven.get(NOORD_HOLLAND).get(0), 10, 0)).post("/api/v1/toezeggingen").then()
                .statusCode(401).contentType("application/problem+json");
        pledge(Tokens.provincie(GRONINGEN)).body(toezegging(gemeenteOpgaven.get(NOORD_HOLLAND).get(0), 10, 0))
                .post("/api/v1/toezeggingen").then().statusCode(403).contentType("application/problem+json");

        // Noord-Holland: every municipality pledges exactly its own task.
        for (Opgave g : gemeenteOpgaven.get(NOORD_HOLLAND)) {
            zegToe(NOORD_HOLLAND, g, g.opgave(), g.amv());
        }
        pledge(Tokens.provincie(NOORD_HOLLAND)).queryParam("cyclus", CYCLUS).queryParam("provinciecode", NOORD_HOLLAND)
                .get("/api/v1/provinciale-plannen/concept").then().statusCode(200)
                .body("status", equalTo("CONCEPT")).body("dektOpgave", equalTo(true)).body("teLaat", equalTo(false));
        JsonPath planA = dienIn(NOORD_HOLLAND);
        assertThat(planA.getBoolean("teLaat")).isFalse();
        assertThat(planA.getBoolean("dektOpgave")).isTrue();
        assertThat(planA.getInt("toegezegd")).isEqualTo(provincieOpgaven.get(NOORD_HOLLAND).opgave());
        assertThat(planA.getInt("amvToegezegd")).isEqualTo(provincieOpgaven.get(NOORD_HOLLAND).amv());
        assertThat(planA.getInt("tekort")).isZero();
        assertThat(planA.getInt("amvTekort")).isZero();
        assertThat(planA.getList("gemeentenOnderOpgave")).isEmpty();

        // Groningen: the city pledges more than its share, Westerkwartier exactly its share, Midden-Groningen half and
        // Stadskanaal a third (neither any AMV places), the other six nothing.
        Map<String, Opgave> groningen = gemeenteOpgaven.get(GRONINGEN).stream()
                .collect(Collectors.toMap(Opgave::code, Function.identity()));
        Opgave stad = groningen.get("GM0014");
        zegToe(GRONINGEN, stad, stad.opgave() + OVERSCHOT_STAD_GRONINGEN, stad.amv());
        zegToe(GRONINGEN, groningen.get("GM1969"), groningen.get("GM1969").opgave(), groningen.get("GM1969").amv());
        zegToe(GRONINGEN, groningen.get(MIDDEN_GRONINGEN), groningen.get(MIDDEN_GRONINGEN).opgave() / 2, 0);
        zegToe(GRONINGEN, groningen.get("GM0037"), groningen.get("GM0037").opgave() / 3, 0);
        JsonPath planB = dienIn(GRONINGEN);
        int toegezegd = stad.opgave() + OVERSCHOT_STAD_GRONINGEN + groningen.get("GM1969").opgave()
                + groningen.get(MIDDEN_GRONINGEN).opgave() / 2 + groningen.get("GM0037").opgave() / 3;
        tekortGroningen = provincieOpgaven.get(GRONINGEN).opgave() - toegezegd;
        amvTekortGroningen = provincieOpgaven.get(GRONINGEN).amv() - stad.amv() - groningen.get("GM1969").amv();
        achterblijversGroningen = groningen.keySet().stream().filter(c -> !c.equals("GM0014") && !c.equals("GM1969"))
                .sorted().toList();
        assertThat(planB.getBoolean("teLaat")).isFalse();
        assertThat(planB.getBoolean("dektOpgave")).isFalse();
        assertThat(planB.getInt("toegezegd")).isEqualTo(toegezegd);
        assertThat(planB.getInt("tekort")).isEqualTo(tekortGroningen).isPositive();
        assertThat(planB.getInt("amvTekort")).isEqualTo(amvTekortGroningen).isPositive();
        assertThat(planB.getList("gemeentenOnderOpgave", String.class)).containsExactlyElementsOf(achterblijversGroningen);
        achterstandGroningen = planB.getList("gemeenten", Map.class).stream().collect(Collectors.toMap(
                g -> (String) g.get("gemeentecode"), g -> (Integer) g.get("tekort"), (a, b) -> a, TreeMap::new));
        amvAchterstandGroningen = planB.getList("gemeenten", Map.class).stream().collect(Collectors.toMap(
                g -> (String) g.get("gemeentecode"), g -> (Integer) g.get("amvTekort"), (a, b) -> a, TreeMap::new));
        assertThat(achterstandGroningen.get(MIDDEN_GRONINGEN))
                .isEqualTo(groningen.get(MIDDEN_GRONINGEN).opgave() - groningen.get(MIDDEN_GRONINGEN).opgave() / 2);
        // The city's surplus counts for the province: the shortfall is what the laggards lack, minus that surplus.
        assertThat(tekortGroningen).isEqualTo(achterstandGroningen.values().stream().mapToInt(i -> i).sum()
                - OVERSCHOT_STAD_GRONINGEN);
        System.out.printf("Plan %s: toegezegd %d, tekort %d, AMV-tekort %d, onder opgave %s%n", GRONINGEN, toegezegd,
                tekortGroningen, amvTekortGroningen, achterblijversGroningen);

        // The other ten: one durable location in their largest municipality covers the province's whole task. Their
        // other municipalities stay below their own share, which the province may settle at its regietafel.
        for (String provincie : PROVINCIES) {
            if (provincie.equals(NOORD_HOLLAND) || provincie.equals(GRONINGEN)) {
                continue;
            }
            Opgave grootste = gemeenteOpgaven.get(provincie).stream().max(Comparator.comparingLong(Opgave::inwoners))
                    .orElseThrow();
            zegToe(provincie, grootste, provincieOpgaven.get(provincie).opgave(), provincieOpgaven.get(provincie).amv());
            JsonPath plan = dienIn(provincie);
            assertThat(plan.getBoolean("dektOpgave")).as(provincie).isTrue();
            assertThat(plan.getBoolean("teLaat")).as(provincie).isFalse();
        }

        // Every plan is in: no province's plan deadline is open any more.
        await("plantermijnen afgerond").atMost(EVEN).untilAsserted(() -> assertThat(termijnen(null)
                .getList("resultaten.findAll { it.soort == 'PROVINCIAAL_PLAN' }.afgerond", Boolean.class))
                .hasSize(PROVINCIES.size()).containsOnly(true));
        await("plan bij de regietafel").atMost(EVEN).until(() -> regietafel.notificaties(PLAN).size() == 1);
        assertThat(regietafel.notificaties(PLAN).get(0).data().path("dektOpgave").asBoolean()).isTrue();
        assertThat(regietafel.notificaties(PLAN).get(0).data().path("teLaat").asBoolean()).isFalse();
    }

    /**
     * 4a. Dronten (Flevoland) lends 200 of its places administratively to Kampen (Overijssel) until the next capacity
     * estimate: Flevoland records it, Overijssel confirms, and then it counts once, for Kampen. The plans are already
     * submitted, so the decision (step 5) takes them as they were: no later number changes.
     */
    private void drontenVerrekentPlaatsenMetKampen() {
        String dronten = "GM0303";
        String kampen = "GM0166";
        JsonPath vastgelegd = pledge(Tokens.provincie("PV24")).body(Map.of("cyclus", CYCLUS, "vanGemeentecode", dronten,
                "naarGemeentecode", kampen, "aantalPlaatsen", 200, "tot", VOLGENDE_CYCLUS.toString(),
                "voorwaarde", "Kampen realiseert de rest van haar opgave zelf", "namens", "PV24"))
                .post("/api/v1/verrekeningen").then().statusCode(201).extract().jsonPath();
        assertThat(vastgelegd.getString("status")).isEqualTo("VASTGELEGD");
        assertThat(vastgelegd.getString("teBevestigenDoor")).isEqualTo("PV23");
        String pad = "/api/v1/verrekeningen/" + vastgelegd.getString("id") + "/bevestiging";
        // Flevoland cannot agree with itself; Overijssel confirms.
        pledge(Tokens.provincie("PV24")).post(pad).then().statusCode(403);
        pledge(Tokens.provincie("PV23")).post(pad).then().statusCode(200).body("status", equalTo("BEVESTIGD"));

        String regel = ".doelgroepen.find { it.doelgroep == 'ASIEL' }.";
        JsonPath overijssel = pledge(null).queryParam("cyclus", CYCLUS).get("/api/v1/provincies/PV23/overzicht").then()
                .statusCode(200).extract().jsonPath();
        assertThat(overijssel.getInt("gemeenten.find { it.gemeentecode == '" + kampen + "' }" + regel + "verrekend"))
                .isEqualTo(200);
        assertThat(overijssel.getInt("doelgroepen.find { it.doelgroep == 'ASIEL' }.verrekend")).isEqualTo(200);
        JsonPath flevoland = pledge(null).queryParam("cyclus", CYCLUS).get("/api/v1/provincies/PV24/overzicht").then()
                .statusCode(200).extract().jsonPath();
        assertThat(flevoland.getInt("gemeenten.find { it.gemeentecode == '" + dronten + "' }" + regel + "verrekend"))
                .isEqualTo(-200);
        assertThat(flevoland.getInt("doelgroepen.find { it.doelgroep == 'ASIEL' }.verrekend")).isEqualTo(-200);
    }

    /** 5. The minister drafts the decision: designations only in Groningen, where the shortfall is; then issues it. */
    private void ministerNeemtVerdeelbesluit() {
        pledge(Tokens.provincie(GRONINGEN)).body(Map.of("cyclus", CYCLUS)).post("/api/v1/verdeelbesluiten").then()
                .statusCode(403);
        // The operator's receiver refuses the decision once: the retry must carry the same webhook-id.
        beheer.weigerEenmaal(BESLUIT);

        JsonPath concept = pledge(Tokens.minister()).body(Map.of("cyclus", CYCLUS)).post("/api/v1/verdeelbesluiten").then()
                .statusCode(201).header("ETag", "\"0\"").extract().jsonPath();
        assertThat(concept.getString("status")).isEqualTo("CONCEPT");
        assertThat(concept.getString("regel")).isEqualTo("TEKORT_NAAR_RATO_BIJ_ACHTERBLIJVENDE_GEMEENTEN");
        assertThat(concept.getList("provincies.provinciecode", String.class)).containsExactlyElementsOf(PROVINCIES);
        assertThat(concept.getList("provincies.grondslag", String.class)).containsOnly("PLAN");
        for (String provincie : PROVINCIES) {
            String p = "provincies.find { it.provinciecode == '" + provincie + "' }.";
            boolean b = provincie.equals(GRONINGEN);
            assertThat(concept.getInt(p + "tekort")).as(provincie).isEqualTo(b ? tekortGroningen : 0);
            assertThat(concept.getInt(p + "amvTekort")).as(provincie).isEqualTo(b ? amvTekortGroningen : 0);
            assertThat(concept.getInt(p + "aangewezen")).as(provincie).isEqualTo(b ? tekortGroningen : 0);
            assertThat(concept.getInt(p + "amvAangewezen")).as(provincie).isEqualTo(b ? amvTekortGroningen : 0);
        }

        // Only Groningen's laggards, every one of them, in proportion to what each lacks.
        List<Map<String, Object>> aanwijzingen = concept.getList("aanwijzingen");
        assertThat(aanwijzingen).extracting(a -> a.get("provinciecode")).containsOnly(GRONINGEN);
        assertThat(aanwijzingen).extracting(a -> (String) a.get("gemeentecode"))
                .containsExactlyElementsOf(achterblijversGroningen);
        assertThat(aanwijzingen).extracting(a -> a.get("status")).containsOnly("VOORGESTELD");
        int somAchterstand = achterblijversGroningen.stream().mapToInt(achterstandGroningen::get).sum();
        for (Map<String, Object> a : aanwijzingen) {
            String code = (String) a.get("gemeentecode");
            long plaatsen = (Integer) a.get("aantalPlaatsen");
            long exactTeller = (long) tekortGroningen * achterstandGroningen.get(code);
            // floor or ceiling of shortfall × lack / total lack (largest remainder)
            assertThat(plaatsen * somAchterstand).as(code).isBetween(exactTeller - somAchterstand + 1,
                    exactTeller + somAchterstand - 1);
            assertThat(plaatsen).as(code).isLessThanOrEqualTo(achterstandGroningen.get(code));
            // Nobody pledged AMV places for them, and they lack exactly the province's AMV shortfall together.
            assertThat(a.get("aantalAmv")).as(code).isEqualTo(amvAchterstandGroningen.get(code));
        }
        assertThat(aanwijzingen.stream().mapToInt(a -> (Integer) a.get("aantalPlaatsen")).sum()).isEqualTo(tekortGroningen);
        assertThat(aanwijzingen.stream().mapToInt(a -> (Integer) a.get("aantalAmv")).sum()).isEqualTo(amvTekortGroningen);
        System.out.printf("Aanwijzingen: %s%n", aanwijzingen.stream().map(a -> a.get("gemeentecode") + "="
                + a.get("aantalPlaatsen") + "/" + a.get("aantalAmv")).toList());

        JsonPath genomen = pledge(Tokens.minister()).header("If-Match", "\"0\"")
                .body(Map.of("besluitdatum", BESLUITDATUM.toString()))
                .post("/api/v1/verdeelbesluiten/" + concept.getString("id") + "/vaststelling").then().statusCode(200)
                .header("ETag", "\"1\"").extract().jsonPath();
        assertThat(genomen.getString("status")).isEqualTo("GENOMEN");
        assertThat(genomen.getString("besluitdatum")).isEqualTo(BESLUITDATUM.toString());
        assertThat(genomen.getString("realisatieUiterlijk")).isEqualTo(REALISATIE_UITERLIJK.toString());
        assertThat(genomen.getString("genomenDoor")).isEqualTo(MINISTER);
        assertThat(genomen.getList("aanwijzingen.status", String.class)).containsOnly("AANGEWEZEN");
        String mg = "aanwijzingen.find { it.gemeentecode == '" + MIDDEN_GRONINGEN + "' }.";
        aanwijzing = genomen.getString(mg + "id");
        aangewezenPlaatsen = genomen.getInt(mg + "aantalPlaatsen");

        // A decision taken is final: no more plans.
        pledge(Tokens.provincie(GRONINGEN)).body(Map.of("cyclus", CYCLUS, "provinciecode", GRONINGEN))
                .post("/api/v1/provinciale-plannen").then().statusCode(409);

        await("realisatietermijn in de kalender").atMost(EVEN).untilAsserted(() -> {
            JsonPath termijnen = termijnen(MIDDEN_GRONINGEN);
            assertThat(termijnen.getString("resultaten.find { it.soort == 'REALISATIE' }.vervaldatum"))
                    .isEqualTo(REALISATIE_UITERLIJK.toString());
            assertThat(termijnen.getBoolean("resultaten.find { it.soort == 'VERDEELBESLUIT' }.afgerond")).isTrue();
        });
        await("aanwijzing bij de gemeente").atMost(EVEN).until(() -> gemeente.notificaties(AANGEWEZEN).size() == 1);
        Notificatie aangewezen = gemeente.notificaties(AANGEWEZEN).get(0);
        assertThat(aangewezen.data().path("aanwijzingId").asText()).isEqualTo(aanwijzing);
        assertThat(aangewezen.data().path("aantalPlaatsen").asInt()).isEqualTo(aangewezenPlaatsen);
        assertThat(aangewezen.data().path("realisatieUiterlijk").asText()).isEqualTo(REALISATIE_UITERLIJK.toString());
    }

    /** 6. Midden-Groningen realises half of its designation; then its deadline is found to have passed. */
    private void gemeenteRealiseertDeelEnMistTermijn() throws Exception {
        gerealiseerd = aangewezenPlaatsen / 2;
        Map<String, Object> melding = new LinkedHashMap<>();
        melding.put("cyclus", CYCLUS);
        melding.put("gemeentecode", MIDDEN_GRONINGEN);
        melding.put("locatie", "Hoogezand, Gorecht-Oost");
        melding.put("doelgroep", "ASIEL");
        melding.put("aantalGerealiseerd", gerealiseerd);
        melding.put("duurzaam", true);
        melding.put("aanwijzingId", aanwijzing);
        pledge(Tokens.gemeente("GM0014")).body(melding).post("/api/v1/realisaties").then().statusCode(403);
        pledge(Tokens.gemeente(MIDDEN_GRONINGEN)).body(melding).post("/api/v1/realisaties").then().statusCode(201)
                .body("aantalGerealiseerd", equalTo(gerealiseerd)).body("provinciecode", equalTo(GRONINGEN))
                .body("gemeldDoor", equalTo("asielopvang@" + MIDDEN_GRONINGEN.toLowerCase() + ".example"));
        pledge(null).get("/api/v1/aanwijzingen/" + aanwijzing).then().statusCode(200)
                .body("status", equalTo("AANGEWEZEN")).body("aantalGerealiseerd", equalTo(gerealiseerd))
                .body("termijnVerstrekenOp", nullValue());
        await("realisatie bij de gemeente").atMost(EVEN).until(() -> gemeente.notificaties(REALISATIE).size() == 1);

        // The watcher starts looking (every second now), with the clock moved past the deadline, and finds it passed.
        stack.herstart(PLEDGE, Map.of("PLEDGE_TERMIJNBEWAKING_INTERVAL", "1s",
                "SPREIDING_CLOCK_OFFSET", NA_DE_TERMIJN.toString()));
        await("termijn verstreken").atMost(EVEN).untilAsserted(() -> pledge(null).get("/api/v1/aanwijzingen/" + aanwijzing)
                .then().statusCode(200).body("status", equalTo("TERMIJN_VERSTREKEN"))
                .body("termijnVerstrekenOp", notNullValue()));
        await("alle aanwijzingen verstreken").atMost(EVEN).until(() -> pledge(null).queryParam("cyclus", CYCLUS)
                .queryParam("status", "TERMIJN_VERSTREKEN").get("/api/v1/aanwijzingen").then().extract().jsonPath()
                .getInt("totaal") == achterblijversGroningen.size());
        await("termijn verstreken bij de gemeente").atMost(EVEN).until(() -> gemeente.notificaties(VERSTREKEN).size() == 1);
        Notificatie verstreken = gemeente.notificaties(VERSTREKEN).get(0);
        assertThat(verstreken.data().path("aanwijzingId").asText()).isEqualTo(aanwijzing);
        assertThat(verstreken.data().path("aantalPlaatsen").asInt()).isEqualTo(aangewezenPlaatsen);
        assertThat(verstreken.data().path("aantalGerealiseerd").asInt()).isEqualTo(gerealiseerd);
        assertThat(verstreken.data().path("realisatieUiterlijk").asText()).isEqualTo(REALISATIE_UITERLIJK.toString());
    }

    /** 7. The minister steps in for the municipality, once. */
    private void ministerTreedtInDePlaats() {
        String pad = "/api/v1/aanwijzingen/" + aanwijzing + "/indeplaatsstelling";
        Map<String, String> verzoek = Map.of("toelichting", "Realisatietermijn verstreken; de helft gerealiseerd");
        pledge(Tokens.gemeente(MIDDEN_GRONINGEN)).body(verzoek).post(pad).then().statusCode(403);
        pledge(Tokens.minister()).body(verzoek).post(pad).then().statusCode(200)
                .body("status", equalTo("INDEPLAATSSTELLING")).body("indeplaatsstellingDoor", equalTo(MINISTER))
                .body("aantalGerealiseerd", equalTo(gerealiseerd));
        pledge(Tokens.minister()).body(verzoek).post(pad).then().statusCode(409);
        pledge(null).queryParam("cyclus", CYCLUS).queryParam("status", "INDEPLAATSSTELLING").get("/api/v1/aanwijzingen")
                .then().statusCode(200).body("totaal", equalTo(1)).body("resultaten[0].id", equalTo(aanwijzing));
        await("indeplaatsstelling bij de gemeente").atMost(EVEN)
                .until(() -> gemeente.notificaties(INDEPLAATSSTELLING).size() == 1);
        assertThat(gemeente.notificaties(INDEPLAATSSTELLING).get(0).data().path("door").asText()).isEqualTo(MINISTER);
    }

    /**
     * 7a. After the realisation term, Westerwolde (Ter Apel) has 1,900 durable places above its task: at the EUR 2,000
     * per place a ministry spokesperson confirmed, EUR 3,800,000 on application; it applies, the minister grants.
     */
    private void westerwoldeKrijgtUitkeringVoorPlaatsenBovenOpgave() {
        String westerwolde = "GM1950";
        int opgave = gemeenteOpgaven.get(GRONINGEN).stream().filter(o -> o.code().equals(westerwolde)).findFirst()
                .orElseThrow().opgave();
        pledge(Tokens.minister()).body(Map.of("cyclus", CYCLUS, "aanvraagUiterlijk", VOLGENDE_CYCLUS.minusDays(1).toString(),
                "bron", "Regeling specifieke uitkeringen (Stcrt. 2024, 3349): aanvragen vóór de volgende cyclus",
                "treden", List.of(Map.of("grondslag", "BOVEN_OPGAVE", "bedragPerPlaatsCent", 200_000, "wijze", "OP_AANVRAAG",
                        "zekerheid", "GEMELD", "bron", "Woordvoerder ministerie (RTV Noord, januari 2024)"))))
                .post("/api/v1/uitkeringsregelingen").then().statusCode(201).body("versie", equalTo(1));
        pledge(Tokens.gemeente(westerwolde)).body(Map.of("cyclus", CYCLUS, "gemeentecode", westerwolde,
                "locatie", "Ter Apel, aanmeldcentrum", "doelgroep", "ASIEL", "aantalGerealiseerd", opgave + 1_900,
                "duurzaam", true)).post("/api/v1/realisaties").then().statusCode(201);
        pledge(Tokens.gemeente(westerwolde)).body(Map.of("cyclus", CYCLUS)).post("/api/v1/uitkeringsrechten/berekening")
                .then().statusCode(403);
        JsonPath overzicht = pledge(Tokens.minister()).body(Map.of("cyclus", CYCLUS))
                .post("/api/v1/uitkeringsrechten/berekening").then().statusCode(200).extract().jsonPath();
        String w = "gemeenten.find { it.gemeentecode == '" + westerwolde + "' }.";
        assertThat(overzicht.getLong(w + "opAanvraagCent")).isEqualTo(380_000_000L);
        assertThat(overzicht.getString(w + "toelichting")).contains("1.900 plaatsen × € 2.000,00 = € 3.800.000,00");
        String id = overzicht.getString(w + "id");
        Map<String, String> aanvraag = Map.of("beschikbaarVanaf", BESLUITDATUM.toString());
        pledge(Tokens.gemeente(MIDDEN_GRONINGEN)).body(aanvraag).post("/api/v1/uitkeringsrechten/" + id + "/aanvraag")
                .then().statusCode(403);
        pledge(Tokens.gemeente(westerwolde)).body(aanvraag).post("/api/v1/uitkeringsrechten/" + id + "/aanvraag").then()
                .statusCode(200).body("status", equalTo("AANGEVRAAGD"));
        pledge(Tokens.minister()).body(Map.of("besluit", "TOEGEKEND", "reden", "Duurzame plaatsen boven de opgave"))
                .post("/api/v1/uitkeringsrechten/" + id + "/besluit").then().statusCode(200)
                .body("status", equalTo("TOEGEKEND")).body("toegekendCent", equalTo(380_000_000))
                .body("beslotenDoor", equalTo(MINISTER));
        String csv = given().baseUri(stack.url(PLEDGE)).accept("text/csv").queryParam("cyclus", CYCLUS).queryParam("provinciecode", GRONINGEN)
                .get("/api/v1/uitkeringsrechten").then().statusCode(200).extract().asString();
        assertThat(csv).contains(westerwolde).contains("PROVINCIE," + GRONINGEN);
    }

    /**
     * 7b. Groningen (the city) declares October 2022 of Ukrainian reception: 100 occupied places a day until the 14th
     * at EUR 100, 110 a day from the 15th at EUR 83: 1,400 × 10,000 + 1,870 × 8,300 = 29,521,000 cents.
     */
    private void gemeenteDeclareertMaandOekraineOpvang() {
        List<Integer> dagen = new ArrayList<>();
        for (int dag = 1; dag <= 31; dag++) {
            dagen.add(dag <= 14 ? 100 : 110);
        }
        Map<String, Object> melding = Map.of("gemeentecode", "GM0014", "locatie", "Groningen, Kompaszalen",
                "maand", "2022-10", "capaciteit", 120, "bezettingPerDag", dagen);
        pledge(Tokens.gemeente(MIDDEN_GRONINGEN)).body(melding).post("/api/v1/oekraine-opvang/meldingen").then()
                .statusCode(403);
        pledge(Tokens.gemeente("GM0014")).body(melding).post("/api/v1/oekraine-opvang/meldingen").then().statusCode(201)
                .body("bezettePlaatsdagen", equalTo(3_270));
        pledge(null).get("/api/v1/oekraine-opvang/declaraties/GM0014/2022-10").then().statusCode(200)
                .body("bedragCent", equalTo(29_521_000)).body("regels.size()", equalTo(2))
                .body("regels[0].bedragPerDagCent", equalTo(10_000)).body("regels[1].bedragPerDagCent", equalTo(8_300));
    }

    /** 7c. COA counts the derdelanders Groningen still houses; only Groningen (and COA, its province) may see them. */
    private void coaMeldtDerdelanders() {
        pledge(Tokens.coa()).body(Map.of("gemeentecode", "GM0014", "peildatum", "2024-03-05", "nogOverTePlaatsen", 12,
                "naam", "niet toegestaan")).post("/api/v1/derdelanders/tellingen").then().statusCode(400);
        pledge(Tokens.coa()).body(Map.of("gemeentecode", "GM0014", "peildatum", "2024-03-05", "nogOverTePlaatsen", 12))
                .post("/api/v1/derdelanders/tellingen").then().statusCode(201);
        pledge(Tokens.coa()).body(Map.of("gemeentecode", "GM0014", "peildatum", "2024-04-01", "nogOverTePlaatsen", 5))
                .post("/api/v1/derdelanders/tellingen").then().statusCode(201);
        pledge(Tokens.gemeente(MIDDEN_GRONINGEN)).get("/api/v1/derdelanders/GM0014").then().statusCode(403);
        pledge(Tokens.gemeente("GM0014")).queryParam("tot", "2024-04-30").get("/api/v1/derdelanders/GM0014").then()
                .statusCode(200).body("tellingen.size()", equalTo(2)).body("plaatsdagen", equalTo(474));
    }

    /**
     * 8. What each subscriber got, after deduplication on webhook-id: exactly the events it asked for (none missing,
     * none twice), every signature valid, and per aggregate in the order the states followed each other.
     */
    private void elkeAbonneeKreegPreciesWatHijVroeg() {
        // Published events are the truth: the operator asked for everything, so it must get every one of them.
        await("alles bij de beheerder").atMost(EVEN).until(() -> beheer.notificaties(INDEPLAATSSTELLING).size() == 1
                && !beheer.heeftNogTeWeigeren() && beheer.notificaties(BESLUIT).size() == 1);
        List<Gebeurtenis> gepubliceerd = Stream.of("spreiding.allocation.v1", "spreiding.pledge.v1")
                .flatMap(t -> Gebeurtenissen.alleVan(stack.kafkaBootstrapServers(), t).stream()).toList();
        Map<String, Gebeurtenis> perId = gepubliceerd.stream()
                .collect(Collectors.toMap(Gebeurtenis::id, Function.identity()));
        Set<String> gepubliceerdeIds = perId.keySet();
        await("elke gebeurtenis bij de beheerder").atMost(EVEN).untilAsserted(() -> assertThat(beheer.notificaties())
                .extracting(Notificatie::id).containsAll(gepubliceerdeIds));

        for (WebhookOntvanger o : List.of(regietafel, gemeente, beheer)) {
            o.verifieerHandtekeningen();
            assertThat(o.notificaties()).as(o.naam() + ": one delivery per event").extracting(Notificatie::id)
                    .doesNotHaveDuplicates();
            // A retry is the same message: same webhook-id, same bytes.
            o.verzoeken().stream().collect(Collectors.groupingBy(WebhookOntvanger.Verzoek::webhookId)).forEach(
                    (id, vs) -> assertThat(vs).extracting(WebhookOntvanger.Verzoek::body).as(id).containsOnly(vs.get(0).body()));
        }
        assertThat(beheer.verzoeken()).filteredOn(v -> v.body().contains("\"type\":\"" + BESLUIT + "\""))
                .as("refused once, then retried").hasSize(2).extracting(WebhookOntvanger.Verzoek::webhookId)
                .containsOnly(beheer.notificaties(BESLUIT).get(0).webhookId());

        // The operator: its test delivery, every published event, and the twelve reminders. Nothing else.
        assertThat(beheer.notificaties()).filteredOn(n -> !n.type().equals(VERIFICATIE) && !n.type().equals(HERINNERING))
                .extracting(Notificatie::id).containsExactlyInAnyOrderElementsOf(gepubliceerdeIds);
        assertThat(beheer.notificaties()).extracting(Notificatie::type).filteredOn(t -> t.equals(VERIFICATIE)).hasSize(1);
        assertThat(beheer.notificaties(HERINNERING)).hasSize(PROVINCIES.size());
        assertThat(beheer.notificaties()).hasSize(1 + gepubliceerdeIds.size() + PROVINCIES.size());

        // Noord-Holland's regietafel: what concerns everyone (the decision too: it fixes every province's task, even
        // where it designates only in Groningen), and what concerns Noord-Holland.
        await("besluit bij de regietafel").atMost(EVEN).until(() -> regietafel.notificaties(BESLUIT).size() == 1);
        assertThat(regietafel.notificaties()).extracting(Notificatie::type).containsExactlyInAnyOrder(VERIFICATIE,
                CYCLUS_GEOPEND, RAMING, VERDELING, HERINNERING, PLAN, BESLUIT);
        assertThat(regietafel.notificaties(PLAN).get(0).data().path("provinciecode").asText()).isEqualTo(NOORD_HOLLAND);
        // Midden-Groningen: the distribution, Groningen's plan (which names it as lagging), the decision and its own
        // designation's story. No reminder: its deadline had passed before it was set.
        assertThat(gemeente.notificaties()).extracting(Notificatie::type).containsExactlyInAnyOrder(VERIFICATIE,
                VERDELING, PLAN, BESLUIT, AANGEWEZEN, REALISATIE, VERSTREKEN, INDEPLAATSSTELLING);
        assertThat(gemeente.notificaties(PLAN).get(0).data().path("provinciecode").asText()).isEqualTo(GRONINGEN);

        // Order per aggregate (the record key, or a reminder's subject). Deliveries go out in parallel, so a receiver
        // orders by the CloudEvent's time; that order must be the order in which the states followed each other.
        String cyclus = CYCLUS;
        String asiel = CYCLUS + "/ASIEL";
        String nh = CYCLUS + "/" + NOORD_HOLLAND;
        String gr = CYCLUS + "/" + GRONINGEN;
        String mg = CYCLUS + "/" + MIDDEN_GRONINGEN;
        Map<String, List<String>> perAggregaat = perAggregaat(beheer, perId);
        assertThat(perAggregaat.get(cyclus)).containsExactly(CYCLUS_GEOPEND, RAMING, BESLUIT);
        assertThat(perAggregaat.get(asiel)).containsExactly(VERDELING);
        assertThat(perAggregaat.get(nh)).containsExactly(HERINNERING, PLAN);
        assertThat(perAggregaat.get(gr)).containsExactly(HERINNERING, PLAN, TEKORT);
        assertThat(perAggregaat.get(mg)).containsExactly(TOEZEGGING, AANGEWEZEN, REALISATIE, VERSTREKEN, INDEPLAATSSTELLING);
        assertThat(perAggregaat(regietafel, perId)).containsExactlyInAnyOrderEntriesOf(Map.of(
                cyclus, List.of(CYCLUS_GEOPEND, RAMING, BESLUIT), asiel, List.of(VERDELING), nh, List.of(HERINNERING, PLAN)));
        assertThat(perAggregaat(gemeente, perId)).containsExactlyInAnyOrderEntriesOf(Map.of(
                cyclus, List.of(BESLUIT), asiel, List.of(VERDELING), gr, List.of(PLAN),
                mg, List.of(AANGEWEZEN, REALISATIE, VERSTREKEN, INDEPLAATSSTELLING)));
        // And for every key of every topic (a cycle is a key on both): the time order is the order on the topic.
        Function<Gebeurtenis, String> topicEnSleutel = g -> g.topic() + " " + g.sleutel();
        Map<String, List<String>> opTopic = gepubliceerd.stream().collect(Collectors.groupingBy(topicEnSleutel,
                TreeMap::new, Collectors.mapping(Gebeurtenis::id, Collectors.toList())));
        Map<String, List<String>> opTijd = beheer.notificaties().stream().filter(n -> perId.containsKey(n.id()))
                .sorted(Comparator.comparing(Notificatie::tijd)).collect(Collectors.groupingBy(
                        n -> topicEnSleutel.apply(perId.get(n.id())), TreeMap::new,
                        Collectors.mapping(Notificatie::id, Collectors.toList())));
        assertThat(opTijd).isEqualTo(opTopic);
        System.out.printf("Webhooks: beheerder %d (%d verzoeken), regietafel %d, gemeente %d; gepubliceerd %d%n",
                beheer.notificaties().size(), beheer.verzoeken().size(), regietafel.notificaties().size(),
                gemeente.notificaties().size(), gepubliceerdeIds.size());
    }

    /** Per aggregate, the types a subscriber received, ordered by the CloudEvent's time; test deliveries left out. */
    private static Map<String, List<String>> perAggregaat(WebhookOntvanger ontvanger, Map<String, Gebeurtenis> perId) {
        return ontvanger.notificaties().stream().filter(n -> !n.type().equals(VERIFICATIE))
                .sorted(Comparator.comparing(Notificatie::tijd))
                .collect(Collectors.groupingBy(n -> perId.containsKey(n.id()) ? perId.get(n.id()).sleutel() : n.subject(),
                        TreeMap::new, Collectors.mapping(Notificatie::type, Collectors.toList())));
    }

    private void zegToe(String provincie, Opgave gemeente, int plaatsen, int amv) {
        pledge(Tokens.provincie(provincie)).body(toezegging(gemeente, plaatsen, amv)).post("/api/v1/toezeggingen").then()
                .statusCode(201).header("ETag", "\"0\"")
                .body("provinciecode", equalTo(provincie)).body("gemeentecode", equalTo(gemeente.code()))
                .body("aantalPlaatsen", equalTo(plaatsen)).body("status", equalTo("GEPLAND")).body("teltVoorOpgave", equalTo(true));
    }

    private static Map<String, Object> toezegging(Opgave gemeente, int plaatsen, int amv) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("cyclus", CYCLUS);
        t.put("gemeentecode", gemeente.code());
        t.put("locatie", gemeente.naam() + ", opvanglocatie");
        t.put("doelgroep", "ASIEL");
        t.put("aantalPlaatsen", plaatsen);
        t.put("aantalAmv", amv);
        t.put("duurzaam", true);
        t.put("beschikbaarVanaf", VANDAAG.plusMonths(3).toString());
        t.put("beschikbaarTot", VANDAAG.plusMonths(3).plusYears(10).toString());
        return t;
    }

    private JsonPath dienIn(String provincie) {
        JsonPath plan = pledge(Tokens.provincie(provincie)).body(Map.of("cyclus", CYCLUS, "provinciecode", provincie))
                .post("/api/v1/provinciale-plannen").then().statusCode(201).extract().jsonPath();
        assertThat(plan.getString("status")).isEqualTo("INGEDIEND");
        assertThat(plan.getInt("planversie")).isEqualTo(1);
        assertThat(plan.getInt("opgave")).isEqualTo(provincieOpgaven.get(provincie).opgave());
        assertThat(plan.getString("ingediendDoor")).isEqualTo("regietafel@" + provincie.toLowerCase() + ".example");
        return plan;
    }

    /** The deadlines of the cycle, of one organisation (and those for everyone) or all. */
    private static JsonPath termijnen(String organisatie) {
        RequestSpecification verzoek = given().baseUri(stack.url(NOTIFICATION)).accept(ContentType.JSON)
                .queryParam("cyclus", CYCLUS).queryParam("paginaGrootte", 100);
        if (organisatie != null) {
            verzoek.queryParam("organisatie", organisatie);
        }
        return verzoek.get("/api/v1/termijnen").then().statusCode(200).extract().jsonPath();
    }

    /**
     * 9. One trace runs from the minister's distribution request to the webhook: allocation's request and its
     * publication on Kafka, pledge-service's and notification-service's consumption of the event, and the delivery to
     * Noord-Holland's regietafel, whose webhook carries the trace as {@code traceparent}.
     */
    private void eenSpoorVanDeVerdelingTotDeWebhook() {
        Map<String, Spoorstuk> stukken = await("het spoor van de verdeling").atMost(EVEN).until(() -> {
            Map<String, Spoorstuk> gevonden = new LinkedHashMap<>();
            for (Spoorstuk s : sporen.spoor(SPOOR)) {
                gevonden.putIfAbsent(s.dienst() + " " + s.soort() + " " + s.naam(), s);
            }
            return gevonden;
        }, m -> m.keySet().containsAll(List.of(
                "allocation-service SPAN_KIND_SERVER POST /api/v1/verdelingen",
                "allocation-service SPAN_KIND_PRODUCER publiceer " + VERDELING,
                "pledge-service SPAN_KIND_CONSUMER verwerk " + VERDELING,
                "notification-service SPAN_KIND_CONSUMER verwerk " + VERDELING,
                "notification-service SPAN_KIND_INTERNAL aflevering " + VERDELING,
                "notification-service SPAN_KIND_CLIENT POST")));

        Spoorstuk aanvraag = stukken.get("allocation-service SPAN_KIND_SERVER POST /api/v1/verdelingen");
        Spoorstuk publicatie = stukken.get("allocation-service SPAN_KIND_PRODUCER publiceer " + VERDELING);
        assertThat(aanvraag.parentSpanId()).as("the server span continues the caller's").isEqualTo(AANVRAAG_SPAN);
        assertThat(stukken.get("pledge-service SPAN_KIND_CONSUMER verwerk " + VERDELING).parentSpanId())
                .isEqualTo(publicatie.spanId());
        assertThat(stukken.get("notification-service SPAN_KIND_CONSUMER verwerk " + VERDELING).parentSpanId())
                .isEqualTo(publicatie.spanId());
        assertThat(regietafel.notificaties(VERDELING)).singleElement()
                .satisfies(n -> assertThat(n.verzoek().header("traceparent")).startsWith("00-" + SPOOR + "-"));
    }

    /**
     * 10. The minister adopts a published table as a distribution, in a SECOND cycle so that the story's numbers stay;
     * it flows to pledge-service and notification-service like a calculated one, and reconciles with the story's
     * calculated distribution. The table is SYNTHETIC (not the real Stcrt. 2024, 3320): 280 places for each
     * municipality, one more for the first 242 in code order, 96,002 in all like the real table's sum; AMV 23 each.
     */
    private void gepubliceerdeTabelWordtVastgesteld() {
        String cyclus = (VANDAAG.getYear() + 2) + "-" + (VANDAAG.getYear() + 4);
        // Deadlines far enough ahead that no reminder falls due while the test runs.
        Map<String, Object> termijnen = new LinkedHashMap<>();
        termijnen.put("raming", VANDAAG.toString());
        termijnen.put("provinciaalPlan", VANDAAG.plusDays(100).toString());
        termijnen.put("verdeelbesluit", VANDAAG.plusDays(130).toString());
        termijnen.put("realisatieMaanden", REALISATIE_MAANDEN);
        termijnen.put("volgendeCyclus", LocalDate.of(VANDAAG.getYear() + 4, 2, 1).toString());
        allocatie(Tokens.minister()).body(Map.of("cyclus", cyclus, "referentiejaar", 2024, "termijnen", termijnen))
                .post("/api/v1/cycli").then().statusCode(201);
        allocatie(Tokens.minister()).body(Map.of("cyclus", cyclus, "totaalPlaatsen", TOTAAL, "amvPlaatsen", AMV))
                .post("/api/v1/capaciteitsramingen").then().statusCode(201);

        List<String> codes = allocatie(null).queryParam("paginaGrootte", 500).get("/api/v1/referentiejaren/2024/gemeenten")
                .then().statusCode(200).extract().jsonPath().getList("resultaten.gemeentecode", String.class)
                .stream().sorted().toList();
        assertThat(codes).hasSize(GEMEENTEN);
        StringBuilder tabel = new StringBuilder("\uFEFFgemeentecode;opgave;amv\r\n");
        for (int i = 0; i < codes.size(); i++) {
            tabel.append(codes.get(i)).append(';').append(i < 242 ? 281 : 280).append(";23\r\n");
        }
        String publicatie = "Stcrt. 2024, 3320 (synthetisch)";
        JsonPath vastgesteld = given().baseUri(stack.url(ALLOCATION)).header("Authorization", "Bearer " + Tokens.minister())
                .contentType("text/csv; charset=UTF-8").accept(ContentType.JSON)
                .queryParam("cyclus", cyclus).queryParam("publicatie", publicatie).queryParam("publicatiedatum", "2024-01-31")
                .queryParam("url", "https://zoek.officielebekendmakingen.nl/stcrt-2024-3320.html")
                .body(tabel.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/verdelingen/gepubliceerde-tabellen").then().statusCode(201).extract().jsonPath();
        String tabelId = vastgesteld.getString("id");
        assertThat(vastgesteld.getString("sleutel.code")).isEqualTo("GEPUBLICEERDE_TABEL");
        assertThat(vastgesteld.getInt("totaal")).isEqualTo(TOTAAL);
        assertThat(vastgesteld.getLong("somOpgaven")).isEqualTo(96_002);
        assertThat(vastgesteld.getString("bron.publicatie")).isEqualTo(publicatie);

        // pledge-service: the tasks of the second cycle are the table's numbers, 96,002 as published.
        await("taken van de tabel in pledge-service").atMost(EVEN).until(() -> pledge(null).queryParam("cyclus", cyclus)
                .queryParam("paginaGrootte", 1).get("/api/v1/opgaven").then().extract().jsonPath()
                .getInt("totaal") == GEMEENTEN + PROVINCIES.size());
        List<Map<String, Object>> opgaven = pledge(null).queryParam("cyclus", cyclus).queryParam("paginaGrootte", 500)
                .get("/api/v1/opgaven").then().statusCode(200).extract().jsonPath().getList("resultaten");
        assertThat(opgaven.stream().filter(m -> "PROVINCIE".equals(m.get("niveau")))
                .mapToInt(m -> (Integer) m.get("opgave")).sum()).isEqualTo(96_002);
        assertThat(opgaven).filteredOn(m -> codes.get(0).equals(m.get("code"))).singleElement()
                .satisfies(m -> assertThat(m.get("opgave")).isEqualTo(281));
        pledge(null).get("/api/v1/cycli/" + cyclus).then().statusCode(200)
                .body("verdelingen[0].verdelingId", equalTo(tabelId));

        // notification-service: the calendar of the second cycle, and the distribution's webhook with its source.
        await("termijnen van de tweede cyclus").atMost(EVEN).untilAsserted(() -> assertThat(given()
                .baseUri(stack.url(NOTIFICATION)).accept(ContentType.JSON).queryParam("cyclus", cyclus)
                .queryParam("paginaGrootte", 100).get("/api/v1/termijnen").then().statusCode(200).extract().jsonPath()
                .getInt("totaal")).isEqualTo(3 + PROVINCIES.size()));
        await("de tabel bij de abonnees").atMost(EVEN).until(() -> Stream.of(beheer, regietafel).allMatch(o -> o
                .notificaties(VERDELING).stream().anyMatch(n -> n.data().path("verdelingId").asText().equals(tabelId))));
        assertThat(beheer.notificaties(VERDELING)).filteredOn(n -> n.data().path("verdelingId").asText().equals(tabelId))
                .singleElement().satisfies(n -> {
                    assertThat(n.subject()).isEqualTo("verdelingen/" + tabelId);
                    assertThat(n.data().path("sleutel").path("code").asText()).isEqualTo("GEPUBLICEERDE_TABEL");
                    assertThat(n.data().path("bron").path("publicatie").asText()).isEqualTo(publicatie);
                });

        // Reconciled with the story's calculated distribution (A), in JSON and as CSV.
        JsonPath verschillen = allocatie(null).queryParam("met", verdelingId)
                .get("/api/v1/verdelingen/" + tabelId + "/verschillen").then().statusCode(200).extract().jsonPath();
        assertThat(verschillen.getString("a.code")).isEqualTo("INWONERS");
        assertThat(verschillen.getInt("samenvatting.aantalGemeenten")).isEqualTo(GEMEENTEN);
        assertThat(verschillen.getLong("samenvatting.somA")).isEqualTo(TOTAAL);
        assertThat(verschillen.getLong("samenvatting.somB")).isEqualTo(96_002);
        assertThat(verschillen.getList("samenvatting.grootsteVerschillen")).hasSize(10);
        System.out.printf("Tabel tegen INWONERS: %d exact gelijk, MAPE %s%%, grootste verschil %s%n",
                verschillen.getInt("samenvatting.exacteOvereenkomsten"),
                verschillen.getString("samenvatting.gemiddeldeAbsoluteProcentueleAfwijking"),
                verschillen.getString("samenvatting.grootsteVerschillen[0].gemeentecode"));
        String csv = given().baseUri(stack.url(ALLOCATION)).accept("text/csv").queryParam("met", verdelingId)
                .queryParam("dialect", "spreadsheet-nl").get("/api/v1/verdelingen/" + tabelId + "/verschillen").then()
                .statusCode(200).extract().asString();
        assertThat(csv).contains("\r\nNEDERLAND;NL;;;" + TOTAAL + ";96002;2;");
    }

    /**
     * 11. The letter's legal dates (issue 15) are in the calendar with their source, Midden-Groningen's agenda
     * included; a date the minister records reminds as a deadline does (the reminder pass runs every second), and a
     * date she supersedes stays, cancelled. The seeded dates lie in the past, so the date recorded here is relative to
     * today, as the cycle's deadlines are.
     */
    private void brievenDatumsStaanInDeKalender() {
        JsonPath datums = notificatie(null).queryParam("doelgroep", "GEMEENTEN").queryParam("paginaGrootte", 100)
                .get("/api/v1/wettelijke-datums").then().statusCode(200).extract().jsonPath();
        Map<String, String> geldend = new TreeMap<>();
        for (Map<String, Object> d : datums.<Map<String, Object>>getList("resultaten")) {
            if ("GELDEND".equals(d.get("status"))) {
                geldend.put((String) d.get("sleutel"), (String) d.get("datum"));
            }
        }
        assertThat(geldend).containsEntry("DERDELANDERS_BESCHERMING_EINDE", "2024-03-04")
                .containsEntry("DERDELANDERS_VERTREKTERMIJN", "2024-04-01")
                .containsEntry("COA_INSCHRIJVING_DERDELANDERS", "2024-03-05").containsEntry("RTB_EINDE", "2026-03-04");
        assertThat(datums.getList("resultaten.findAll { it.sleutel == 'RTB_EINDE' }.status", String.class))
                .containsExactly("VERVANGEN", "GELDEND");
        assertThat(datums.getString("resultaten.find { it.sleutel == 'DERDELANDERS_VERTREKTERMIJN' }.toelichting"))
                .contains("+ 28 dagen = 1 april 2024");

        String agenda = agendaVan(MIDDEN_GRONINGEN);
        assertThat(agenda).contains("DTSTART;VALUE=DATE:20240304", "DTSTART;VALUE=DATE:20240401",
                "CATEGORIES:Wettelijke datum", "van rechtswege eindigt op 4 maart 2024", "STATUS:CANCELLED");

        String wettelijk = T + "wettelijke-datum.vastgelegd";
        String herinnering = T + "wettelijke-datum.herinnering";
        LocalDate over7 = VANDAAG.plusDays(7);
        String id = notificatie(Tokens.minister()).body(Map.of("sleutel", "E2E_AANVRAAGTERMIJN", "datum", over7.toString(),
                "omschrijving", "Aanvraagtermijn (oefening)", "doelgroepen", List.of("GEMEENTEN"),
                "bron", "Oefening van de end-to-endtest", "brontekst", "De aanvraag wordt binnen zeven dagen ingediend."))
                .post("/api/v1/wettelijke-datums").then().statusCode(201).body("vastgelegdDoor", equalTo(MINISTER))
                .extract().path("id");
        await("wettelijke datum bij de beheerder").atMost(EVEN).until(() -> beheer.notificaties(wettelijk).size() == 1
                && beheer.notificaties(herinnering).size() == 1);
        assertThat(beheer.notificaties(wettelijk).get(0).data().path("wettelijkeDatumId").asText()).isEqualTo(id);
        assertThat(beheer.notificaties(herinnering)).singleElement().satisfies(n -> {
            assertThat(n.data().path("wettelijkeDatumId").asText()).isEqualTo(id);
            assertThat(n.data().path("dagenVooraf").asInt()).isEqualTo(7);
            assertThat(n.data().path("brontekst").asText()).isEqualTo("De aanvraag wordt binnen zeven dagen ingediend.");
        });

        // Extended by a week: a new date with its own source; the old one stays, cancelled, and reminds no more.
        String nieuw = notificatie(Tokens.minister()).body(Map.of("datum", VANDAAG.plusDays(14).toString(),
                "bron", "Oefening, verlenging", "brontekst", "De termijn wordt met een week verlengd."))
                .post("/api/v1/wettelijke-datums/" + id + "/vervangingen").then().statusCode(201)
                .body("vervangt", equalTo(id)).extract().path("id");
        await("herinnering van de vervangende datum").atMost(EVEN).until(() -> beheer.notificaties(herinnering).size() == 2);
        assertThat(beheer.notificaties(herinnering).get(1).data().path("wettelijkeDatumId").asText()).isEqualTo(nieuw);
        notificatie(null).get("/api/v1/wettelijke-datums/" + id).then().statusCode(200)
                .body("status", equalTo("VERVANGEN")).body("vervangenDoor", equalTo(nieuw));
        String verlengd = agendaVan(MIDDEN_GRONINGEN);
        String oud = verlengd.substring(verlengd.indexOf("UID:" + id));
        assertThat(oud.substring(0, oud.indexOf("END:VEVENT"))).contains("STATUS:CANCELLED");
        assertThat(verlengd).contains("UID:" + nieuw + "@spreiding.nl",
                "DTSTART;VALUE=DATE:" + VANDAAG.plusDays(14).format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    /** An organisation's whole agenda (every cycle and its group's legal dates), folded lines unfolded. */
    private static String agendaVan(String code) {
        return given().baseUri(stack.url(NOTIFICATION)).get("/api/v1/organisaties/" + code + "/termijnen.ics").then()
                .statusCode(200).contentType(startsWith("text/calendar")).extract().asString().replace("\r\n ", "");
    }

    private static RequestSpecification allocatie(String token) {
        return api(ALLOCATION, token);
    }

    private static RequestSpecification pledge(String token) {
        return api(PLEDGE, token);
    }

    private static RequestSpecification notificatie(String token) {
        return api(NOTIFICATION, token);
    }

    /** A request to one service as JSON; with a bearer token unless {@code token} is null (an anonymous read). */
    private static RequestSpecification api(Dienst dienst, String token) {
        RequestSpecification verzoek = given().baseUri(stack.url(dienst)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
        return token == null ? verzoek : verzoek.header("Authorization", "Bearer " + token);
    }
}
