package nl.spreiding.notification.gebeurtenissen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import nl.spreiding.notification.notificatie.NotificatieService;
import nl.spreiding.notification.termijn.Organisaties;
import nl.spreiding.notification.termijn.Termijn.Soort;
import nl.spreiding.notification.termijn.TermijnKalender;
import nl.spreiding.notification.gebeurtenissen.OntvangenGebeurtenissen.Aanwijzing;
import nl.spreiding.notification.gebeurtenissen.OntvangenGebeurtenissen.CapaciteitsramingGepubliceerd;
import nl.spreiding.notification.gebeurtenissen.OntvangenGebeurtenissen.CyclusGeopend;
import nl.spreiding.notification.gebeurtenissen.OntvangenGebeurtenissen.Gebied;
import nl.spreiding.notification.gebeurtenissen.OntvangenGebeurtenissen.GemeenteAangewezen;
import nl.spreiding.notification.gebeurtenissen.OntvangenGebeurtenissen.ProvinciaalPlanIngediend;
import nl.spreiding.notification.gebeurtenissen.OntvangenGebeurtenissen.Termijnen;
import nl.spreiding.notification.gebeurtenissen.OntvangenGebeurtenissen.VerdeelbesluitGenomen;
import nl.spreiding.notification.gebeurtenissen.OntvangenGebeurtenissen.Verdeling;
import nl.spreiding.platform.inbox.EventInbox;
import nl.spreiding.platform.inbox.PoisonEventException;

/**
 * The effect of one consumed event (inside the inbox transaction): the deadlines it sets or meets, and the
 * notification that tells subscribers about it. The event contract is {@code docs/gebeurtenissen.md}.
 */
@ApplicationScoped
public class GebeurtenisVerwerker {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final TermijnKalender kalender;
    private final NotificatieService notificaties;
    private final Organisaties bekendeOrganisaties;
    private final EventInbox inbox;
    private final Clock clock;

    public GebeurtenisVerwerker(TermijnKalender kalender, NotificatieService notificaties, Organisaties bekendeOrganisaties,
            EventInbox inbox, Clock clock) {
        this.kalender = kalender;
        this.notificaties = notificaties;
        this.bekendeOrganisaties = bekendeOrganisaties;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Transactional(TxType.MANDATORY)
    public void verwerk(CloudEvent event) {
        JsonNode data = inbox.data(event, JsonNode.class);
        if (data == null || !data.isObject()) {
            throw new PoisonEventException("Data of event " + event.getId() + " is not a JSON object", null);
        }
        String type = event.getType();
        switch (type) {
            case Gebeurtenistypen.CYCLUS_GEOPEND -> cyclusGeopend(event, inbox.data(event, CyclusGeopend.class));
            case Gebeurtenistypen.CAPACITEITSRAMING_GEPUBLICEERD -> {
                var raming = inbox.data(event, CapaciteitsramingGepubliceerd.class);
                kalender.rondAf(verplicht(raming.cyclus(), event, "cyclus"), Soort.RAMING, null,
                        tijdstip(raming.gepubliceerdOp(), event));
            }
            case Gebeurtenistypen.PROVINCIAAL_PLAN_INGEDIEND -> {
                var plan = inbox.data(event, ProvinciaalPlanIngediend.class);
                kalender.rondAf(verplicht(plan.cyclus(), event, "cyclus"), Soort.PROVINCIAAL_PLAN,
                        verplicht(plan.provinciecode(), event, "provinciecode"), tijdstip(plan.ingediendOp(), event));
            }
            case Gebeurtenistypen.VERDEELBESLUIT_GENOMEN -> {
                var besluit = inbox.data(event, VerdeelbesluitGenomen.class);
                String cyclus = verplicht(besluit.cyclus(), event, "cyclus");
                kalender.rondAf(cyclus, Soort.VERDEELBESLUIT, null, tijdstip(besluit.besluitdatum(), event));
                for (Aanwijzing a : besluit.aanwijzingen() == null ? List.<Aanwijzing>of() : besluit.aanwijzingen()) {
                    LocalDate uiterlijk = datum(a.realisatieUiterlijk() != null ? a.realisatieUiterlijk()
                            : besluit.realisatieUiterlijk(), event, "realisatieUiterlijk");
                    realisatie(cyclus, verplicht(a.gemeentecode(), event, "aanwijzingen[].gemeentecode"), uiterlijk);
                }
            }
            // A distribution names every municipality: the calendar shows their names and knows them.
            case Gebeurtenistypen.VERDELING_VASTGESTELD, Gebeurtenistypen.VERDELING_HERZIEN ->
                bekendeOrganisaties.leer(namen(inbox.data(event, Verdeling.class)));
            case Gebeurtenistypen.GEMEENTE_AANGEWEZEN -> {
                var aanwijzing = inbox.data(event, GemeenteAangewezen.class);
                realisatie(verplicht(aanwijzing.cyclus(), event, "cyclus"),
                        verplicht(aanwijzing.gemeentecode(), event, "gemeentecode"),
                        datum(aanwijzing.realisatieUiterlijk(), event, "realisatieUiterlijk"));
            }
            case Gebeurtenistypen.UITKERING_RECHT_BEREKEND -> uitkeringsrecht(event, data);
            case Gebeurtenistypen.UITKERING_AANGEVRAAGD -> kalender.rondAf(
                    verplicht(data.path("cyclus").asText(null), event, "cyclus"), Soort.UITKERING_AANVRAAG,
                    verplicht(data.path("gemeentecode").asText(null), event, "gemeentecode"),
                    tijdstip(data.path("aangevraagdOp").asText(null), event));
            default -> {
                // Every other event only becomes a notification.
            }
        }
        Instant tijd = event.getTime() != null ? event.getTime().toInstant() : Instant.now(clock);
        notificaties.publiceer(UUID.randomUUID(), event.getSource().toString(), event.getId(), type, event.getSubject(),
                tijd, organisaties(type, data), data);
    }

    private void cyclusGeopend(CloudEvent event, CyclusGeopend geopend) {
        String cyclus = verplicht(geopend.cyclus(), event, "cyclus");
        Termijnen t = geopend.termijnen() != null ? geopend.termijnen() : new Termijnen(null, null, null, null);
        kalender.zet(cyclus, Soort.RAMING, null, datum(t.raming(), event, "termijnen.raming"),
                "Capaciteitsraming publiceren");
        LocalDate plan = datum(t.provinciaalPlan(), event, "termijnen.provinciaalPlan");
        for (String provincie : TermijnKalender.PROVINCIES) {
            kalender.zet(cyclus, Soort.PROVINCIAAL_PLAN, provincie, plan, "Provinciaal plan indienen");
        }
        kalender.zet(cyclus, Soort.VERDEELBESLUIT, null, datum(t.verdeelbesluit(), event, "termijnen.verdeelbesluit"),
                "Verdeelbesluit nemen");
        kalender.zet(cyclus, Soort.VOLGENDE_CYCLUS, null, datum(t.volgendeCyclus(), event, "termijnen.volgendeCyclus"),
                "Volgende cyclus begint");
    }

    /**
     * The application deadline of the specifieke uitkering (pledge-service, issue 15): a deadline of the municipality
     * when part of its entitlement needs an application; none when everything is paid automatically.
     */
    private void uitkeringsrecht(CloudEvent event, JsonNode recht) {
        if (recht.path("opAanvraagCent").asLong(0) <= 0 || !recht.path("aanvraagUiterlijk").isTextual()) {
            return;
        }
        kalender.zet(verplicht(recht.path("cyclus").asText(null), event, "cyclus"), Soort.UITKERING_AANVRAAG,
                verplicht(recht.path("gemeentecode").asText(null), event, "gemeentecode"),
                datum(recht.path("aanvraagUiterlijk").asText(null), event, "aanvraagUiterlijk"),
                "Specifieke uitkering aanvragen (het deel op aanvraag)");
    }

    /** Code → CBS name of every province and municipality of a distribution. */
    private static Map<String, String> namen(Verdeling verdeling) {
        Map<String, String> namen = new LinkedHashMap<>();
        for (Gebied p : verdeling.provincies() == null ? List.<Gebied>of() : verdeling.provincies()) {
            namen.put(p.provinciecode(), p.naam());
        }
        for (Gebied g : verdeling.gemeenten() == null ? List.<Gebied>of() : verdeling.gemeenten()) {
            namen.put(g.gemeentecode(), g.naam());
        }
        return namen;
    }

    private void realisatie(String cyclus, String gemeente, LocalDate uiterlijk) {
        kalender.zet(cyclus, Soort.REALISATIE, gemeente, uiterlijk, "Opvangplaatsen realiseren (aanwijzing)");
    }

    /**
     * The organisations an event concerns; empty when it concerns everyone: a cycle, a whole distribution, and the
     * distribution decision, which fixes every province's task (not only the designated municipalities').
     */
    static Set<String> organisaties(String type, JsonNode data) {
        Set<String> codes = new LinkedHashSet<>();
        if (type.startsWith(Gebeurtenistypen.VERDELING_VOORVOEGSEL) || type.startsWith(Gebeurtenistypen.CYCLUS_VOORVOEGSEL)
                || type.startsWith(Gebeurtenistypen.CAPACITEITSRAMING_VOORVOEGSEL)
                || type.equals(Gebeurtenistypen.VERDEELBESLUIT_GENOMEN)) {
            return codes;
        }
        voegToe(codes, data.path("provinciecode"));
        voegToe(codes, data.path("gemeentecode"));
        // A crediting between two municipalities concerns both and both their provinces.
        for (String kant : new String[] {"van", "naar"}) {
            voegToe(codes, data.path(kant + "Provinciecode"));
            voegToe(codes, data.path(kant + "Gemeentecode"));
        }
        for (JsonNode g : data.path("gemeentenOnderOpgave")) {
            voegToe(codes, g);
        }
        return codes;
    }

    private static void voegToe(Set<String> codes, JsonNode code) {
        if (code.isTextual() && code.asText().matches("PV\\d{2}|GM\\d{4}")) {
            codes.add(code.asText());
        }
    }

    private static String verplicht(String waarde, CloudEvent event, String veld) {
        if (waarde == null || waarde.isBlank()) {
            throw new PoisonEventException("Event " + event.getId() + " (" + event.getType() + ") lacks " + veld, null);
        }
        return waarde;
    }

    private static LocalDate datum(String waarde, CloudEvent event, String veld) {
        try {
            return LocalDate.parse(verplicht(waarde, event, veld).substring(0, 10));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new PoisonEventException("Event " + event.getId() + ": " + veld + " is not a date", e);
        }
    }

    /** A date ({@code 2024-11-01}, start of that day in NL) or an instant; the event's time when absent. */
    private Instant tijdstip(String s, CloudEvent event) {
        try {
            if (s != null && s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(NL).toInstant();
            }
            if (s != null) {
                return OffsetDateTime.parse(s).toInstant();
            }
        } catch (DateTimeParseException e) {
            // fall back to the event's time
        }
        return event.getTime() != null ? event.getTime().toInstant() : Instant.now(clock);
    }
}
