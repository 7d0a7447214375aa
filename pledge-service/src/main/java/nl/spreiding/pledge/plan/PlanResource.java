package nl.spreiding.pledge.plan;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.ProblemException;
import nl.spreiding.platform.security.Rollen;
import nl.spreiding.pledge.api.Codes;
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
    @Operation(summary = "Concept van het provinciaal plan", description = "Het plan zoals het nu uit de toezeggingen volgt, "
            + "met dezelfde toetsing als bij indienen. Wordt niet opgeslagen.")
    public PlanDto concept(
            @Parameter(description = "Cyclus", example = "2024-2026", required = true) @QueryParam("cyclus") @NotNull
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "CBS-code van de provincie", example = "PV27", required = true) @QueryParam("provinciecode")
            @NotNull @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode) {
        return plannen.concept(cyclus, provinciecode);
    }

    @POST
    @RolesAllowed(Rollen.PROVINCIE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Provinciaal plan indienen", description = "Legt het plan vast uit de huidige toezeggingen en "
            + "toetst het: dekt het de opgave (in totaal en AMV), welke gemeenten halen hun eigen opgave niet. Na de "
            + "termijn van de cyclus wordt het aanvaard maar als te laat gemarkeerd. Een nieuwe indiening vervangt de "
            + "vorige versie; die blijft bewaard. Na het verdeelbesluit: 409. Alleen de provincie zelf.")
    public Response dienIn(@Valid @NotNull PlanIndiening verzoek) {
        ProvinciaalPlan p = plannen.dienIn(verzoek);
        return Response.created(URI.create("/api/v1/provinciale-plannen/" + p.id)).entity(plannen.dto(p)).build();
    }

    @GET
    @Operation(summary = "Provinciale plannen", description = "Ingediende plannen; standaard alleen de geldende versies.")
    public Pagina<PlanDto> lijst(
            @Parameter(description = "Cyclus", example = "2024-2026") @QueryParam("cyclus")
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "CBS-code van de provincie", example = "PV27") @QueryParam("provinciecode")
            @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @Parameter(description = "Ook vervangen versies", example = "false") @QueryParam("inclusiefVervangen")
            @DefaultValue("false") boolean inclusiefVervangen,
            @BeanParam @Valid Paginering paginering) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (cyclus != null) {
            where.append(" and cyclus = :cyclus");
            params.put("cyclus", cyclus);
        }
        if (provinciecode != null) {
            where.append(" and provinciecode = :provinciecode");
            params.put("provinciecode", provinciecode);
        }
        if (!inclusiefVervangen) {
            where.append(" and status = :status");
            params.put("status", ProvinciaalPlan.Status.INGEDIEND);
        }
        var query = ProvinciaalPlan.<ProvinciaalPlan>find(where.toString(),
                Sort.by("cyclus").and("provinciecode").and("planversie"), params);
        return Pagina.van(query, paginering, plannen::dto);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Provinciaal plan", description = "Eén ingediende planversie.")
    public PlanDto een(@Parameter(description = "Id van het plan", example = "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98")
            @PathParam("id") UUID id) {
        ProvinciaalPlan p = ProvinciaalPlan.<ProvinciaalPlan>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Provinciaal plan " + id + " bestaat niet."));
        return plannen.dto(p);
    }
}
