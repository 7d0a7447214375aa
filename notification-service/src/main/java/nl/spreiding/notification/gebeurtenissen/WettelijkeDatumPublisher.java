package nl.spreiding.notification.gebeurtenissen;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import nl.spreiding.platform.outbox.Outbox;

/** Puts a recorded legal date in the outbox, in the caller's transaction (the date and its event commit together). */
@ApplicationScoped
public class WettelijkeDatumPublisher {

    private final Outbox outbox;

    public WettelijkeDatumPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @return the CloudEvents id of the event (the webhook notification carries the same id) */
    @Transactional(TxType.MANDATORY)
    public UUID vastgelegd(WettelijkeDatumVastgelegd data) {
        return outbox.record(Gebeurtenistypen.TOPIC, Gebeurtenistypen.WETTELIJKE_DATUM_VASTGELEGD, data.sleutel(),
                "wettelijke-datum/" + data.sleutel(), data);
    }
}
