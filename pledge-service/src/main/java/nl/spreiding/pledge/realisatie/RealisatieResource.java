package nl.spreiding.pledge.realisatie;

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
    @Operation(summary = "Realisatie melden", description = "Meldt hoeveel plaatsen nu beschikbaar zijn op een locatie. "
            + "Een aanwijzing is gerealiseerd zodra haar locaties samen haar aantal plaatsen halen binnen de termijn. "
            + "Alleen de gemeente zelf (rol gemeente, organisatie in het token).")
    public Response meld(@Valid @NotNull RealisatieMelding melding) {
        Realisatie r = realisaties.meld(melding);
        return Response.created(URI.create("/api/v1/realisaties/" + r.id)).entity(RealisatieDto.van(r)).build();
    }

    @GET
    @Operation(summary = "Realisaties", description = "Realisatiemeldingen, te filteren op cyclus, gemeente en aanwijzing.")
    public Pagina<RealisatieDto> lijst(
            @Parameter(description = "Cyclus", example = "2024-2026") @QueryParam("cyclus")
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "CBS-code van de gemeente", example = "GM0363") @QueryParam("gemeentecode")
            @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) String gemeentecode,
            @Parameter(description = "Aanwijzing", example = "7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9") @QueryParam("aanwijzingId") UUID aanwijzingId,
            @BeanParam @Valid Paginering paginering) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        for (var f : new Object[][] { { "cyclus", cyclus }, { "gemeentecode", gemeentecode },
                { "aanwijzingId", aanwijzingId } }) {
            if (f[1] != null) {
                where.append(" and ").append(f[0]).append(" = :").append(f[0]);
                params.put((String) f[0], f[1]);
            }
        }
        var query = Realisatie.<Realisatie>find(where.toString(), Sort.by("gemeldOp").and("id"), params);
        return Pagina.van(query, paginering, RealisatieDto::van);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Realisatie", description = "Eén realisatiemelding.")
    public RealisatieDto een(@Parameter(description = "Id", example = "2f3e4d5c-6b7a-4980-a1b2-c3d4e5f60718") @PathParam("id") UUID id) {
        Realisatie r = Realisatie.<Realisatie>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Realisatie " + id + " bestaat niet."));
        return RealisatieDto.van(r);
    }
}
