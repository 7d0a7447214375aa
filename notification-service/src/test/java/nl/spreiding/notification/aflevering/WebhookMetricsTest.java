package nl.spreiding.notification.aflevering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.spreiding.notification.support.Gebeurtenissen;
import nl.spreiding.notification.support.Ontvanger;
import nl.spreiding.notification.support.Ontvanger.Antwoord;
import nl.spreiding.notification.webhook.Ondertekening;

/** The webhook metrics change when deliveries happen (real receiver, Kafka and PostgreSQL; max-attempts 4 in tests). */
@QuarkusTest
class WebhookMetricsTest {

    private static final String TYPE = "nl.spreiding.realisatie.gemeld";

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;
    @Inject
    WebhookMetrics webhookMetrics;

    private Ontvanger ontvanger;

    @BeforeEach
    void start() throws Exception {
        ontvanger = new Ontvanger();
    }

    @AfterEach
    void stop() {
        ontvanger.close();
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from abonnement where omschrijving = 'webhook-metrics'").executeUpdate());
    }

    @Test
    void eenGeslaagdeAfleveringTeltAlsDeliveredMetHaarDuur() {
        double voor = teller("delivered");
        long duurVoor = duur("delivered");
        String gemeente = abonnement("ACTIEF");
        stuur(gemeente);

        await().atMost(Duration.ofSeconds(20)).until(() -> teller("delivered") >= voor + 1);
        assertThat(duur("delivered")).isGreaterThanOrEqualTo(duurVoor + 1);
    }

    @Test
    void eenMislukteAfleveringDieLaterSlaagtTeltAlsFailedAttempt() {
        double voor = teller("failed_attempt");
        ontvanger.antwoord(Antwoord.van(500));
        stuur(abonnement("ACTIEF"));

        await().atMost(Duration.ofSeconds(20)).until(() -> ontvanger.van(TYPE).size() == 2);
        await().atMost(Duration.ofSeconds(5)).until(() -> teller("failed_attempt") >= voor + 1);
    }

    @Test
    void deLaatsteMislukteAfleveringTeltAlsGivenUp() {
        double voor = teller("given_up");
        ontvanger.antwoord(Antwoord.van(500), Antwoord.van(500), Antwoord.van(500), Antwoord.van(500));
        stuur(abonnement("ACTIEF"));

        // Another test's delivery may give up meanwhile: wait for this one's fourth attempt and its exhausted state.
        await().atMost(Duration.ofSeconds(30)).until(() -> ontvanger.van(TYPE).size() == 4
                && aantal("select count(*) from aflevering f join abonnement a on a.id = f.abonnement_id"
                        + " where a.omschrijving = 'webhook-metrics' and f.status = 'UITGEPUT'") == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> teller("given_up") >= voor + 1);
    }

    @Test
    void eenAfleveringDieOpEenVolgendePogingWachtTeltAlsPending() {
        // 503 with Retry-After one hour: the delivery waits, pending, until then.
        ontvanger.antwoord(new Antwoord(503, Map.of("Retry-After", "3600")));
        stuur(abonnement("ACTIEF"));
        await().atMost(Duration.ofSeconds(20)).until(() -> ontvanger.van(TYPE).size() == 1 && wachtend() >= 1);

        long voor = wachtend();
        webhookMetrics.measure();
        long na = wachtend();
        // Other tests' retries may settle meanwhile: the gauge lies between the counts before and after.
        assertThat(metrics.get(WebhookMetrics.PENDING).gauge().value()).isBetween((double) Math.min(voor, na),
                (double) Math.max(voor, na));
    }

    @Test
    void abonnementenWordenPerStatusGeteld() {
        abonnement("UITGESCHAKELD");

        webhookMetrics.measure();
        long uitgeschakeld = aantal("select count(*) from abonnement where status = 'UITGESCHAKELD'");
        assertThat(uitgeschakeld).isPositive();
        assertThat(metrics.get(WebhookMetrics.SUBSCRIPTIONS).tag("status", "uitgeschakeld").gauge().value())
                .isEqualTo((double) uitgeschakeld);
        assertThat(metrics.get(WebhookMetrics.SUBSCRIPTIONS).tag("status", "actief").gauge().value())
                .isEqualTo((double) aantal("select count(*) from abonnement where status = 'ACTIEF'"));
    }

    @Test
    void eenUitschakelingNa410TeltAlsDisabledGone() {
        double voor = uitgeschakeld("gone");
        ontvanger.antwoord(Antwoord.van(410));
        stuur(abonnement("ACTIEF"));

        await().atMost(Duration.ofSeconds(20)).until(() -> uitgeschakeld("gone") >= voor + 1);
    }

    @Test
    void eenUitschakelingWegensAanhoudendFalenTeltAlsDisabledFailing() {
        double voor = uitgeschakeld("failing");
        ontvanger.antwoord(Antwoord.van(500), Antwoord.van(500), Antwoord.van(500), Antwoord.van(500));
        // Failing since longer ago than disable-after (5 days): the exhausted delivery switches it off.
        stuur(abonnement("ACTIEF", "now() - interval '6 days'"));

        await().atMost(Duration.ofSeconds(30)).until(() -> uitgeschakeld("failing") >= voor + 1);
    }

    private double uitgeschakeld(String reason) {
        return metrics.get(WebhookMetrics.DISABLED).tag("reason", reason).counter().count();
    }

    private double teller(String outcome) {
        return metrics.get(WebhookMetrics.DELIVERIES).tag("outcome", outcome).counter().count();
    }

    private long duur(String outcome) {
        return metrics.get(WebhookMetrics.DURATION).tag("outcome", outcome).timer().count();
    }

    private long wachtend() {
        return aantal("select count(*) from aflevering where status = 'TE_VERZENDEN'");
    }

    private long aantal(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** A subscription of a new municipality to realisations, written straight into the database; returns its code. */
    private String abonnement(String status) {
        return abonnement(status, "null");
    }

    /** The same, failing since {@code faaltSinds} (an SQL expression). */
    private String abonnement(String status, String faaltSinds) {
        String gemeente = Gebeurtenissen.gemeente();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into abonnement (id, callback_url, soorten, organisaties, omschrijving, geheim, status,
                                        faalt_sinds, aangemaakt_op, gewijzigd_op)
                values (:id, :url, array[:type]::varchar[], array[:org]::varchar[], 'webhook-metrics', :geheim, :status,
                        %s, now(), now())""".formatted(faaltSinds))
                .setParameter("id", UUID.randomUUID()).setParameter("url", ontvanger.url("/metrics"))
                .setParameter("type", TYPE).setParameter("org", gemeente).setParameter("geheim", Ondertekening.nieuwGeheim())
                .setParameter("status", status).executeUpdate());
        return gemeente;
    }

    private static void stuur(String gemeente) {
        Gebeurtenissen.stuur(Gebeurtenissen.TOEZEGGING, TYPE, "2024-2026/" + gemeente, """
                {"cyclus": "2024-2026", "realisatieId": "%s", "gemeentecode": "%s", "provinciecode": "PV21",
                 "locatie": "L1", "doelgroep": "ASIEL", "aantalGerealiseerd": 1, "duurzaam": true,
                 "gemeldOp": "2025-03-01T09:00:00Z", "aanwijzingId": null, "toezeggingId": null,
                 "door": "asielopvang@gemeente.example"}""".formatted(Gebeurtenissen.uuid(), gemeente));
    }
}
