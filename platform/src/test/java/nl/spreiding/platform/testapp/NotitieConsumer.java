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

    @Incoming("test-events")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.process(record, event -> {
            NotitieData data = inbox.data(event, NotitieData.class);
            em.createNativeQuery("insert into verwerkt_effect (event_id, tekst) values (:id, :tekst)")
                    .setParameter("id", event.getId())
                    .setParameter("tekst", data.tekst())
                    .executeUpdate();
        });
    }
}
