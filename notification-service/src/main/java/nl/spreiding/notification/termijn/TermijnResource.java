package nl.spreiding.notification.termijn;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
import jakarta.ws.rs.core.Request;
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

    public static final String CYCLUS = "\\d{4}-\\d{4}";
    public static final String CYCLUS_MELDING = "moet een cyclus zijn, zoals 2024-2026";
    static final String ORGANISATIE = "PV\\d{2}|GM\\d{4}";
    /** An example calendar, as the server writes it (one deadline). */
    public static final String ICS_VOORBEELD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Spreiding//notification-service//NL\r\n"
            + "CALSCALE:GREGORIAN\r\nNAME:Spreiding termijnen Noord-Holland 2024-2026\r\n"
            + "X-WR-CALNAME:Spreiding termijnen Noord-Holland 2024-2026\r\nX-WR-TIMEZONE:Europe/Amsterdam\r\n"
            + "REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\nX-PUBLISHED-TTL:PT12H\r\nBEGIN:VTIMEZONE\r\n"
            + "TZID:Europe/Amsterdam\r\n(...)\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
            + "UID:5d1f0c2a-8a3e-4a7b-bb55-0f3c2d6e7a91@spreiding.nl\r\nDTSTAMP:20240131T100000Z\r\n"
            + "LAST-MODIFIED:20240131T100000Z\r\nDTSTART;VALUE=DATE:20241101\r\nDTEND;VALUE=DATE:20241102\r\n"
            + "SUMMARY:Provinciaal plan indienen (Noord-Holland)\r\nDESCRIPTION:Cyclus 2024-2026\\, termijn provinciaal "
            + "plan: Provinciaal plan i\r\n ndienen. Uiterste datum: 1 november 2024. Voor: Noord-Holland (PV27).\r\n"
            + "CATEGORIES:Provinciaal plan\r\nTRANSP:TRANSPARENT\r\nSTATUS:CONFIRMED\r\nBEGIN:VALARM\r\n"
            + "ACTION:DISPLAY\r\nTRIGGER:-P14D\r\nDESCRIPTION:Over 14 dagen: Provinciaal plan indienen (Noord-Holland)\r\n"
            + "END:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    public static final String ETAG_BESCHRIJVING = "Sterke ETag van deze agenda (verandert alleen als een termijn "
            + "verandert); stuur hem terug in If-None-Match";
    public static final String IF_NONE_MATCH_BESCHRIJVING = "ETag van een eerder opgehaalde agenda: is er niets "
            + "veranderd, dan volgt 304 zonder inhoud";

    private final Termijnagenda termijnen;

    public TermijnResource(Termijnagenda termijnen) {
        this.termijnen = termijnen;
    }

    @Schema(name = "Termijn", description = "Een termijn van de cyclus: wat een organisatie (of iedereen) uiterlijk op "
            + "een datum moet doen volgens de Spreidingswet.", example = """
            {"id":"5d1f0c2a-8a3e-4a7b-bb55-0f3c2d6e7a91","cyclus":"2024-2026","soort":"PROVINCIAAL_PLAN",
             "organisatie":"PV27","vervaldatum":"2024-11-01","omschrijving":"Provinciaal plan indienen","afgerond":false}""")
    public record TermijnDto(
            @Schema(description = "Vaste id van de termijn, dezelfde voor dezelfde cyclus, soort en organisatie (ook de "
                    + "UID in iCalendar, met @spreiding.nl erachter)", example = "5d1f0c2a-8a3e-4a7b-bb55-0f3c2d6e7a91") UUID id,
            @Schema(description = "De cyclus van de Spreidingswet waarin de termijn valt (twee jaar, JJJJ-JJJJ)",
                    example = "2024-2026") String cyclus,
            @Schema(description = "Soort termijn: RAMING (de minister publiceert de capaciteitsraming), PROVINCIAAL_PLAN "
                    + "(de provincie dient haar plan in), VERDEELBESLUIT (de minister neemt het verdeelbesluit), "
                    + "REALISATIE (een aangewezen gemeente realiseert haar opvangplaatsen), VOLGENDE_CYCLUS (de "
                    + "volgende cyclus begint), UITKERING_AANVRAAG (een gemeente vraagt het deel op aanvraag van de specifieke "
                    + "uitkering aan)", example = "PROVINCIAAL_PLAN") Termijn.Soort soort,
            @Schema(description = "CBS-code van de provincie of gemeente die moet handelen; leeg als de termijn voor "
                    + "iedereen geldt", example = "PV27", nullable = true) String organisatie,
            @Schema(description = "Uiterste datum (de termijn loopt af aan het eind van deze dag, Nederlandse tijd)",
                    example = "2024-11-01") LocalDate vervaldatum,
            @Schema(description = "Wat er uiterlijk op de vervaldatum moet gebeuren",
                    example = "Provinciaal plan indienen") String omschrijving,
            @Schema(description = "De organisatie heeft gedaan wat moest (het plan is ingediend, het besluit genomen); "
                    + "er komen geen herinneringen meer", example = "false") boolean afgerond) {

        static TermijnDto van(Termijn t) {
            return new TermijnDto(t.id, t.cyclus, t.soort, t.organisatie, t.vervaldatum, t.omschrijving,
                    t.afgerondOp != null);
        }
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, ICalendar.MEDIA_TYPE })
    @Operation(operationId = "zoekTermijnen", summary = "Termijnen zoeken", description = "Termijnen op datum, te "
            + "filteren op cyclus en organisatie (een organisatie ziet ook de termijnen die voor iedereen gelden); een "
            + "filter zonder treffers geeft een lege lijst. Met `Accept: text/calendar` dezelfde termijnen als "
            + "iCalendar (RFC 5545), zonder paginering, met een ETag. Voor één organisatie is "
            + "`/organisaties/{code}/termijnen.ics` de agenda om op te abonneren.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = IF_NONE_MATCH_BESCHRIJVING
            + " (alleen bij text/calendar)", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "De termijnen", headers = @Header(name = "ETag",
            description = ETAG_BESCHRIJVING + " (alleen bij text/calendar)", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermijnPagina.class)),
                    @Content(mediaType = ICalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            description = "iCalendar (RFC 5545): één hele-dag-afspraak per termijn",
                            example = ICS_VOORBEELD)) })
    @APIResponse(responseCode = "304", description = "De agenda is niet veranderd sinds de ETag in If-None-Match "
            + "(alleen bij text/calendar)", headers = @Header(name = "ETag", description = ETAG_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response zoek(
            @Parameter(description = "Alleen de termijnen van deze cyclus van de Spreidingswet (JJJJ-JJJJ)",
                    example = "2024-2026") @QueryParam("cyclus")
            @Pattern(regexp = CYCLUS, message = CYCLUS_MELDING) String cyclus,
            @Parameter(description = "CBS-code van een provincie (PV + 2 cijfers) of gemeente (GM + 4 cijfers): alleen "
                    + "haar eigen termijnen en die voor iedereen", example = "PV27") @QueryParam("organisatie")
            @Pattern(regexp = ORGANISATIE, message = "moet een CBS-code zijn, zoals PV27 of GM0363") String organisatie,
            @BeanParam @Valid Paginering paginering, @Context HttpHeaders headers, @Context Request request) {
        if (wilAgenda(headers.getAcceptableMediaTypes())) {
            return Termijnagenda.antwoord(termijnen.agenda(cyclus, organisatie), request)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        var query = termijnen.zoek(cyclus, organisatie);
        // A page whose first row lies beyond what an int offset holds is empty (and Panache's int offset would overflow).
        Pagina<TermijnDto> pagina = (long) (paginering.pagina() - 1) * paginering.paginaGrootte() > Integer.MAX_VALUE
                ? new Pagina<>(List.of(), paginering.pagina(), paginering.paginaGrootte(), query.count())
                : Pagina.van(query, paginering, TermijnDto::van);
        return Response.ok(pagina, MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /** JSON unless the client names text/calendar before (or without) JSON; the list is sorted by preference. */
    public static boolean wilAgenda(List<MediaType> acceptabel) {
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

    @Schema(name = "TermijnPagina", description = "Eén pagina termijnen.", example = """
            {"resultaten":[{"id":"5d1f0c2a-8a3e-4a7b-bb55-0f3c2d6e7a91","cyclus":"2024-2026","soort":"PROVINCIAAL_PLAN",
             "organisatie":"PV27","vervaldatum":"2024-11-01","omschrijving":"Provinciaal plan indienen","afgerond":false}],
             "pagina":1,"paginaGrootte":50,"totaal":1,"aantalPaginas":1}""")
    public record TermijnPagina(
            @Schema(description = "De termijnen op deze pagina, op vervaldatum") List<TermijnDto> resultaten,
            @Schema(description = "Nummer van deze pagina, vanaf 1", example = "1") int pagina,
            @Schema(description = "Maximaal aantal resultaten per pagina", example = "50") int paginaGrootte,
            @Schema(description = "Totaal aantal termijnen dat aan de filters voldoet, over alle pagina's",
                    example = "15") long totaal,
            @Schema(description = "Aantal pagina's bij deze paginagrootte", example = "1") long aantalPaginas) {
    }
}
