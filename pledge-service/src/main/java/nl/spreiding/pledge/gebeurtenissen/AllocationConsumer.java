package nl.spreiding.pledge.gebeurtenissen;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.platform.inbox.EventInbox;
import nl.spreiding.platform.inbox.PoisonEventException;
import nl.spreiding.pledge.gebeurtenissen.VerdelingVastgesteld.Gebied;
import nl.spreiding.pledge.opgave.Cyclus;
import nl.spreiding.pledge.opgave.Opgave;
import nl.spreiding.pledge.opgave.VerdelingRepository;

/**
 * Keeps the local read model of cycles and tasks from {@code spreiding.allocation.v1}. A distribution replaces the
 * held version of its cycle and target group only when its {@code versie} is higher, so a redelivered or late older
 * version changes nothing; replaying the topic rebuilds the same state.
 */
@ApplicationScoped
public class AllocationConsumer {

    private static final Logger LOG = Logger.getLogger(AllocationConsumer.class);

    private final EventInbox inbox;
    private final VerdelingRepository verdelingen;
    private final Clock clock;

    public AllocationConsumer(EventInbox inbox, VerdelingRepository verdelingen, Clock clock) {
        this.inbox = inbox;
        this.verdelingen = verdelingen;
        this.clock = clock;
    }

    @Incoming("allocation-events")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.process(record, this::apply);
    }

    void apply(CloudEvent event) {
        switch (event.getType()) {
            case AllocatieGebeurtenissen.CYCLUS_GEOPEND -> cyclusGeopend(inbox.data(event, CyclusGeopend.class));
            case AllocatieGebeurtenissen.VERDELING_VASTGESTELD, AllocatieGebeurtenissen.VERDELING_HERZIEN ->
                verdeling(event, inbox.data(event, VerdelingVastgesteld.class));
            default -> LOG.debugf("Event type %s is not needed here; skipped", event.getType());
        }
    }

    private void cyclusGeopend(CyclusGeopend data) {
        if (data.cyclus() == null || !data.cyclus().matches("\\d{4}-\\d{4}")) {
            throw new PoisonEventException("cyclus.geopend without a valid cyclus: " + data.cyclus(), null);
        }
        Cyclus cyclus = Cyclus.findById(data.cyclus());
        if (cyclus == null) {
            cyclus = new Cyclus();
            cyclus.cyclus = data.cyclus();
            cyclus.bijgewerktOp = Instant.now(clock);
            cyclus.persist();
        }
        cyclus.referentiejaar = data.referentiejaar();
        CyclusGeopend.Termijnen t = data.termijnen();
        if (t != null) {
            cyclus.raming = t.raming();
            cyclus.provinciaalPlan = t.provinciaalPlan();
            cyclus.verdeelbesluit = t.verdeelbesluit();
            cyclus.realisatieMaanden = t.realisatieMaanden() == null ? Cyclus.STANDAARD_REALISATIE_MAANDEN
                    : t.realisatieMaanden();
            cyclus.volgendeCyclus = t.volgendeCyclus();
        }
        cyclus.bijgewerktOp = Instant.now(clock);
    }

    private void verdeling(CloudEvent event, VerdelingVastgesteld data) {
        check(data);
        boolean nieuwer = verdelingen.neemVersieAan(data.cyclus(), data.doelgroep(), data.verdelingId(), data.versie(),
                data.totaal(), data.amvTotaal(), data.vastgesteldOp(), Instant.now(clock));
        if (!nieuwer) {
            LOG.infof("Distribution %s/%s version %d is not newer than the one held; ignored (event %s)", data.cyclus(),
                    data.doelgroep(), data.versie(), event.getId());
            return;
        }
        verdelingen.verwijderOpgaven(data.cyclus(), data.doelgroep());
        for (Gebied p : data.provincies()) {
            persist(data, Opgave.Niveau.PROVINCIE, p.provinciecode(), p);
        }
        for (Gebied g : data.gemeenten()) {
            persist(data, Opgave.Niveau.GEMEENTE, g.gemeentecode(), g);
        }
    }

    private static void persist(VerdelingVastgesteld data, Opgave.Niveau niveau, String code, Gebied g) {
        Opgave o = new Opgave();
        o.id = UUID.randomUUID();
        o.cyclus = data.cyclus();
        o.doelgroep = data.doelgroep();
        o.niveau = niveau;
        o.code = code;
        o.provinciecode = g.provinciecode();
        o.naam = g.naam() == null ? code : g.naam();
        o.aantalInwoners = g.aantalInwoners() == null ? 0 : g.aantalInwoners();
        o.opgave = g.opgave();
        o.amv = g.amv() == null ? 0 : g.amv();
        o.bestaandePlaatsen = g.bestaandePlaatsen() == null ? 0 : g.bestaandePlaatsen();
        o.resterendeOpgave = g.resterendeOpgave() == null ? Math.max(0, o.opgave - o.bestaandePlaatsen)
                : g.resterendeOpgave();
        o.versie = data.versie();
        o.persist();
    }

    private static void check(VerdelingVastgesteld d) {
        if (d.cyclus() == null || !d.cyclus().matches("\\d{4}-\\d{4}") || d.doelgroep() == null || d.versie() == null
                || d.verdelingId() == null || d.provincies() == null || d.gemeenten() == null) {
            throw new PoisonEventException("Distribution event lacks cyclus, doelgroep, versie, verdelingId, "
                    + "provincies or gemeenten", null);
        }
        checkGebieden(d.provincies(), true);
        checkGebieden(d.gemeenten(), false);
    }

    private static void checkGebieden(List<Gebied> gebieden, boolean provincie) {
        for (Gebied g : gebieden) {
            String code = provincie ? g.provinciecode() : g.gemeentecode();
            boolean codeOk = code != null && code.matches(provincie ? "PV\\d{2}" : "GM\\d{4}");
            if (!codeOk || g.provinciecode() == null || !g.provinciecode().matches("PV\\d{2}") || g.opgave() == null) {
                throw new PoisonEventException("Distribution event has an area without valid code or opgave: " + code,
                        null);
            }
        }
    }
}
