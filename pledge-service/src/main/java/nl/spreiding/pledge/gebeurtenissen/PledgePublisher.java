package nl.spreiding.pledge.gebeurtenissen;

import static nl.spreiding.pledge.gebeurtenissen.PledgeGebeurtenissen.TOPIC;
import static nl.spreiding.pledge.gebeurtenissen.PledgeGebeurtenissen.sleutel;

import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.platform.outbox.Outbox;

/**
 * Puts this service's events in the outbox, in the caller's transaction, so that a state change and its event
 * commit together. Each method knows its type, key and subject.
 */
@ApplicationScoped
public class PledgePublisher {

    private final Outbox outbox;

    public PledgePublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void toezeggingGeregistreerd(ToezeggingGebeurtenis data) {
        toezegging(PledgeGebeurtenissen.TOEZEGGING_GEREGISTREERD, data);
    }

    public void toezeggingGewijzigd(ToezeggingGebeurtenis data) {
        toezegging(PledgeGebeurtenissen.TOEZEGGING_GEWIJZIGD, data);
    }

    public void toezeggingIngetrokken(ToezeggingGebeurtenis data) {
        toezegging(PledgeGebeurtenissen.TOEZEGGING_INGETROKKEN, data);
    }

    private void toezegging(String type, ToezeggingGebeurtenis data) {
        outbox.record(TOPIC, type, sleutel(data.cyclus(), data.gemeentecode()), "toezegging/" + data.toezeggingId(), data);
    }

    public void planIngediend(PlanIngediend data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.PLAN_INGEDIEND, sleutel(data.cyclus(), data.provinciecode()),
                "provinciaal-plan/" + data.planId(), data);
    }

    public void tekortVastgesteld(TekortVastgesteld data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.TEKORT_VASTGESTELD, sleutel(data.cyclus(), data.provinciecode()),
                "provinciaal-plan/" + data.planId(), data);
    }

    public void gemeenteAangewezen(GemeenteAangewezen data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.GEMEENTE_AANGEWEZEN, sleutel(data.cyclus(), data.gemeentecode()),
                "aanwijzing/" + data.aanwijzingId(), data);
    }

    public void verdeelbesluitGenomen(VerdeelbesluitGenomen data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.VERDEELBESLUIT_GENOMEN, data.cyclus(),
                "verdeelbesluit/" + data.besluitId(), data);
    }

    public void realisatieGemeld(RealisatieGemeld data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.REALISATIE_GEMELD, sleutel(data.cyclus(), data.gemeentecode()),
                "realisatie/" + data.realisatieId(), data);
    }

    public void termijnVerstreken(TermijnVerstreken data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.TERMIJN_VERSTREKEN, sleutel(data.cyclus(), data.gemeentecode()),
                "aanwijzing/" + data.aanwijzingId(), data);
    }

    public void indeplaatsstellingGestart(IndeplaatsstellingGestart data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.INDEPLAATSSTELLING_GESTART, sleutel(data.cyclus(), data.gemeentecode()),
                "aanwijzing/" + data.aanwijzingId(), data);
    }

    public void uitruilVastgelegd(UitruilVastgelegd data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.UITRUIL_VASTGELEGD, sleutel(data.cyclus(), data.provinciecode()),
                "uitruil/" + data.id(), data);
    }

    public void uitkeringsrechtBerekend(UitkeringsrechtBerekend data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.UITKERINGSRECHT_BEREKEND, sleutel(data.cyclus(), data.gemeentecode()),
                "uitkeringsrecht/" + data.uitkeringsrechtId(), data);
    }

    public void uitkeringAangevraagd(UitkeringAangevraagd data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.UITKERING_AANGEVRAAGD, sleutel(data.cyclus(), data.gemeentecode()),
                "uitkeringsrecht/" + data.uitkeringsrechtId(), data);
    }

    public void uitkeringBesluitGenomen(UitkeringBesluitGenomen data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.UITKERING_BESLUIT_GENOMEN, sleutel(data.cyclus(), data.gemeentecode()),
                "uitkeringsrecht/" + data.uitkeringsrechtId(), data);
    }

    public void telregelsVastgesteld(TelregelsVastgesteld data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.TELREGELS_VASTGESTELD, data.cyclus(), "telregels/" + data.cyclus(), data);
    }

    public void verrekeningVastgelegd(VerrekeningGebeurtenis data) {
        verrekening(PledgeGebeurtenissen.VERREKENING_VASTGELEGD, data);
    }

    public void verrekeningBevestigd(VerrekeningGebeurtenis data) {
        verrekening(PledgeGebeurtenissen.VERREKENING_BEVESTIGD, data);
    }

    private void verrekening(String type, VerrekeningGebeurtenis data) {
        outbox.record(TOPIC, type, sleutel(data.cyclus(), data.naarGemeentecode()), "verrekening/" + data.id(), data);
    }

    /** Keyed by the municipality: a count belongs to no cycle, and its municipality's counts keep their order. */
    public void oekraineTellingVastgelegd(OekraineTellingVastgelegd data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.OEKRAINE_TELLING_VASTGELEGD, data.gemeentecode(),
                "oekraine-melding/" + data.meldingId(), data);
    }

    /** Keyed by the municipality, as the Ukrainian counts. */
    public void derdelandersTellingVastgelegd(DerdelandersTellingVastgelegd data) {
        outbox.record(TOPIC, PledgeGebeurtenissen.DERDELANDERS_TELLING_VASTGELEGD, data.gemeentecode(),
                "derdelanders-telling/" + data.tellingId(), data);
    }
}
