package nl.spreiding.notification.gebeurtenissen;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.platform.inbox.EventInbox;

/**
 * Consumes the events of allocation- and pledge-service (consumer group {@code notification-service}), each exactly
 * once in effect through the platform's inbox. A record that can never be processed goes to {@code <topic>.dlt}.
 */
@ApplicationScoped
public class GebeurtenisConsumer {

    private final EventInbox inbox;
    private final GebeurtenisVerwerker verwerker;

    public GebeurtenisConsumer(EventInbox inbox, GebeurtenisVerwerker verwerker) {
        this.inbox = inbox;
        this.verwerker = verwerker;
    }

    @Incoming("allocation-events")
    @Blocking
    public void allocatie(ConsumerRecord<String, byte[]> record) {
        inbox.process(record, verwerker::verwerk);
    }

    @Incoming("pledge-events")
    @Blocking
    public void toezegging(ConsumerRecord<String, byte[]> record) {
        inbox.process(record, verwerker::verwerk);
    }
}
