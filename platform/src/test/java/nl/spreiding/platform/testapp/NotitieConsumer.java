package nl.spreiding.platform.testapp;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.spreiding.platform.inbox.EventInbox;

/** Test-only consumer: records each applied event, so a test can count effects. */
@ApplicationScoped
public class NotitieConsumer {

    private final EventInbox inbox;
    private final EntityManager em;

    public NotitieConsumer(EventInbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    public record NotitieData(Long id, String tekst) {
    }

    /** An event whose text starts with this fails its first two attempts, as if the database were briefly away. */
    public static final String EERST_MISLUKT = "eerst-mislukt";

    private final java.util.Map<String, Integer> pogingen = new java.util.concurrent.ConcurrentHashMap<>();

    @Incoming("test-events")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.process(record, event -> {
            NotitieData data = inbox.data(event, NotitieData.class);
            if (data.tekst() != null && data.tekst().startsWith(EERST_MISLUKT) && pogingen.merge(event.getId(), 1, Integer::sum) < 3) {
                throw new IllegalStateException("tijdelijke fout " + pogingen.get(event.getId()));
            }
            em.createNativeQuery("insert into verwerkt_effect (event_id, tekst) values (:id, :tekst)")
                    .setParameter("id", event.getId())
                    .setParameter("tekst", data.tekst())
                    .executeUpdate();
        });
    }
}
