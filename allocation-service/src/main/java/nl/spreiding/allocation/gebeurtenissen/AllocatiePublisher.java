package nl.spreiding.allocation.gebeurtenissen;

import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.platform.outbox.Outbox;

/**
 * Puts allocation-service's events in the outbox. Called by the domain services inside their transaction, so the
 * state change and its event commit together; the key keeps the events about one aggregate in order.
 */
@ApplicationScoped
public class AllocatiePublisher {

    private final Outbox outbox;

    public AllocatiePublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void cyclusGeopend(CyclusGeopend gebeurtenis) {
        outbox.record(AllocatieGebeurtenissen.TOPIC, AllocatieGebeurtenissen.CYCLUS_GEOPEND, gebeurtenis.cyclus(),
                "cycli/" + gebeurtenis.cyclus(), gebeurtenis);
    }

    public void capaciteitsramingGepubliceerd(CapaciteitsramingGepubliceerd gebeurtenis) {
        outbox.record(AllocatieGebeurtenissen.TOPIC, AllocatieGebeurtenissen.CAPACITEITSRAMING_GEPUBLICEERD, gebeurtenis.cyclus(),
                "cycli/" + gebeurtenis.cyclus() + "/capaciteitsraming", gebeurtenis);
    }

    /** Vastgesteld for the first version, herzien for every later one (which names the version it replaces). */
    public void verdelingGepubliceerd(VerdelingGepubliceerd gebeurtenis) {
        outbox.record(AllocatieGebeurtenissen.TOPIC, gebeurtenis.vorigeVersie() != null ? AllocatieGebeurtenissen.VERDELING_HERZIEN
                : AllocatieGebeurtenissen.VERDELING_VASTGESTELD, gebeurtenis.cyclus() + "/" + gebeurtenis.doelgroep(),
                "verdelingen/" + gebeurtenis.verdelingId(), gebeurtenis);
    }
}
