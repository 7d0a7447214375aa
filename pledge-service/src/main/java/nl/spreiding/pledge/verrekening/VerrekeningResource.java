package nl.spreiding.pledge.verrekening;

import java.net.URI;
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
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.security.Rollen;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.api.Voorbeelden;
import nl.spreiding.pledge.verrekening.VerrekeningDtos.NieuweVerrekening;
import nl.spreiding.pledge.verrekening.VerrekeningDtos.VerrekeningDto;

@Path("/api/v1/verrekeningen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verrekeningen", description = "Plaatsen van de ene gemeente die voor een andere tellen, ook over de "
        + "provinciegrens, vastgelegd en bevestigd door de betrokken provincies")
public class VerrekeningResource {

    private static final String ID = "Id van de verrekening (het veld id, of het laatste deel van de header Location)";

    private final Verrekeningen verrekeningen;

    public VerrekeningResource(Verrekeningen verrekeningen) {
        this.verrekeningen = verrekeningen;
    }

    @POST
    @RolesAllowed(Rollen.PROVINCIE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "legVerrekeningVast", summary = "Verrekening vastleggen", description = "Legt vast dat "
            + "plaatsen van de ene gemeente voor een andere tellen. De provincie van één kant legt vast (namens); ligt de "
            + "andere gemeente in een andere provincie, dan telt de verrekening pas als die haar bevestigt. Binnen één "
            + "provincie is zij meteen bevestigd.")
    @APIResponse(responseCode = "201", description = "Vastgelegd", headers = @Header(name = HttpHeaders.LOCATION,
            description = "Pad van de nieuwe verrekening", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerrekeningDto.class)))
    @APIResponse(responseCode = "422", description = "Een van de gemeenten heeft geen asielopgave in de cyclus",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "gemeente-zonder-opgave", value = """
                            {"type":"urn:nld:spreiding:probleem:gemeente-zonder-opgave","title":"Gemeente zonder opgave",
                             "status":422,"detail":"Gemeente GM9999 heeft geen asielopgave in cyclus 2026-2028.",
                             "instance":"/api/v1/verrekeningen"}""")))
    public Response leg(@Valid @NotNull NieuweVerrekening verzoek) {
        Verrekening v = verrekeningen.leg(verzoek);
        return Response.created(URI.create("/api/v1/verrekeningen/" + v.id)).entity(VerrekeningDto.van(v)).build();
    }

    @POST
    @Path("/{id}/bevestiging")
    @RolesAllowed(Rollen.PROVINCIE)
    @Operation(operationId = "bevestigVerrekening", summary = "Verrekening bevestigen", description = "De provincie van "
            + "de andere kant bevestigt de verrekening; daarna telt zij. Geen inhoud nodig.")
    @APIResponse(responseCode = "200", description = "Bevestigd", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VerrekeningDto.class)))
    @APIResponse(responseCode = "409", description = "De verrekening is al bevestigd", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                    name = "verrekening-bevestigd", value = """
                            {"type":"urn:nld:spreiding:probleem:verrekening-bevestigd","title":"Verrekening al bevestigd",
                             "status":409,"detail":"Verrekening 6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d is al bevestigd door PV23.",
                             "instance":"/api/v1/verrekeningen/6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d/bevestiging"}""")))
    public VerrekeningDto bevestig(@Parameter(description = ID) @PathParam("id") UUID id) {
        return VerrekeningDto.van(verrekeningen.bevestig(id));
    }

    @GET
    @Operation(operationId = "zoekVerrekeningen", summary = "Verrekeningen", description = "Verrekeningen, oudste eerst, "
            + "te filteren op cyclus, provincie en gemeente (elk aan beide kanten); per pagina.")
    public Pagina<VerrekeningDto> lijst(
            @Parameter(description = "Alleen verrekeningen in deze cyclus (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS)
            @QueryParam("cyclus") @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "Alleen verrekeningen die deze provincie raken, aan een van beide kanten (CBS-code)",
                    example = "PV23") @QueryParam("provinciecode")
            @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @Parameter(description = "Alleen verrekeningen die deze gemeente raken, aan een van beide kanten (CBS-code)",
                    example = "GM0166") @QueryParam("gemeentecode")
            @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) String gemeentecode,
            @BeanParam @Valid Paginering paginering) {
        return Pagina.van(Verrekening.zoek(cyclus, provinciecode, gemeentecode), paginering, VerrekeningDto::van);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "haalVerrekeningOp", summary = "Verrekening", description = "Eén verrekening met haar historie.")
    public VerrekeningDto een(@Parameter(description = ID) @PathParam("id") UUID id) {
        return VerrekeningDto.van(verrekeningen.vereis(id));
    }
}
