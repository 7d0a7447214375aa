package nl.spreiding.notification.notificatie;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The feed of one organisation: the notifications about it and those for everyone, ascending by {@code volgnummer},
 * after a cursor.
 */
@ApplicationScoped
public class Notificatiefeed {

    @Schema(name = "Notificatie", description = "Een notificatie uit de feed: het volgnummer (de cursor) en de "
            + "CloudEvent zoals webhooks hem ook afleveren.", example = """
            {"volgnummer":42,"cloudevent":{"specversion":"1.0","id":"a1b2c3d4-0000-4000-8000-000000000042",
             "source":"urn:nld:spreiding:pledge-service","type":"nl.spreiding.provinciaal-plan.ingediend",
             "time":"2024-10-30T10:00:00Z","subject":"2024-2026/PV27","datacontenttype":"application/json",
             "data":{"cyclus":"2024-2026","provinciecode":"PV27"}}}""")
    public record NotificatieDto(
            @Schema(description = "Oplopend volgnummer; geef het als `na` om de volgende op te halen", example = "42") long volgnummer,
            @Schema(description = "De notificatie zelf: de CloudEvent, byte voor byte wat een webhook als body krijgt")
            CloudEventDto cloudevent) {
    }

    @Schema(name = "NotificatieFeed", description = "Een deel van de feed, vanaf een cursor.", example = """
            {"resultaten":[{"volgnummer":42,"cloudevent":{"specversion":"1.0","id":"a1b2c3d4-0000-4000-8000-000000000042",
             "source":"urn:nld:spreiding:pledge-service","type":"nl.spreiding.provinciaal-plan.ingediend",
             "time":"2024-10-30T10:00:00Z","datacontenttype":"application/json","data":{}}}],
             "na":41,"limiet":100,"volgendeNa":42}""")
    public record Feed(
            @Schema(description = "Notificaties met een volgnummer groter dan `na`, oplopend") List<NotificatieDto> resultaten,
            @Schema(description = "De cursor van deze vraag", example = "41") long na,
            @Schema(description = "Maximaal aantal resultaten", example = "100") int limiet,
            @Schema(description = "De cursor voor de volgende vraag (gelijk aan `na` als er niets nieuws was)",
                    example = "42") long volgendeNa) {
    }

    private final ObjectMapper json;

    public Notificatiefeed(ObjectMapper json) {
        this.json = json;
    }

    /** At most {@code limiet} notifications about {@code code} (or everyone) with a volgnummer above {@code na}. */
    public Feed na(String code, long na, int limiet) {
        List<Notificatie> notificaties = Notificatie.<Notificatie>find(
                "volgnummer > ?1 and (coalesce(array_length(organisaties), 0) = 0 or array_contains(organisaties, ?2)) "
                        + "order by volgnummer", na, code)
                .range(0, limiet - 1).list();
        List<NotificatieDto> resultaten = new ArrayList<>();
        long volgende = na;
        for (Notificatie n : notificaties) {
            try {
                resultaten.add(new NotificatieDto(n.volgnummer, json.readValue(n.cloudevent, CloudEventDto.class)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Notificatie " + n.volgnummer + " is geen JSON", e);
            }
            volgende = n.volgnummer;
        }
        return new Feed(resultaten, na, limiet, volgende);
    }
}
