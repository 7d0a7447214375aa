package nl.spreiding.notification.events;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import nl.spreiding.notification.notificatie.NotificatieService;
import nl.spreiding.notification.organisatie.Organisaties;
import nl.spreiding.notification.termijn.Termijn.Soort;
import nl.spreiding.notification.termijn.TermijnKalender;
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
    private final ObjectMapper json;

    public GebeurtenisVerwerker(TermijnKalender kalender, NotificatieService notificaties, Organisaties bekendeOrganisaties,
            ObjectMapper json) {
        this.kalender = kalender;
        this.notificaties = notificaties;
        this.bekendeOrganisaties = bekendeOrganisaties;
        this.json = json;
    }

    @Transactional(TxType.MANDATORY)
    public void verwerk(CloudEvent event) {
        JsonNode data = data(event);
        String type = event.getType();
        String cyclus = tekst(data, "cyclus");
        switch (type) {
            case "nl.spreiding.cyclus.geopend" -> cyclusGeopend(event, data, verplicht(cyclus, event, "cyclus"));
            case "nl.spreiding.capaciteitsraming.gepubliceerd" ->
                kalender.rondAf(verplicht(cyclus, event, "cyclus"), Soort.RAMING, null,
                        tijdstip(data.path("gepubliceerdOp"), event));
            case "nl.spreiding.provinciaal-plan.ingediend" ->
                kalender.rondAf(verplicht(cyclus, event, "cyclus"), Soort.PROVINCIAAL_PLAN,
                        verplicht(tekst(data, "provinciecode"), event, "provinciecode"),
                        tijdstip(data.path("ingediendOp"), event));
            case "nl.spreiding.verdeelbesluit.genomen" -> {
                kalender.rondAf(verplicht(cyclus, event, "cyclus"), Soort.VERDEELBESLUIT, null,
                        tijdstip(data.path("besluitdatum"), event));
                for (JsonNode a : data.path("aanwijzingen")) {
                    LocalDate uiterlijk = datum(a.path("realisatieUiterlijk").isMissingNode()
                            ? data.path("realisatieUiterlijk") : a.path("realisatieUiterlijk"), event, "realisatieUiterlijk");
                    realisatie(cyclus, verplicht(tekst(a, "gemeentecode"), event, "aanwijzingen[].gemeentecode"), uiterlijk);
                }
            }
            // A distribution names every municipality: the calendar shows their names and knows them.
            case "nl.spreiding.verdeling.vastgesteld", "nl.spreiding.verdeling.herzien" -> bekendeOrganisaties.leerVan(data);
            case "nl.spreiding.gemeente.aangewezen" ->
                realisatie(verplicht(cyclus, event, "cyclus"), verplicht(tekst(data, "gemeentecode"), event, "gemeentecode"),
                        datum(data.path("realisatieUiterlijk"), event, "realisatieUiterlijk"));
            default -> {
                // Every other event only becomes a notification.
            }
        }
        Instant tijd = event.getTime() != null ? event.getTime().toInstant() : Instant.now();
        notificaties.publiceer(UUID.randomUUID(), event.getSource().toString(), event.getId(), type, event.getSubject(),
                tijd, organisaties(type, data), data);
    }

    private void cyclusGeopend(CloudEvent event, JsonNode data, String cyclus) {
        JsonNode t = data.path("termijnen");
        kalender.zet(cyclus, Soort.RAMING, null, datum(t.path("raming"), event, "termijnen.raming"),
                "Capaciteitsraming publiceren");
        LocalDate plan = datum(t.path("provinciaalPlan"), event, "termijnen.provinciaalPlan");
        for (String provincie : TermijnKalender.PROVINCIES) {
            kalender.zet(cyclus, Soort.PROVINCIAAL_PLAN, provincie, plan, "Provinciaal plan indienen");
        }
        kalender.zet(cyclus, Soort.VERDEELBESLUIT, null, datum(t.path("verdeelbesluit"), event, "termijnen.verdeelbesluit"),
                "Verdeelbesluit nemen");
        kalender.zet(cyclus, Soort.VOLGENDE_CYCLUS, null, datum(t.path("volgendeCyclus"), event, "termijnen.volgendeCyclus"),
                "Volgende cyclus begint");
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
        if (type.startsWith("nl.spreiding.verdeling.") || type.startsWith("nl.spreiding.cyclus.")
                || type.startsWith("nl.spreiding.capaciteitsraming.") || type.equals("nl.spreiding.verdeelbesluit.genomen")) {
            return codes;
        }
        voegToe(codes, data.path("provinciecode"));
        voegToe(codes, data.path("gemeentecode"));
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

    private JsonNode data(CloudEvent event) {
        if (event.getData() == null) {
            throw new PoisonEventException("Event " + event.getId() + " has no data", null);
        }
        try {
            JsonNode data = json.readTree(event.getData().toBytes());
            if (data == null || !data.isObject()) {
                throw new PoisonEventException("Data of event " + event.getId() + " is not a JSON object", null);
            }
            return data;
        } catch (IOException e) {
            throw new PoisonEventException("Data of event " + event.getId() + " is not JSON", e);
        }
    }

    private static String tekst(JsonNode data, String veld) {
        JsonNode n = data.path(veld);
        return n.isTextual() ? n.asText() : null;
    }

    private static String verplicht(String waarde, CloudEvent event, String veld) {
        if (waarde == null || waarde.isBlank()) {
            throw new PoisonEventException("Event " + event.getId() + " (" + event.getType() + ") lacks " + veld, null);
        }
        return waarde;
    }

    private static LocalDate datum(JsonNode n, CloudEvent event, String veld) {
        try {
            return LocalDate.parse(verplicht(n.isTextual() ? n.asText() : null, event, veld).substring(0, 10));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new PoisonEventException("Event " + event.getId() + ": " + veld + " is not a date", e);
        }
    }

    /** A date ({@code 2024-11-01}, start of that day in NL) or an instant; the event's time when absent. */
    private static Instant tijdstip(JsonNode n, CloudEvent event) {
        String s = n.isTextual() ? n.asText() : null;
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
        return event.getTime() != null ? event.getTime().toInstant() : Instant.now();
    }
}
