package nl.spreiding.notification.termijn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;

/**
 * The deadline calendar. Open to anyone, without a token: the deadlines follow from published decisions, and
 * agenda applications that subscribe to the calendar cannot send one.
 */
@Path("/api/v1/termijnen")
@Tag(name = "Termijnen", description = "De termijnkalender van een cyclus")
public class TermijnResource {

    static final String CYCLUS = "\\d{4}-\\d{4}";
    static final String ORGANISATIE = "PV\\d{2}|GM\\d{4}";

    private final Clock clock;

    public TermijnResource(Clock clock) {
        this.clock = clock;
    }

    @Schema(name = "Termijn", description = "Een termijn van de cyclus.", example = """
            {"id":"5d1f0c2a-8a3e-4a7b-bb55-0f3c2d6e7a91","cyclus":"2024-2026","soort":"PROVINCIAAL_PLAN",
             "organisatie":"PV27","vervaldatum":"2024-11-01","omschrijving":"Provinciaal plan indienen","afgerond":false}""")
    public record TermijnDto(
            @Schema(description = "Vaste id van de termijn (ook de UID in iCalendar)",
                    example = "5d1f0c2a-8a3e-4a7b-bb55-0f3c2d6e7a91") UUID id,
            @Schema(description = "Cyclus", example = "2024-2026") String cyclus,
            @Schema(description = "Soort termijn", example = "PROVINCIAAL_PLAN") Termijn.Soort soort,
            @Schema(description = "CBS-code van de organisatie die moet handelen; leeg als de termijn voor iedereen geldt",
                    example = "PV27", nullable = true) String organisatie,
            @Schema(description = "Uiterste datum", example = "2024-11-01") LocalDate vervaldatum,
            @Schema(description = "Wat er uiterlijk op de vervaldatum moet gebeuren",
                    example = "Provinciaal plan indienen") String omschrijving,
            @Schema(description = "De organisatie heeft gedaan wat moest", example = "false") boolean afgerond) {

        static TermijnDto van(Termijn t) {
            return new TermijnDto(t.id, t.cyclus, t.soort, t.organisatie, t.vervaldatum, t.omschrijving,
                    t.afgerondOp != null);
        }
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, ICalendar.MEDIA_TYPE })
    @Operation(summary = "Termijnen", description = "Termijnen op datum, te filteren op cyclus en organisatie "
            + "(een organisatie ziet ook de termijnen die voor iedereen gelden). Met `Accept: text/calendar` "
            + "dezelfde termijnen als iCalendar (RFC 5545), zonder paginering.")
    @APIResponse(responseCode = "200", description = "De termijnen", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermijnPagina.class)),
            @Content(mediaType = ICalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    example = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n...\r\nEND:VCALENDAR\r\n")) })
    public Response lijst(
            @Parameter(description = "Cyclus", example = "2024-2026") @QueryParam("cyclus")
            @Pattern(regexp = CYCLUS, message = "moet een cyclus zijn, zoals 2024-2026") String cyclus,
            @Parameter(description = "CBS-code van provincie of gemeente", example = "PV27") @QueryParam("organisatie")
            @Pattern(regexp = ORGANISATIE, message = "moet een CBS-code zijn, zoals PV27 of GM0363") String organisatie,
            @BeanParam @Valid Paginering paginering, @Context HttpHeaders headers) {
        if (wilAgenda(headers.getAcceptableMediaTypes())) {
            return Response.ok(agenda(cyclus, organisatie, clock), ICalendar.MEDIA_TYPE + "; charset=utf-8").build();
        }
        var query = zoek(cyclus, organisatie);
        return Response.ok(Pagina.van(query, paginering, TermijnDto::van),
                MediaType.APPLICATION_JSON).build();
    }

    /** JSON unless the client names text/calendar before (or without) JSON; the list is sorted by preference. */
    static boolean wilAgenda(List<MediaType> acceptabel) {
        for (MediaType m : acceptabel) {
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardType()) {
                return false;
            }
            if (m.getType().equals("text") && m.getSubtype().equals("calendar")) {
                return true;
            }
        }
        return false;
    }

    @Schema(name = "TermijnPagina", description = "Eén pagina termijnen.")
    public record TermijnPagina(
            @Schema(description = "De termijnen op deze pagina") List<TermijnDto> resultaten,
            @Schema(description = "Nummer van deze pagina, vanaf 1", example = "1") int pagina,
            @Schema(description = "Maximaal aantal resultaten per pagina", example = "50") int paginaGrootte,
            @Schema(description = "Totaal aantal resultaten", example = "15") long totaal,
            @Schema(description = "Aantal pagina's", example = "1") long aantalPaginas) {
    }

    /** The calendar of one organisation (or of all), for {@code text/calendar}. */
    public static String agenda(String cyclus, String organisatie, Clock clock) {
        List<Termijn> termijnen = zoek(cyclus, organisatie).list();
        String naam = "Spreiding termijnen" + (organisatie == null ? "" : " " + organisatie)
                + (cyclus == null ? "" : " " + cyclus);
        return ICalendar.van(naam, termijnen, Instant.now(clock));
    }

    private static io.quarkus.hibernate.orm.panache.PanacheQuery<Termijn> zoek(String cyclus, String organisatie) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (cyclus != null) {
            where.append(" and cyclus = :cyclus");
            params.put("cyclus", cyclus);
        }
        if (organisatie != null) {
            where.append(" and (organisatie = :organisatie or organisatie is null)");
            params.put("organisatie", organisatie);
        }
        return Termijn.<Termijn>find(where.toString(), Sort.by("vervaldatum").and("soort").and("organisatie")
                .and("id"), params);
    }
}
