package nl.spreiding.pledge.realisatie;

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
import nl.spreiding.platform.api.ProblemException;
import nl.spreiding.platform.security.Rollen;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.api.Voorbeelden;
import nl.spreiding.pledge.realisatie.Realisaties.RealisatieDto;
import nl.spreiding.pledge.realisatie.Realisaties.RealisatieMelding;

@Path("/api/v1/realisaties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Realisaties", description = "Meldingen van gerealiseerde plaatsen per locatie")
public class RealisatieResource {

    private final Realisaties realisaties;

    public RealisatieResource(Realisaties realisaties) {
        this.realisaties = realisaties;
    }

    @POST
    @RolesAllowed(Rollen.GEMEENTE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "meldRealisatie", summary = "Realisatie melden", description = "Meldt hoeveel plaatsen nu beschikbaar zijn op een locatie. "
            + "Een aanwijzing is gerealiseerd zodra haar locaties samen haar aantal plaatsen halen binnen de termijn. "
            + "Alleen de gemeente zelf (rol gemeente, organisatie in het token).")
    @APIResponse(responseCode = "201", description = "Gemeld", headers = @Header(name = HttpHeaders.LOCATION,
            description = "Pad van de nieuwe melding", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RealisatieDto.class)))
    @APIResponse(responseCode = "422", description = "De gemeente heeft geen opgave in de cyclus, of aanwijzingId of "
            + "toezeggingId noemt geen (vastgestelde) aanwijzing of toezegging van deze gemeente in deze cyclus",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "onbekende-aanwijzing", summary = "Geen vastgestelde aanwijzing van de gemeente",
                            value = Voorbeelden.ONBEKENDE_AANWIJZING),
                    @ExampleObject(name = "onbekende-toezegging", summary = "Geen toezegging van de gemeente",
                            value = Voorbeelden.ONBEKENDE_TOEZEGGING),
                    @ExampleObject(name = "gemeente-zonder-opgave", summary = "Gemeente zonder opgave in de cyclus",
                            value = Voorbeelden.REALISATIE_ZONDER_OPGAVE) }))
    public Response meld(@Valid @NotNull RealisatieMelding melding) {
        Realisatie r = realisaties.meld(melding);
        return Response.created(URI.create("/api/v1/realisaties/" + r.id)).entity(RealisatieDto.van(r)).build();
    }

    @GET
    @Operation(operationId = "zoekRealisaties", summary = "Realisaties", description = "Realisatiemeldingen, oudste eerst, "
            + "te filteren op cyclus, gemeente en aanwijzing; per pagina.")
    public Pagina<RealisatieDto> lijst(
            @Parameter(description = "Alleen meldingen in deze cyclus (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS) @QueryParam("cyclus")
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "Alleen meldingen van deze gemeente (CBS-code)", example = "GM1952") @QueryParam("gemeentecode")
            @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) String gemeentecode,
            @Parameter(description = "Alleen meldingen voor deze aanwijzing (haar id)") @QueryParam("aanwijzingId") UUID aanwijzingId,
            @BeanParam @Valid Paginering paginering) {
        var query = Realisatie.zoek(cyclus, gemeentecode, aanwijzingId);
        return Pagina.van(query, paginering, RealisatieDto::van);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "haalRealisatieOp", summary = "Realisatie", description = "Eén realisatiemelding.")
    public RealisatieDto een(@Parameter(description = "Id van de melding (het veld id, of het laatste deel van de header "
            + "Location bij melden)") @PathParam("id") UUID id) {
        Realisatie r = Realisatie.<Realisatie>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Realisatie " + id + " bestaat niet."));
        return RealisatieDto.van(r);
    }
}
