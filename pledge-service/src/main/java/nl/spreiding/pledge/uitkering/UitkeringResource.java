package nl.spreiding.pledge.uitkering;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.Response;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.csv.CsvDialect;
import nl.spreiding.platform.security.Rollen;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.api.CsvVoorkeur;
import nl.spreiding.pledge.uitkering.UitkeringDtos.Aanvraag;
import nl.spreiding.pledge.uitkering.UitkeringDtos.Berekening;
import nl.spreiding.pledge.uitkering.UitkeringDtos.BesluitVerzoek;
import nl.spreiding.pledge.uitkering.UitkeringDtos.NieuweRegeling;
import nl.spreiding.pledge.uitkering.UitkeringDtos.Overzicht;
import nl.spreiding.pledge.uitkering.UitkeringDtos.RechtDto;
import nl.spreiding.pledge.uitkering.UitkeringDtos.RegelingDto;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Specifieke uitkering", description = "De regeling per cyclus, het recht per gemeente, aanvraag en besluit")
public class UitkeringResource {

    private static final String ID = "Id van het uitkeringsrecht (het veld id in GET /uitkeringsrechten)";
    private static final String NIET_GEVONDEN = """
            {"type":"about:blank","title":"Niet gevonden","status":404,
             "detail":"Uitkeringsrecht 6c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5 bestaat niet.",
             "instance":"/api/v1/uitkeringsrechten/6c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5"}""";

    private final Uitkeringen uitkeringen;

    public UitkeringResource(Uitkeringen uitkeringen) {
        this.uitkeringen = uitkeringen;
    }

    @GET
    @Path("/uitkeringsregelingen")
    @Operation(operationId = "zoekUitkeringsregelingen", summary = "Regelingen van een cyclus", description = "Alle versies "
            + "van de regeling van de specifieke uitkering in een cyclus, oudste eerst; de hoogste versie geldt. Elke trede "
            + "noemt haar bron en of het bedrag vastgesteld of alleen gemeld is.")
    public List<RegelingDto> regelingen(
            @Parameter(description = "Cyclus (JJJJ-JJJJ)", example = "2024-2026", required = true) @QueryParam("cyclus")
            @NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus) {
        return Uitkeringsregeling.vanCyclus(cyclus).stream().map(RegelingDto::van).toList();
    }

    @POST
    @Path("/uitkeringsregelingen")
    @RolesAllowed(Rollen.MINISTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stelUitkeringsregelingIn", summary = "Nieuwe versie van de regeling", description = "Legt een "
            + "nieuwe versie van de regeling van een cyclus vast; eerdere versies blijven ongewijzigd. Een al berekend "
            + "recht blijft bij de versie waarmee het is berekend. Alleen de minister.")
    @APIResponse(responseCode = "201", description = "Vastgelegd", headers = @Header(name = HttpHeaders.LOCATION,
            description = "Pad van de regelingen van de cyclus", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegelingDto.class)))
    public Response nieuweVersie(@Valid @NotNull NieuweRegeling regeling) {
        Uitkeringsregeling r = uitkeringen.nieuweVersie(regeling);
        return Response.created(URI.create("/api/v1/uitkeringsregelingen?cyclus=" + r.cyclus))
                .entity(RegelingDto.van(r)).build();
    }

    @POST
    @Path("/uitkeringsrechten/berekening")
    @RolesAllowed(Rollen.MINISTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "berekenUitkeringsrechten", summary = "Uitkering berekenen", description = "Berekent na de "
            + "realisatietermijn per gemeente het recht op de specifieke uitkering uit de duurzame ASIEL-plaatsen die zij "
            + "meldde (de laatste melding per locatie telt), met de geldende versie van de regeling: per "
            + "trede plaatsen × bedrag, in eurocent. De uitkering volgt de plaats: een bevestigde verrekening tussen "
            + "gemeenten telt voor de opgave, niet voor de uitkering; de gemeente die de plaatsen realiseert krijgt ze "
            + "betaald (verrekend staat ter informatie in het antwoord). Eén keer per cyclus. Alleen de minister.")
    @APIResponse(responseCode = "200", description = "Berekend: het overzicht", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overzicht.class)))
    @APIResponse(responseCode = "409", description = "De uitkering van de cyclus is al berekend", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                    name = "al-berekend", value = """
                            {"type":"urn:nld:spreiding:probleem:uitkering-al-berekend","title":"Al berekend","status":409,
                             "detail":"De uitkering van cyclus 2024-2026 is al berekend; een berekening wordt niet overschreven.",
                             "instance":"/api/v1/uitkeringsrechten/berekening"}""")))
    @APIResponse(responseCode = "422", description = "De realisatietermijn loopt nog, of de cyclus heeft geen regeling",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "te-vroeg", value = """
                            {"type":"urn:nld:spreiding:probleem:realisatietermijn-loopt-nog","title":"Realisatietermijn loopt nog",
                             "status":422,"detail":"De realisatietermijn van cyclus 2024-2026 loopt tot en met 2025-07-01; bereken de uitkering daarna.",
                             "instance":"/api/v1/uitkeringsrechten/berekening"}"""),
                    @ExampleObject(name = "geen-regeling", value = """
                            {"type":"urn:nld:spreiding:probleem:geen-uitkeringsregeling","title":"Geen regeling","status":422,
                             "detail":"Cyclus 2030-2032 heeft geen regeling voor de specifieke uitkering.",
                             "instance":"/api/v1/uitkeringsrechten/berekening"}""") }))
    public Overzicht bereken(@Valid @NotNull Berekening berekening) {
        return uitkeringen.bereken(berekening.cyclus());
    }

    @GET
    @Path("/uitkeringsrechten")
    @Produces({ MediaType.APPLICATION_JSON, CsvVoorkeur.CSV })
    @Operation(operationId = "haalUitkeringsoverzichtOp", summary = "Overzicht van de uitkering", description = "Per gemeente "
            + "het recht met zijn berekening, per provincie en landelijk de totalen, in eurocent. Als JSON, of met Accept: "
            + "text/csv als CSV (een regel per gemeente, dan per provincie, dan het land).")
    @APIResponse(responseCode = "200", description = "Het overzicht", headers = @Header(name = "Content-Disposition",
            description = "Alleen bij CSV: attachment met een bestandsnaam", schema = @Schema(type = SchemaType.STRING,
                    example = "attachment; filename=\"uitkering-2024-2026.csv\"")), content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overzicht.class)),
            @Content(mediaType = CsvVoorkeur.CSV, schema = @Schema(type = SchemaType.STRING, example = "niveau,code,naam,"
                    + "provinciecode,opgave,duurzamePlaatsen,automatischCent,opAanvraagCent,toegekendCent,totaalEuro,status,"
                    + "toelichting")) })
    public Response overzicht(
            @Parameter(description = "Cyclus (JJJJ-JJJJ)", example = "2024-2026", required = true) @QueryParam("cyclus")
            @NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "Alleen gemeenten van deze provincie (CBS-code)", example = "PV20")
            @QueryParam("provinciecode") @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @Parameter(description = CsvDialect.BESCHRIJVING, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { CsvDialect.NAAM_RFC4180, CsvDialect.NAAM_SPREADSHEET_NL }, defaultValue = CsvDialect.NAAM_RFC4180))
            @QueryParam(CsvDialect.PARAMETER) @Pattern(regexp = CsvDialect.PATROON, message = CsvDialect.MELDING) String dialect,
            @Context HttpHeaders headers) {
        Overzicht o = uitkeringen.overzicht(cyclus, provinciecode);
        return CsvVoorkeur.jsonOfCsv(headers, o, () -> UitkeringCsv.csv(o, CsvDialect.van(dialect)), "uitkering-"
                + (provinciecode == null ? "" : provinciecode + "-") + cyclus + ".csv");
    }

    @GET
    @Path("/uitkeringsrechten/{id}")
    @Operation(operationId = "haalUitkeringsrechtOp", summary = "Uitkeringsrecht", description = "Het recht van één "
            + "gemeente met zijn berekening, aanvraag en besluit.")
    @APIResponse(responseCode = "200", description = "Het recht", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RechtDto.class)))
    @APIResponse(responseCode = "404", description = "Onbekend recht", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "onbekend", value = NIET_GEVONDEN)))
    public RechtDto een(@Parameter(description = ID) @PathParam("id") UUID id) {
        return uitkeringen.dto(uitkeringen.lees(id));
    }

    @POST
    @Path("/uitkeringsrechten/{id}/aanvraag")
    @RolesAllowed(Rollen.GEMEENTE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "vraagUitkeringAan", summary = "Uitkering aanvragen", description = "De gemeente vraagt het deel "
            + "op aanvraag aan, uiterlijk op de aanvraagdatum van de regeling, met de datum vanaf wanneer de plaatsen "
            + "beschikbaar zijn. Alleen de gemeente zelf.")
    @APIResponse(responseCode = "200", description = "Aangevraagd", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RechtDto.class)))
    @APIResponse(responseCode = "404", description = "Onbekend recht", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "onbekend", value = """
                    {"type":"about:blank","title":"Niet gevonden","status":404,
                     "detail":"Uitkeringsrecht 6c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5 bestaat niet.",
                     "instance":"/api/v1/uitkeringsrechten/6c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5/aanvraag"}""")))
    @APIResponse(responseCode = "409", description = "Al aangevraagd", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "al-aangevraagd", value = """
                    {"type":"urn:nld:spreiding:probleem:uitkering-verkeerde-staat","title":"Al aangevraagd","status":409,
                     "detail":"Het uitkeringsrecht van GM1950 heeft status AANGEVRAAGD; alleen een berekend recht kan worden aangevraagd.",
                     "instance":"/api/v1/uitkeringsrechten/6c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5/aanvraag"}""")))
    @APIResponse(responseCode = "422", description = "Niets op aanvraag, of de aanvraagtermijn is verstreken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "termijn-verstreken", value = """
                            {"type":"urn:nld:spreiding:probleem:uitkering-niet-aan-te-vragen","title":"Aanvraagtermijn verstreken",
                             "status":422,"detail":"Aanvragen kon tot en met 2026-01-31; het is nu 2026-02-02.",
                             "instance":"/api/v1/uitkeringsrechten/6c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5/aanvraag"}""")))
    public RechtDto vraagAan(@Parameter(description = ID) @PathParam("id") UUID id, @Valid @NotNull Aanvraag aanvraag) {
        return uitkeringen.dto(uitkeringen.vraagAan(id, aanvraag));
    }

    @POST
    @Path("/uitkeringsrechten/{id}/besluit")
    @RolesAllowed(Rollen.MINISTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "besluitOpUitkering", summary = "Besluiten op een aanvraag", description = "De minister kent het "
            + "deel op aanvraag toe of wijst het af, met een reden. Alleen de minister.")
    @APIResponse(responseCode = "200", description = "Besloten", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RechtDto.class)))
    @APIResponse(responseCode = "404", description = "Onbekend recht", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "onbekend", value = """
                    {"type":"about:blank","title":"Niet gevonden","status":404,
                     "detail":"Uitkeringsrecht 6c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5 bestaat niet.",
                     "instance":"/api/v1/uitkeringsrechten/6c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5/besluit"}""")))
    @APIResponse(responseCode = "409", description = "Geen open aanvraag", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "geen-aanvraag", value = """
                    {"type":"urn:nld:spreiding:probleem:uitkering-verkeerde-staat","title":"Geen open aanvraag","status":409,
                     "detail":"Het uitkeringsrecht van GM1950 heeft status BEREKEND; alleen op een aanvraag wordt besloten.",
                     "instance":"/api/v1/uitkeringsrechten/6c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5/besluit"}""")))
    public RechtDto besluit(@Parameter(description = ID) @PathParam("id") UUID id, @Valid @NotNull BesluitVerzoek besluit) {
        return uitkeringen.dto(uitkeringen.besluit(id, besluit));
    }
}
