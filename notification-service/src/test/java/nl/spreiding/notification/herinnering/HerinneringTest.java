package nl.spreiding.notification.herinnering;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.spreiding.local.token.Tokens;
import nl.spreiding.notification.gebeurtenissen.Gebeurtenistypen;
import nl.spreiding.notification.notificatie.NotificatieService;
import nl.spreiding.notification.support.Gebeurtenissen;
import nl.spreiding.notification.support.Ontvanger;
import nl.spreiding.notification.support.VerstelbareKlok;
import nl.spreiding.notification.termijn.Termijn;
import nl.spreiding.notification.termijn.TermijnKalender;

@QuarkusTest
class HerinneringTest {

    private static final String PLAN_INGEDIEND = "nl.spreiding.provinciaal-plan.ingediend";

    @Inject
    HerinneringPlanner planner;
    @Inject
    TermijnKalender kalender;
    @Inject
    EntityManager em;
    @Inject
    VerstelbareKlok klok;
    @Inject
    NotificatieService notificaties;

    @Test
    void tweeGelijktijdigePlannersSturenEenHerinneringDieDeOrganisatieBereiktDieNogMoetHandelen() throws Exception {
        String cyclus = Gebeurtenissen.cyclus();
        String gemeente = Gebeurtenissen.gemeente();
        LocalDate vandaag = LocalDate.now(klok.withZone(ZoneId.of("Europe/Amsterdam")));
        try (Ontvanger ontvanger = new Ontvanger()) {
            // The municipality subscribes for itself: a reminder reaches its recipient's own subscription.
            String geheim = given().auth().oauth2(Tokens.gemeente(gemeente)).contentType(ContentType.JSON)
                    .body(Map.of("callbackUrl", ontvanger.url("/herinnering"),
                    "soorten", List.of(Gebeurtenistypen.HERINNERING), "organisaties", List.of(gemeente)))
                    .post("/api/v1/abonnementen").then().statusCode(201).extract().path("geheim");
            QuarkusTransaction.requiringNew().run(() -> {
                kalender.zet(cyclus, Termijn.Soort.REALISATIE, gemeente, vandaag.plusDays(7), "Opvangplaatsen realiseren");
                // A province that submitted its plan: no plan reminders.
                kalender.zet(cyclus, Termijn.Soort.PROVINCIAAL_PLAN, "PV22", vandaag.plusDays(7), "Provinciaal plan indienen");
                kalender.rondAf(cyclus, Termijn.Soort.PROVINCIAAL_PLAN, "PV22", klok.instant());
            });
            UUID realisatie = TermijnKalender.idVan(cyclus, Termijn.Soort.REALISATIE, gemeente);
            UUID plan = TermijnKalender.idVan(cyclus, Termijn.Soort.PROVINCIAAL_PLAN, "PV22");

            // Two replicas' schedulers run the same pass at the same moment.
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Callable<Integer> pass = () -> {
                start.await();
                return planner.plan();
            };
            List<Future<Integer>> resultaten = pool.invokeAll(List.of(pass, pass));
            pool.shutdown();
            for (Future<Integer> r : resultaten) {
                r.get();
            }

            assertThat(herinneringen(realisatie)).containsExactly("D7");
            assertThat(herinneringen(plan)).isEmpty();
            // Later passes (a restart, another replica) do not fire it again.
            planner.plan();
            assertThat(herinneringen(realisatie)).containsExactly("D7");

            await().atMost(Duration.ofSeconds(30)).until(() -> ontvanger.van(Gebeurtenistypen.HERINNERING).size() == 1);
            Ontvanger.Verzoek verzoek = ontvanger.van(Gebeurtenistypen.HERINNERING).get(0);
            new Webhook(geheim).verify(verzoek.body(), verzoek.httpHeaders());
            JsonNode data = new ObjectMapper().readTree(verzoek.body()).path("data");
            assertThat(data.path("organisatie").asText()).isEqualTo(gemeente);
            assertThat(data.path("dagenVooraf").asInt()).isEqualTo(7);
            assertThat(data.path("termijnId").asText()).isEqualTo(realisatie.toString());

            // A day before the deadline the next reminder of the schedule fires, once.
            klok.verzet(Duration.ofDays(6));
            planner.plan();
            planner.plan();
            assertThat(herinneringen(realisatie)).containsExactlyInAnyOrder("D7", "D1");
            await().atMost(Duration.ofSeconds(30)).until(() -> ontvanger.van(Gebeurtenistypen.HERINNERING).size() == 2);
        }
    }

    @Test
    void eenHerinneringBereiktAlleenDeEigenAbonnementenVanDeOntvangerEnDieVanDeBeheerderTerwijlGebeurtenissenOpenbaarBlijven() throws Exception {
        String cyclus = Gebeurtenissen.cyclus();
        LocalDate vandaag = LocalDate.now(klok.withZone(ZoneId.of("Europe/Amsterdam")));
        try (Ontvanger ontvanger = new Ontvanger()) {
            // All three ask for everything about PV27; PV20 may follow PV27's published events, not its reminders.
            abonneerOpPv27(ontvanger, "/pv27", Tokens.provincie("PV27"));
            String ander = abonneerOpPv27(ontvanger, "/pv20", Tokens.provincie("PV20"));
            abonneerOpPv27(ontvanger, "/beheer", Tokens.beheerder());

            QuarkusTransaction.requiringNew().run(() -> {
                kalender.zet(cyclus, Termijn.Soort.PROVINCIAAL_PLAN, "PV27", vandaag.plusDays(14), "Provinciaal plan indienen");
                UUID plan = UUID.randomUUID();
                notificaties.publiceer(plan, "urn:nld:spreiding:pledge-service", plan.toString(), PLAN_INGEDIEND,
                        cyclus + "/PV27", klok.instant(), List.of("PV27"), Gebeurtenissen.data(PLAN_INGEDIEND, """
                                {"cyclus": "%s", "planId": "%s", "provinciecode": "PV27", "planversie": 1,
                                 "ingediendOp": "%s", "teLaat": false, "opgave": 5992, "bestaandePlaatsen": 2400,
                                 "toegezegd": 3600, "amvOpgave": 508, "amvToegezegd": 508, "dektOpgave": true,
                                 "tekort": 0, "amvTekort": 0, "verrekend": 0, "verrekeningen": [], "nietMeegeteld": 0,
                                 "gemeentenOnderOpgave": [], "vorigPlanId": null,
                                 "door": "regietafel@pv27.example"}""".formatted(cyclus, plan, klok.instant())));
            });
            planner.plan();
            UUID termijn = TermijnKalender.idVan(cyclus, Termijn.Soort.PROVINCIAAL_PLAN, "PV27");
            assertThat(herinneringen(termijn)).containsExactly("D14");

            await().atMost(Duration.ofSeconds(30)).until(() -> herinneringAan(ontvanger, "/pv27", termijn) == 1
                    && herinneringAan(ontvanger, "/beheer", termijn) == 1
                    && ontvanger.van(PLAN_INGEDIEND).stream().anyMatch(v -> v.pad().equals("/pv20")));
            // Deliveries are created with the notification, in one transaction: PV20's subscription got none.
            assertThat(herinneringAan(ontvanger, "/pv20", termijn)).isZero();
            given().auth().oauth2(Tokens.provincie("PV20")).get("/api/v1/abonnementen/{id}/afleveringen", ander).then()
                    .statusCode(200).body("resultaten.type", hasItem(PLAN_INGEDIEND))
                    .body("resultaten.type", not(hasItem(Gebeurtenistypen.HERINNERING)));
        }
    }

    private static String abonneerOpPv27(Ontvanger ontvanger, String pad, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", ontvanger.url(pad), "soorten", List.of(Gebeurtenistypen.HERINNERING, PLAN_INGEDIEND),
                        "organisaties", List.of("PV27")))
                .post("/api/v1/abonnementen").then().statusCode(201).extract().path("abonnement.id");
    }

    /** Reminders about this deadline that reached the receiver at this path. */
    private static long herinneringAan(Ontvanger ontvanger, String pad, UUID termijn) {
        return ontvanger.van(Gebeurtenistypen.HERINNERING).stream()
                .filter(v -> v.pad().equals(pad) && v.body().contains(termijn.toString())).count();
    }

    @SuppressWarnings("unchecked")
    private List<String> herinneringen(UUID termijn) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select soort from herinnering where termijn_id = :t").setParameter("t", termijn)
                .getResultList());
    }
}
