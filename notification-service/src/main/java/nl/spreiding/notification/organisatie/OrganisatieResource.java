package nl.spreiding.notification.organisatie;

import java.util.List;


import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import nl.spreiding.notification.notificatie.Notificatiefeed;
import nl.spreiding.notification.notificatie.Notificatiefeed.Feed;
import nl.spreiding.notification.termijn.ICalendar;
import nl.spreiding.notification.termijn.Organisaties;
import nl.spreiding.notification.termijn.TermijnResource;
import nl.spreiding.notification.termijn.Termijnagenda;
import nl.spreiding.notification.wettelijkedatum.Doelgroep;
import nl.spreiding.notification.wettelijkedatum.WettelijkeDatums;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.errors.DomainException;
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

    private final Aanvrager aanvrager;
    private final Notificatiefeed feed;
    private final Organisaties organisaties;
    private final Termijnagenda termijnen;
    private final WettelijkeDatums wettelijkeDatums;

    public OrganisatieResource(Aanvrager aanvrager, Notificatiefeed feed, Organisaties organisaties,
            Termijnagenda termijnen, WettelijkeDatums wettelijkeDatums) {
        this.aanvrager = aanvrager;
        this.feed = feed;
        this.organisaties = organisaties;
        this.termijnen = termijnen;
        this.wettelijkeDatums = wettelijkeDatums;
    }

    @GET
    @Path("/termijnen.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    // Deliberately without @RolesAllowed: the deadlines are published, and a calendar feed cannot send a token.
    @Operation(operationId = "haalTermijnkalenderOp", summary = "Termijnkalender als iCalendar", description = "De "
            + "termijnen van deze provincie of gemeente en die voor iedereen, als agenda om op te abonneren (RFC 5545): "
            + "een hele-dag-afspraak per termijn met een vaste UID, namen in plaats van codes, en een herinnering "
            + ICalendar.ALARM_DAGEN_VOORAF + " dagen voor elke termijn die nog open is. Zonder token. Een provincie is "
            + "altijd bekend, een gemeente zodra een verdeling of een eigen termijn haar noemt. Zonder cyclus staan ook de "
            + "wettelijke datums van haar groep erin (een gemeente: die voor alle gemeenten; een provincie: die voor "
            + "alle provincies), elk met bron; een vervangen datum als STATUS:CANCELLED. Met cyclus alleen de termijnen "
            + "van die cyclus: een wettelijke datum hoort bij geen cyclus.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = TermijnResource.IF_NONE_MATCH_BESCHRIJVING,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "De agenda", headers = {
            @Header(name = "ETag", description = TermijnResource.ETAG_BESCHRIJVING, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Content-Disposition", description = "Bestandsnaam voor wie de agenda opslaat",
                    schema = @Schema(type = SchemaType.STRING, example = "inline; filename=\"spreiding-PV27.ics\"")) },
            content = @Content(mediaType = ICalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "iCalendar (RFC 5545): één hele-dag-afspraak per termijn",
                    example = TermijnResource.ICS_VOORBEELD)))
    @APIResponse(responseCode = "304", description = "De agenda is niet veranderd sinds de ETag in If-None-Match",
            headers = @Header(name = "ETag", description = TermijnResource.ETAG_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "De organisatie is niet bekend, of de cyclus heeft geen termijnen "
            + "(is niet geopend)", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class), examples = {
                            @ExampleObject(name = "onbekendeOrganisatie", summary = "Onbekende organisatie", value = """
                                    {"type":"about:blank","title":"Niet gevonden","status":404,
                                     "detail":"Organisatie GM9999 is niet bekend: geen provincie, en geen gemeente uit een verdeling of met een eigen termijn.",
                                     "instance":"/api/v1/organisaties/GM9999/termijnen.ics"}"""),
                            @ExampleObject(name = "onbekendeCyclus", summary = "Cyclus zonder termijnen", value = """
                                    {"type":"about:blank","title":"Niet gevonden","status":404,
                                     "detail":"Cyclus 2030-2032 heeft geen termijnen: hij is (nog) niet geopend.",
                                     "instance":"/api/v1/organisaties/PV27/termijnen.ics"}""") }))
    public Response agenda(
            @Parameter(description = "CBS-code van een provincie (PV + 2 cijfers) of gemeente (GM + 4 cijfers)",
                    example = "PV27") @PathParam("code")
            @Pattern(regexp = CODE, message = "moet een CBS-code zijn, zoals PV27 of GM0363") String code,
            @Parameter(description = "Alleen de termijnen van deze cyclus van de Spreidingswet (JJJJ-JJJJ), zoals "
                    + "2026-2028; weggelaten: alle cycli") @QueryParam("cyclus")
            @Pattern(regexp = TermijnResource.CYCLUS, message = TermijnResource.CYCLUS_MELDING) String cyclus,
            @Context Request request) {
        if (!organisaties.bekend(code)) {
            throw DomainException.notFound("Organisatie " + code + " is niet bekend: geen provincie, en geen gemeente "
                    + "uit een verdeling of met een eigen termijn.");
        }
        if (cyclus != null && !termijnen.cyclusBekend(cyclus)) {
            throw DomainException.notFound("Cyclus " + cyclus + " heeft geen termijnen: hij is (nog) niet geopend.");
        }
        var datums = cyclus == null ? wettelijkeDatums.afspraken(Doelgroep.van(code)) : List.<ICalendar.Afspraak>of();
        return Termijnagenda.antwoord(termijnen.agenda(cyclus, code, datums), request)
                .header("Content-Disposition", "inline; filename=\"spreiding-" + code + ".ics\"").build();
    }

    @GET
    @Path("/notificaties")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Rollen.MINISTER, Rollen.PROVINCIE, Rollen.GEMEENTE, Rollen.COA, Rollen.BEHEERDER })
    @Operation(operationId = "leesNotificatiefeed", summary = "Notificatiefeed", description = "De notificaties over "
            + "deze organisatie en die voor iedereen, oplopend op volgnummer, na de cursor `na`. Een nieuwe notificatie "
            + "krijgt altijd een hoger volgnummer dan alle eerder zichtbare, dus wie met `volgendeNa` verder vraagt, mist "
            + "er geen. De feed is daarom met een cursor gepagineerd en niet met pagina's: een paginanummer verschuift "
            + "als er notificaties bij komen. Alleen voor de organisatie zelf en een beheerder: de feed bevat ook de "
            + "herinneringen aan deze organisatie.")
    @APIResponse(responseCode = "200", description = "De notificaties na de cursor (leeg als er niets nieuws is)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Feed.class)))
    @APIResponse(responseCode = "403", description = "Het token is niet van deze organisatie en niet van een beheerder",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "andereOrganisatie", summary = "Feed van een andere organisatie",
                            value = """
                                    {"type":"about:blank","title":"Geen toegang","status":403,
                                     "detail":"U handelt namens PV20 en mag dit niet namens PV27.",
                                     "instance":"/api/v1/organisaties/PV27/notificaties"}""")))
    public Feed feed(
            @Parameter(description = "CBS-code van de provincie (PV + 2 cijfers) of gemeente (GM + 4 cijfers) van wie "
                    + "de feed is; dezelfde als de organisatie in het token", example = "PV27") @PathParam("code")
            @Pattern(regexp = CODE, message = "moet een CBS-code zijn, zoals PV27 of GM0363") String code,
            @Parameter(description = "Cursor: alleen notificaties met een hoger volgnummer; 0 voor het begin, daarna "
                    + "`volgendeNa` van het vorige antwoord", example = "0")
            @QueryParam("na") @DefaultValue("0") @Min(value = 0, message = "moet 0 of groter zijn") long na,
            @Parameter(description = "Maximaal aantal notificaties in dit antwoord (1 tot en met 500)", example = "100")
            @QueryParam("limiet") @DefaultValue("100") @Min(value = 1, message = "moet minstens 1 zijn")
            @Max(value = 500, message = "mag hoogstens 500 zijn") int limiet) {
        aanvrager.vereistNamens(code, Rollen.BEHEERDER);
        return feed.na(code, na, limiet);
    }
}
