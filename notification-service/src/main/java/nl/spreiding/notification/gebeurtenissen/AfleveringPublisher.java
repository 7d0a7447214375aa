package nl.spreiding.notification.gebeurtenissen;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import nl.spreiding.platform.outbox.Outbox;

/** Puts this service's own events in the outbox, in the caller's transaction (so state and event commit together). */
@ApplicationScoped
public class AfleveringPublisher {

    private final Outbox outbox;

    public AfleveringPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A delivery of {@code notificatie} to {@code abonnement} is exhausted after {@code pogingen} attempts. */
    @Transactional(TxType.MANDATORY)
    public void uitgeput(UUID abonnement, UUID notificatie, int pogingen, Integer laatsteStatus) {
        outbox.record(Gebeurtenistypen.TOPIC, Gebeurtenistypen.AFLEVERING_UITGEPUT, abonnement.toString(),
                abonnement.toString(),
                new AfleveringUitgeput(abonnement.toString(), notificatie.toString(), pogingen, laatsteStatus));
    }
}
