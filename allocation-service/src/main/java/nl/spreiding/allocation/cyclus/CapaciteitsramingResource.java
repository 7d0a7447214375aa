package nl.spreiding.allocation.cyclus;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.platform.security.Rollen;

@Path("/api/v1/capaciteitsramingen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cycli")
public class CapaciteitsramingResource {

    private final Cycli cycli;
    private final Aanvrager aanvrager;

    public CapaciteitsramingResource(Cycli cycli, Aanvrager aanvrager) {
        this.cycli = cycli;
        this.aanvrager = aanvrager;
    }

    @Schema(name = "NieuweCapaciteitsraming", description = "De capaciteitsraming die de minister publiceert.", example = """
            {"cyclus":"2024-2026","totaalPlaatsen":96000,"amvPlaatsen":8140,"peildatum":"2025-01-01"}""")
    public record NieuweRaming(
            @NotNull @Pattern(regexp = CyclusResource.CYCLUS_PATROON, message = CyclusResource.CYCLUS_MELDING)
            @Schema(example = "2024-2026") String cyclus,
            @Min(1) @Max(1_000_000) @Schema(description = "Totaal aantal opvangplaatsen", example = "96000") int totaalPlaatsen,
            @Min(0) @Max(1_000_000) @Schema(description = "Waarvan voor alleenstaande minderjarige vreemdelingen (AMV)", example = "8140")
            int amvPlaatsen,
            @Schema(description = "Datum waarop de raming de verwachte behoefte is; standaard 1 januari na het beginjaar",
                    example = "2025-01-01") LocalDate peildatum) {
    }

    @Schema(name = "Capaciteitsraming", description = "Een gepubliceerde capaciteitsraming.", example = """
            {"cyclus":"2024-2026","totaalPlaatsen":96000,"amvPlaatsen":8140,"peildatum":"2025-01-01",
             "gepubliceerdOp":"2024-01-31T10:00:00Z","gepubliceerdDoor":"minister@minjenv.example"}""")
    public record RamingDto(String cyclus, int totaalPlaatsen, int amvPlaatsen, LocalDate peildatum, Instant gepubliceerdOp,
            String gepubliceerdDoor) {

        static RamingDto van(Capaciteitsraming r) {
            return new RamingDto(r.cyclus, r.totaalPlaatsen, r.amvPlaatsen, r.peildatum, r.gepubliceerdOp, r.gepubliceerdDoor);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rollen.MINISTER)
    @Operation(summary = "De capaciteitsraming publiceren", description = "Eén per cyclus; gepubliceerd is onveranderlijk. "
            + "Publiceert nl.spreiding.capaciteitsraming.gepubliceerd.")
    @APIResponse(responseCode = "201", description = "Gepubliceerd")
    @APIResponse(responseCode = "404", description = "De cyclus bestaat niet")
    @APIResponse(responseCode = "409", description = "De raming van deze cyclus is al gepubliceerd")
    public Response publiceer(@Valid @NotNull NieuweRaming raming) {
        Capaciteitsraming gepubliceerd = cycli.publiceerRaming(raming.cyclus(), raming.totaalPlaatsen(), raming.amvPlaatsen(),
                raming.peildatum(), aanvrager.naam());
        return Response.created(URI.create("/api/v1/capaciteitsramingen/" + gepubliceerd.cyclus))
                .entity(RamingDto.van(gepubliceerd)).build();
    }

    @GET
    @Path("/{cyclus}")
    @Operation(summary = "De capaciteitsraming van een cyclus")
    public RamingDto lees(@PathParam("cyclus") @Pattern(regexp = CyclusResource.CYCLUS_PATROON,
            message = CyclusResource.CYCLUS_MELDING) String cyclus) {
        return RamingDto.van(cycli.raming(cyclus));
    }
}
