package nl.spreiding.pledge.oekraine;

import java.net.URI;
import java.util.List;

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
import nl.spreiding.pledge.oekraine.OekraineDtos.DeclaratieDto;
import nl.spreiding.pledge.oekraine.OekraineDtos.Melding;
import nl.spreiding.pledge.oekraine.OekraineDtos.MeldingDto;
import nl.spreiding.pledge.oekraine.OekraineDtos.NormbedragDto;

@Path("/api/v1/oekraine-opvang")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opvang Oekraïne", description = "Capaciteit en bezetting van de opvang van ontheemden uit Oekraïne, "
        + "normbedragen en wat een gemeente per maand mag declareren (alleen aantallen)")
public class OekraineOpvangResource {

    private final OekraineOpvang opvang;

    public OekraineOpvangResource(OekraineOpvang opvang) {
        this.opvang = opvang;
    }

    @POST
    @Path("/meldingen")
    @RolesAllowed(Rollen.GEMEENTE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "meldOekraineOpvang", summary = "Maand opvang melden", description = "De gemeente meldt voor één "
            + "locatie en maand de capaciteit en de bezette plaatsen op elke dag. Alleen aantallen, geen persoonsgegevens. "
            + "Elke vastgelegde telling is ook een gebeurtenis (oekraine-telling.vastgelegd, zie /api/v1/gebeurtenissen). "
            + "Alleen de gemeente zelf.")
    @APIResponse(responseCode = "201", description = "Gemeld", headers = @Header(name = HttpHeaders.LOCATION,
            description = "Pad van de declaratie van deze gemeente en maand", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeldingDto.class)))
    @APIResponse(responseCode = "422", description = "De gemeente heeft in geen cyclus een opgave (onbekende gemeente)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "onbekende-gemeente", value = """
                            {"type":"urn:nld:spreiding:probleem:gemeente-zonder-opgave","title":"Onbekende gemeente","status":422,
                             "detail":"Gemeente GM9999 heeft in geen enkele cyclus een gepubliceerde opgave.",
                             "instance":"/api/v1/oekraine-opvang/meldingen"}""")))
    public Response meld(@Valid @NotNull Melding melding) {
        OekraineMelding m = opvang.meld(melding);
        return Response.created(URI.create("/api/v1/oekraine-opvang/declaraties/" + m.gemeentecode + "/" + m.maand))
                .entity(MeldingDto.van(m)).build();
    }

    @GET
    @Path("/meldingen")
    @Operation(operationId = "zoekOekraineOpvang", summary = "Geldende maandmeldingen", description = "De laatste melding per "
            + "locatie van een gemeente in een maand.")
    public List<MeldingDto> meldingen(
            @Parameter(description = "CBS-code van de gemeente", example = "GM0014", required = true) @QueryParam("gemeentecode")
            @NotNull @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) String gemeentecode,
            @Parameter(description = "Maand (JJJJ-MM)", example = "2022-10", required = true) @QueryParam("maand")
            @NotNull @Pattern(regexp = OekraineDtos.MAAND, message = OekraineDtos.MAAND_MELDING) String maand) {
        return OekraineMelding.geldend(gemeentecode, maand).stream().map(MeldingDto::van).toList();
    }

    @GET
    @Path("/normbedragen")
    @Operation(operationId = "zoekNormbedragen", summary = "Normbedragen", description = "Het normbedrag per bezette plaats "
            + "per dag (Bekostigingsregeling opvang ontheemden Oekraïne) per ingangsdatum, met bron; een bedrag geldt tot "
            + "de volgende ingangsdatum.")
    public List<NormbedragDto> normbedragen() {
        return Normbedrag.alle().stream().map(NormbedragDto::van).toList();
    }

    @GET
    @Path("/declaraties/{gemeentecode}/{maand}")
    @Produces({ MediaType.APPLICATION_JSON, CsvVoorkeur.CSV })
    @Operation(operationId = "haalOekraineDeclaratieOp", summary = "Declaratie van een maand", description = "Wat de gemeente "
            + "voor de maand mag declareren: per dag de bezette plaatsen van al haar locaties × het normbedrag van die dag, "
            + "opgeteld, in eurocent, met een regel per periode met één normbedrag. Als JSON, of met Accept: text/csv als CSV.")
    @APIResponse(responseCode = "200", description = "De declaratie", headers = @Header(name = "Content-Disposition",
            description = "Alleen bij CSV: attachment met een bestandsnaam", schema = @Schema(type = SchemaType.STRING,
                    example = "attachment; filename=\"oekraine-GM0014-2022-10.csv\"")), content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclaratieDto.class)),
            @Content(mediaType = CsvVoorkeur.CSV, schema = @Schema(type = SchemaType.STRING, example = "gemeentecode,maand,"
                    + "van,tot,dagen,plaatsdagen,bedragPerDagCent,bedragCent,bedragEuro,aanname,toelichting")) })
    @APIResponse(responseCode = "404", description = "Geen melding van de gemeente in de maand", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                    name = "geen-melding", value = """
                            {"type":"about:blank","title":"Niet gevonden","status":404,
                             "detail":"Gemeente GM0014 meldde geen opvang van ontheemden uit Oekraïne in 2022-11.",
                             "instance":"/api/v1/oekraine-opvang/declaraties/GM0014/2022-11"}""")))
    public Response declaratie(
            @Parameter(description = "CBS-code van de gemeente", example = "GM0014") @PathParam("gemeentecode")
            @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) String gemeentecode,
            @Parameter(description = "Maand (JJJJ-MM)", example = "2022-10") @PathParam("maand")
            @Pattern(regexp = OekraineDtos.MAAND, message = OekraineDtos.MAAND_MELDING) String maand,
            @Parameter(description = CsvDialect.BESCHRIJVING, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { CsvDialect.NAAM_RFC4180, CsvDialect.NAAM_SPREADSHEET_NL }, defaultValue = CsvDialect.NAAM_RFC4180))
            @QueryParam(CsvDialect.PARAMETER) @Pattern(regexp = CsvDialect.PATROON, message = CsvDialect.MELDING) String dialect,
            @Context HttpHeaders headers) {
        DeclaratieDto d = opvang.declaratie(gemeentecode, maand);
        return CsvVoorkeur.jsonOfCsv(headers, d, () -> DeclaratieCsv.csv(d, CsvDialect.van(dialect)),
                "oekraine-" + gemeentecode + "-" + maand + ".csv");
    }
}
