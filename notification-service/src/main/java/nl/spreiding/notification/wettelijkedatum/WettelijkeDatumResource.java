package nl.spreiding.notification.wettelijkedatum;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import nl.spreiding.notification.termijn.ICalendar;
import nl.spreiding.notification.termijn.TermijnResource;
import nl.spreiding.notification.termijn.Termijnagenda;
import nl.spreiding.notification.wettelijkedatum.WettelijkeDatumDtos.WettelijkeDatumAanvraag;
import nl.spreiding.notification.wettelijkedatum.WettelijkeDatumDtos.WettelijkeDatumDto;
import nl.spreiding.notification.wettelijkedatum.WettelijkeDatumDtos.WettelijkeDatumPagina;
import nl.spreiding.notification.wettelijkedatum.WettelijkeDatumDtos.WettelijkeDatumVervanging;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.security.Rollen;

/**
 * The legal dates of the letter (and later ones), each with its source and the groups it concerns. Reading is open
 * to anyone, as the deadline calendar is; the minister (or an operator) records a date or supersedes one.
 */
@Path("/api/v1/wettelijke-datums")
@Tag(name = "Wettelijke datums", description = "Datums uit wet- en regelgeving en de ledenbrief waarop groepen "
        + "organisaties moeten handelen, met hun bron; vervangen datums blijven zichtbaar")
public class WettelijkeDatumResource {

    static final String ID = "Id van de wettelijke datum";
    static final String DOELGROEP = "GEMEENTEN|REGIONALE_OPENBARE_LICHAMEN|PROVINCIES|COA";
    static final String ONBEKEND = """
            {"type":"about:blank","title":"Niet gevonden","status":404,
             "detail":"Wettelijke datum 0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b bestaat niet.",
             "instance":"/api/v1/wettelijke-datums/0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b"}""";
    static final String ICS_VOORBEELD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Spreiding//notification-service//NL\r\n"
            + "(...)\r\nBEGIN:VEVENT\r\nUID:22c21802-2e84-5b17-abd9-b644061815f5@spreiding.nl\r\n"
            + "DTSTAMP:20240129T230000Z\r\nLAST-MODIFIED:20240129T230000Z\r\nDTSTART;VALUE=DATE:20240304\r\n"
            + "DTEND;VALUE=DATE:20240305\r\nSUMMARY:Tijdelijke bescherming van derdelanders eindigt van rechtswege\r\n"
            + "DESCRIPTION:(...)\r\nCATEGORIES:Wettelijke datum\r\nTRANSP:TRANSPARENT\r\nSTATUS:CONFIRMED\r\n"
            + "(...)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private final WettelijkeDatums datums;

    public WettelijkeDatumResource(WettelijkeDatums datums) {
        this.datums = datums;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, ICalendar.MEDIA_TYPE })
    @Operation(operationId = "zoekWettelijkeDatums", summary = "Wettelijke datums zoeken", description = "Alle "
            + "wettelijke datums op datum, met bron en doelgroepen, ook de vervangen datums (status VERVANGEN, met "
            + "vervangenDoor), tenzij geldend=true. Met `Accept: text/calendar` dezelfde datums als iCalendar (RFC 5545), "
            + "zonder paginering, met een ETag; een vervangen datum staat er als STATUS:CANCELLED in.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = TermijnResource.IF_NONE_MATCH_BESCHRIJVING
            + " (alleen bij text/calendar)", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "De wettelijke datums", headers = @Header(name = "ETag",
            description = TermijnResource.ETAG_BESCHRIJVING + " (alleen bij text/calendar)",
            schema = @Schema(type = SchemaType.STRING)), content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WettelijkeDatumPagina.class)),
                    @Content(mediaType = ICalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            description = "iCalendar (RFC 5545): één hele-dag-afspraak per datum", example = ICS_VOORBEELD)) })
    @APIResponse(responseCode = "304", description = "De agenda is niet veranderd sinds de ETag in If-None-Match "
            + "(alleen bij text/calendar)", headers = @Header(name = "ETag", description = TermijnResource.ETAG_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response zoek(
            @Parameter(description = "Alleen de datums die deze groep aangaan: GEMEENTEN, REGIONALE_OPENBARE_LICHAMEN, "
                    + "PROVINCIES of COA", example = "GEMEENTEN") @QueryParam("doelgroep")
            @Pattern(regexp = DOELGROEP, message = "moet GEMEENTEN, REGIONALE_OPENBARE_LICHAMEN, PROVINCIES of COA zijn")
            String doelgroep,
            @Parameter(description = "true: alleen de geldende datums (niet de vervangen); false of weggelaten: alle",
                    example = "false") @QueryParam("geldend")
            @Pattern(regexp = "true|false", message = "moet true of false zijn") String geldend,
            @BeanParam @Valid Paginering paginering, @Context HttpHeaders headers, @Context Request request) {
        // Text checked against the list, not an enum parameter: a wrong value is a 400 naming it, not a 404.
        Doelgroep groep = doelgroep == null ? null : Doelgroep.valueOf(doelgroep);
        boolean ookVervangen = !"true".equals(geldend);
        if (TermijnResource.wilAgenda(headers.getAcceptableMediaTypes())) {
            List<ICalendar.Afspraak> afspraken = datums.zoek(groep, ookVervangen).list().stream()
                    .map(WettelijkeDatums::afspraak).toList();
            String naam = "Spreiding wettelijke datums" + (groep == null ? "" : " " + groep.weergave());
            return Termijnagenda.antwoord(ICalendar.van(naam, List.of(), java.util.Map.of(), afspraken), request)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        var query = datums.zoek(groep, ookVervangen);
        Pagina<WettelijkeDatumDto> pagina = (long) (paginering.pagina() - 1) * paginering.paginaGrootte() > Integer.MAX_VALUE
                ? new Pagina<>(List.of(), paginering.pagina(), paginering.paginaGrootte(), query.count())
                : Pagina.van(query, paginering, WettelijkeDatumDto::van);
        return Response.ok(pagina, MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "leesWettelijkeDatum", summary = "Eén wettelijke datum", description = "De datum met "
            + "bron, doelgroepen en (als hij vervangen is) wat hem verving.")
    @APIResponse(responseCode = "200", description = "De wettelijke datum", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WettelijkeDatumDto.class)))
    @APIResponse(responseCode = "404", description = "Bestaat niet", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "onbekend",
                    summary = "Onbekende datum", value = ONBEKEND)))
    public WettelijkeDatumDto een(@Parameter(description = ID) @PathParam("id") UUID id) {
        return datums.een(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Rollen.MINISTER, Rollen.BEHEERDER })
    @Operation(operationId = "legWettelijkeDatumVast", summary = "Wettelijke datum vastleggen", description = "Een "
            + "nieuwe datum met zijn bron (de letterlijke zin) en de groepen die hij aangaat. Een datum die er al is "
            + "(dezelfde sleutel, geldend) wordt niet overschreven: vervang hem. Abonnees krijgen "
            + "nl.spreiding.wettelijke-datum.vastgelegd, en herinneringen volgen zoals bij de termijnen van de cyclus. "
            + "Alleen de minister of een beheerder.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WettelijkeDatumAanvraag.class),
            examples = @ExampleObject(name = "regionaleAanvraag", summary = "Een aanvraagtermijn voor regionale lichamen",
                    value = """
                    {"sleutel":"BEKOSTIGINGSREGELING_ROL_AANVRAAG_2025","datum":"2025-10-01",
                     "omschrijving":"Laatste dag om de specifieke uitkering voor 2025 aan te vragen",
                     "doelgroepen":["REGIONALE_OPENBARE_LICHAMEN"],"bron":"Staatscourant, wijzigingsregeling, artikel I",
                     "bronUrl":"https://zoek.officielebekendmakingen.nl/","brontekst":"De aanvraag wordt uiterlijk 1 oktober 2025 ingediend."}""")))
    @APIResponse(responseCode = "201", description = "Vastgelegd", headers = @Header(name = "Location",
            description = "Pad van de nieuwe datum", schema = @Schema(type = SchemaType.STRING,
                    example = "/api/v1/wettelijke-datums/0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WettelijkeDatumDto.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Er is al een geldende datum met deze sleutel: vervang die",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bestaatAl", summary = "Sleutel al in gebruik", value = """
                            {"type":"urn:nld:spreiding:probleem:wettelijke-datum-bestaat","title":"Wettelijke datum bestaat al",
                             "status":409,"detail":"Er is al een geldende datum RTB_EINDE; vervang die (POST /api/v1/wettelijke-datums/{id}/vervangingen), zodat de oude zichtbaar blijft.",
                             "instance":"/api/v1/wettelijke-datums"}""")))
    public Response leg(@NotNull(message = "is verplicht") @Valid WettelijkeDatumAanvraag aanvraag) {
        WettelijkeDatumDto d = datums.leg(aanvraag);
        return Response.created(URI.create("/api/v1/wettelijke-datums/" + d.id())).entity(d).build();
    }

    @POST
    @Path("/{id}/vervangingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Rollen.MINISTER, Rollen.BEHEERDER })
    @Operation(operationId = "vervangWettelijkeDatum", summary = "Wettelijke datum vervangen", description = "Een "
            + "latere beslissing (een verlenging, een correctie) als nieuwe datum met eigen bron. De oude blijft bestaan, "
            + "met status VERVANGEN en vervangenDoor; hij krijgt geen herinneringen meer en staat in de agenda als "
            + "STATUS:CANCELLED. Alleen de minister of een beheerder.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WettelijkeDatumVervanging.class),
            examples = @ExampleObject(name = "verlenging", summary = "Verlenging van de tijdelijke bescherming", value = """
                    {"datum":"2027-03-04","bron":"Uitvoeringsbesluit van de Raad tot verlenging van de tijdelijke bescherming",
                     "bronUrl":"https://eur-lex.europa.eu/","brontekst":"De tijdelijke bescherming wordt verlengd tot 4 maart 2027.",
                     "toelichting":"Verlenging met een jaar: vervangt het einde op 4 maart 2026."}""")))
    @APIResponse(responseCode = "201", description = "De nieuwe datum; de oude is vervangen", headers = @Header(
            name = "Location", description = "Pad van de nieuwe datum", schema = @Schema(type = SchemaType.STRING,
                    example = "/api/v1/wettelijke-datums/0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WettelijkeDatumDto.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Bestaat niet", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "onbekend",
                    summary = "Onbekende datum", value = ONBEKEND)))
    @APIResponse(responseCode = "409", description = "De datum is al vervangen: vervang de datum die hem verving",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "alVervangen", summary = "Al vervangen", value = """
                            {"type":"urn:nld:spreiding:probleem:wettelijke-datum-vervangen","title":"Wettelijke datum al vervangen",
                             "status":409,"detail":"Wettelijke datum 9170a1d5-354b-594a-9e33-6be46e23b5fb is al vervangen door 923640f1-3dc0-57dc-a747-07c2fee5a2e8; vervang die.",
                             "instance":"/api/v1/wettelijke-datums/9170a1d5-354b-594a-9e33-6be46e23b5fb/vervangingen"}""")))
    public Response vervang(@Parameter(description = ID) @PathParam("id") UUID id,
            @NotNull(message = "is verplicht") @Valid WettelijkeDatumVervanging vervanging) {
        WettelijkeDatumDto d = datums.vervang(id, vervanging);
        return Response.created(URI.create("/api/v1/wettelijke-datums/" + d.id())).entity(d).build();
    }
}
