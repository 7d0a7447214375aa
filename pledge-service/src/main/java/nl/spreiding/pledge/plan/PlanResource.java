package nl.spreiding.pledge.plan;

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
import nl.spreiding.pledge.plan.PlanDtos.PlanDto;
import nl.spreiding.pledge.plan.PlanDtos.PlanIndiening;

@Path("/api/v1/provinciale-plannen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provinciale plannen", description = "Het plan van de provincie: concept uit de toezeggingen, indienen, versies")
public class PlanResource {

    private final Plannen plannen;

    public PlanResource(Plannen plannen) {
        this.plannen = plannen;
    }

    @GET
    @Path("/concept")
    @Operation(operationId = "stelConceptplanSamen", summary = "Concept van het provinciaal plan", description = "Het plan "
            + "zoals het nu uit de toezeggingen volgt, met dezelfde toetsing als bij indienen. Wordt niet opgeslagen.")
    @APIResponse(responseCode = "200", description = "Het concept (status CONCEPT, zonder id en planversie)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDto.class)))
    @APIResponse(responseCode = "422", description = "De provincie heeft (nog) geen gepubliceerde asielopgave in de cyclus",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "geen-opgave", value = Voorbeelden.GEEN_OPGAVE_PROVINCIE)))
    public PlanDto concept(
            @Parameter(description = "Cyclus van het plan (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS, required = true)
            @QueryParam("cyclus") @NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "CBS-code van de provincie van het plan", example = "PV27", required = true) @QueryParam("provinciecode")
            @NotNull @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode) {
        return plannen.concept(cyclus, provinciecode);
    }

    @POST
    @RolesAllowed(Rollen.PROVINCIE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dienPlanIn", summary = "Provinciaal plan indienen", description = "Legt het plan vast uit de huidige toezeggingen en "
            + "toetst het: dekt het de opgave (in totaal en AMV), welke gemeenten halen hun eigen opgave niet. Na de "
            + "termijn van de cyclus wordt het aanvaard maar als te laat gemarkeerd. Een nieuwe indiening vervangt de "
            + "vorige versie; die blijft bewaard. Na het verdeelbesluit: 409. Alleen de provincie zelf.")
    @APIResponse(responseCode = "201", description = "Ingediend: de nieuwe planversie", headers = @Header(
            name = HttpHeaders.LOCATION, description = "Pad van de nieuwe planversie", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDto.class)))
    @APIResponse(responseCode = "409", description = "Het verdeelbesluit van de cyclus is al genomen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "verdeelbesluit-genomen", value = Voorbeelden.PLAN_NA_BESLUIT)))
    @APIResponse(responseCode = "422", description = "De cyclus is (nog) niet geopend, of de provincie heeft er (nog) geen "
            + "gepubliceerde asielopgave in", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "onbekende-cyclus", summary = "Cyclus niet geopend", value = Voorbeelden.ONBEKENDE_CYCLUS),
                    @ExampleObject(name = "geen-opgave", summary = "Geen asielopgave voor de provincie",
                            value = Voorbeelden.GEEN_OPGAVE_PROVINCIE) }))
    public Response dienIn(@Valid @NotNull PlanIndiening verzoek) {
        ProvinciaalPlan p = plannen.dienIn(verzoek);
        return Response.created(URI.create("/api/v1/provinciale-plannen/" + p.id)).entity(plannen.dto(p)).build();
    }

    @GET
    @Operation(operationId = "zoekProvincialePlannen", summary = "Provinciale plannen", description = "Ingediende plannen, "
            + "per cyclus, provincie en planversie; standaard alleen de geldende versies; per pagina.")
    public Pagina<PlanDto> lijst(
            @Parameter(description = "Alleen plannen in deze cyclus (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS) @QueryParam("cyclus")
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "Alleen plannen van deze provincie (CBS-code)", example = "PV27") @QueryParam("provinciecode")
            @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @Parameter(description = "true: ook de vervangen (oudere) planversies; false (standaard): alleen de geldende",
                    example = "false", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("inclusiefVervangen")
            @Pattern(regexp = "true|false", message = "moet true of false zijn") String inclusiefVervangen,
            @BeanParam @Valid Paginering paginering) {
        var query = ProvinciaalPlan.zoek(cyclus, provinciecode, Boolean.parseBoolean(inclusiefVervangen));
        return Pagina.van(query, paginering, plannen::dto);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "haalProvinciaalPlanOp", summary = "Provinciaal plan", description = "Eén ingediende planversie.")
    public PlanDto een(@Parameter(description = "Id van de planversie (het veld id, of het laatste deel van de header "
            + "Location bij indienen)") @PathParam("id") UUID id) {
        ProvinciaalPlan p = ProvinciaalPlan.<ProvinciaalPlan>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Provinciaal plan " + id + " bestaat niet."));
        return plannen.dto(p);
    }
}
