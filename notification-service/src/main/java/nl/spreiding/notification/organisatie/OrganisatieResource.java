package nl.spreiding.notification.organisatie;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreiding.notification.notificatie.CloudEventDto;
import nl.spreiding.notification.termijn.ICalendar;
import nl.spreiding.notification.termijn.TermijnResource;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.platform.security.Rollen;

/**
 * What concerns one organisation: its deadline calendar as iCalendar, and its notifications as a feed to pull from.
 * The calendar is published information and stays open to anyone (agenda applications subscribe to the .ics
 * without a token); the feed also carries the reminders addressed to the organisation, so only the organisation
 * itself and the operators read it.
 */
@Path("/api/v1/organisaties/{code}")
@Tag(name = "Organisaties", description = "Termijnkalender (iCalendar) en notificatiefeed per provincie of gemeente")
public class OrganisatieResource {

    static final String CODE = "PV\\d{2}|GM\\d{4}";

    @Schema(name = "Notificatie", description = "Een notificatie uit de feed: het volgnummer (de cursor) en de "
            + "CloudEvent zoals webhooks hem ook afleveren.", example = """
            {"volgnummer":42,"cloudevent":{"specversion":"1.0","id":"a1b2c3d4-0000-4000-8000-000000000042",
             "source":"urn:nld:spreiding:pledge-service","type":"nl.spreiding.provinciaal-plan.ingediend",
             "time":"2024-10-30T10:00:00Z","subject":"2024-2026/PV27","datacontenttype":"application/json",
             "data":{"cyclus":"2024-2026","provinciecode":"PV27"}}}""")
    public record NotificatieDto(
            @Schema(description = "Oplopend volgnummer; geef het als `na` om de volgende op te halen", example = "42") long volgnummer,
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

    private final EntityManager em;
    private final Aanvrager aanvrager;
    private final ObjectMapper json;
    private final Clock clock;

    public OrganisatieResource(EntityManager em, Aanvrager aanvrager, ObjectMapper json, Clock clock) {
        this.em = em;
        this.aanvrager = aanvrager;
        this.json = json;
        this.clock = clock;
    }

    @GET
    @Path("/termijnen.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    // Deliberately without @RolesAllowed: the deadlines are published, and a calendar feed cannot send a token.
    @Operation(summary = "Termijnkalender als iCalendar", description = "De termijnen van deze organisatie en die voor "
            + "iedereen, als agenda om op te abonneren (RFC 5545, hele-dag-afspraken, vaste UID per termijn).")
    @APIResponse(responseCode = "200", description = "De agenda", content = @Content(mediaType = ICalendar.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, example = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n...\r\nEND:VCALENDAR\r\n")))
    public Response agenda(
            @Parameter(description = "CBS-code van provincie of gemeente", example = "PV27") @PathParam("code")
            @Pattern(regexp = CODE, message = "moet een CBS-code zijn, zoals PV27 of GM0363") String code,
            @Parameter(description = "Cyclus", example = "2024-2026") @QueryParam("cyclus")
            @Pattern(regexp = "\\d{4}-\\d{4}", message = "moet een cyclus zijn, zoals 2024-2026") String cyclus) {
        return Response.ok(TermijnResource.agenda(cyclus, code, clock), ICalendar.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"spreiding-" + code + ".ics\"").build();
    }

    @GET
    @Path("/notificaties")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Rollen.MINISTER, Rollen.PROVINCIE, Rollen.GEMEENTE, Rollen.COA, Rollen.BEHEERDER })
    @Operation(summary = "Notificatiefeed", description = "De notificaties over deze organisatie en die voor iedereen, "
            + "oplopend op volgnummer, na de cursor `na`. Een nieuwe notificatie krijgt altijd een hoger volgnummer dan "
            + "alle eerder zichtbare, dus wie met `volgendeNa` verder vraagt, mist er geen. Alleen voor de organisatie "
            + "zelf en een beheerder: de feed bevat ook de herinneringen aan deze organisatie.")
    public Feed feed(
            @Parameter(description = "CBS-code van provincie of gemeente", example = "PV27") @PathParam("code")
            @Pattern(regexp = CODE, message = "moet een CBS-code zijn, zoals PV27 of GM0363") String code,
            @Parameter(description = "Cursor: alleen notificaties met een hoger volgnummer", example = "0")
            @QueryParam("na") @DefaultValue("0") @Min(value = 0, message = "moet 0 of groter zijn") long na,
            @Parameter(description = "Maximaal aantal resultaten (1 tot en met 500)", example = "100")
            @QueryParam("limiet") @DefaultValue("100") @Min(value = 1, message = "moet minstens 1 zijn")
            @Max(value = 500, message = "mag hoogstens 500 zijn") int limiet) {
        aanvrager.vereistNamens(code, Rollen.BEHEERDER);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select volgnummer, cloudevent from notificatie
                 where volgnummer > :na and (organisaties = '{}' or organisaties @> cast(array[:code] as varchar[]))
                 order by volgnummer limit :limiet""")
                .setParameter("na", na).setParameter("code", code).setParameter("limiet", limiet).getResultList();
        List<NotificatieDto> resultaten = new ArrayList<>();
        long volgende = na;
        for (Object[] r : rows) {
            long volgnummer = ((Number) r[0]).longValue();
            try {
                resultaten.add(new NotificatieDto(volgnummer, json.readValue((String) r[1], CloudEventDto.class)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Notificatie " + volgnummer + " is geen JSON", e);
            }
            volgende = volgnummer;
        }
        return new Feed(resultaten, na, limiet, volgende);
    }
}
