package nl.spreiding.notification.aflevering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.spreiding.notification.webhook.Ondertekening;
import nl.spreiding.notification.support.Gebeurtenissen;
import nl.spreiding.notification.support.Ontvanger;

/**
 * Measures, on the test machine, the time from an event on Kafka to its webhook arriving, and the time to fan one
 * event out to 1,000 subscriptions. Prints the figures; asserts that every delivery arrived, once per webhook-id.
 * Delivery is at least once: under heavy load a request can time out at the sender after the receiver took it, and
 * the retry repeats the webhook-id (receivers deduplicate on it), so the test counts webhook-ids, not requests.
 */
@QuarkusTest
class MetingTest {

    private static final String TYPE = "nl.spreiding.realisatie.gemeld";
    private static final int ABONNEMENTEN = 1000;
    private static final int METINGEN = 40;

    @Inject
    EntityManager em;

    @Test
    void deLatentieVanKafkaTotWebhookEnDeUitwaaieringNaarDuizendAbonnementenBlijvenBinnenDeGrenzen() throws Exception {
        try (Ontvanger ontvanger = new Ontvanger()) {
            // Latency: one subscription, events one after another.
            String gemeente = Gebeurtenissen.gemeente();
            maakAbonnementen(ontvanger.url("/latentie"), gemeente, 1);
            List<Long> latenties = new ArrayList<>();
            for (int i = 0; i < METINGEN; i++) {
                int verwacht = i + 1;
                long start = System.nanoTime();
                stuur(gemeente, i);
                await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5))
                        .until(() -> webhookIds(ontvanger.van(TYPE)).size() >= verwacht);
                latenties.add((System.nanoTime() - start) / 1_000_000);
            }
            Collections.sort(latenties);
            System.out.printf("MEETRESULTAAT latentie Kafka -> webhook over %d events: p50 %d ms, p99 %d ms, max %d ms%n",
                    METINGEN, latenties.get(METINGEN / 2), latenties.get((int) Math.ceil(METINGEN * 0.99) - 1),
                    latenties.get(METINGEN - 1));
            assertThat(webhookIds(ontvanger.van(TYPE))).hasSize(METINGEN);

            // Fan-out: one event to 1,000 subscriptions.
            String andere = Gebeurtenissen.gemeente();
            maakAbonnementen(ontvanger.url("/fan-out"), andere, ABONNEMENTEN);
            long start = System.nanoTime();
            stuur(andere, 0);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                    .until(() -> webhookIds(fanOut(ontvanger)).size() >= ABONNEMENTEN);
            long ms = (System.nanoTime() - start) / 1_000_000;
            List<Ontvanger.Verzoek> verzoeken = fanOut(ontvanger);
            System.out.printf("MEETRESULTAAT fan-out van 1 event naar %d abonnementen: %d ms (%.0f afleveringen/s, "
                    + "%d herhaalde verzoeken)%n", ABONNEMENTEN, ms, ABONNEMENTEN * 1000.0 / Math.max(ms, 1),
                    verzoeken.size() - webhookIds(verzoeken).size());
            assertThat(webhookIds(verzoeken)).hasSize(ABONNEMENTEN);
            // A repeated webhook-id is a retry of the same delivery (same bytes), never a second notification.
            assertThat(verzoeken.stream().collect(Collectors.groupingBy(v -> v.header("webhook-id"),
                    Collectors.mapping(Ontvanger.Verzoek::body, Collectors.toSet()))).values()).allSatisfy(
                            bodies -> assertThat(bodies).hasSize(1));
            await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("""
                            select count(*) from aflevering f join abonnement a on a.id = f.abonnement_id
                             where a.omschrijving = 'meting' and f.status <> 'AFGELEVERD'""")
                    .getSingleResult()).longValue()) == 0);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("delete from abonnement where omschrijving = 'meting'").executeUpdate());
        }
    }

    private static List<Ontvanger.Verzoek> fanOut(Ontvanger ontvanger) {
        return ontvanger.verzoeken().stream().filter(v -> v.pad().equals("/fan-out")).toList();
    }

    private static Set<String> webhookIds(List<Ontvanger.Verzoek> verzoeken) {
        return verzoeken.stream().map(v -> v.header("webhook-id")).collect(Collectors.toSet());
    }

    private void stuur(String gemeente, int i) {
        Gebeurtenissen.stuur(Gebeurtenissen.TOEZEGGING, TYPE, "2024-2026/" + gemeente, """
                {"cyclus": "2024-2026", "realisatieId": "%s", "gemeentecode": "%s", "provinciecode": "PV21",
                 "locatie": "L%d", "doelgroep": "ASIEL", "aantalGerealiseerd": %d, "duurzaam": true,
                 "gemeldOp": "2025-03-01T09:00:00Z", "aanwijzingId": null, "toezeggingId": null,
                 "door": "asielopvang@gemeente.example"}""".formatted(Gebeurtenissen.uuid(), gemeente, i, i));
    }

    /** Subscriptions written straight into the database (no verification round-trip for each of a thousand). */
    private void maakAbonnementen(String url, String gemeente, int aantal) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < aantal; i++) {
                em.createNativeQuery("""
                        insert into abonnement (id, callback_url, soorten, organisaties, omschrijving, geheim, status,
                                                aangemaakt_op, gewijzigd_op)
                        values (:id, :url, array[:type]::varchar[], array[:org]::varchar[], 'meting', :geheim, 'ACTIEF',
                                now(), now())""")
                        .setParameter("id", UUID.randomUUID()).setParameter("url", url).setParameter("type", TYPE)
                        .setParameter("org", gemeente).setParameter("geheim", Ondertekening.nieuwGeheim())
                        .executeUpdate();
            }
        });
    }
}
