package nl.spreiding.allocation.cyclus;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

@Path("/api/v1/cycli")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cycli", description = "Cycli van twee jaar met hun termijnen, en hun capaciteitsramingen")
public class CyclusResource {

    static final String CYCLUS_PATROON = "\\d{4}-\\d{4}";
    static final String CYCLUS_MELDING = "moet een cyclus zijn, zoals 2024-2026";

    private final Cycli cycli;
    private final Aanvrager aanvrager;

    public CyclusResource(Cycli cycli, Aanvrager aanvrager) {
        this.cycli = cycli;
        this.aanvrager = aanvrager;
    }

    @Schema(name = "Termijnen", description = "De termijnen van een cyclus.", example = """
            {"raming":"2024-02-01","provinciaalPlan":"2024-11-01","verdeelbesluit":"2024-12-31","realisatieMaanden":6,
             "volgendeCyclus":"2026-02-01"}""")
    public record TermijnenDto(
            @NotNull @Schema(description = "Uiterste datum van de capaciteitsraming", example = "2024-02-01") LocalDate raming,
            @NotNull @Schema(description = "Uiterste datum van de provinciale plannen", example = "2024-11-01") LocalDate provinciaalPlan,
            @NotNull @Schema(description = "Uiterste datum van het verdeelbesluit", example = "2024-12-31") LocalDate verdeelbesluit,
            @Min(1) @Max(36) @Schema(description = "Maanden voor realisatie na het verdeelbesluit", example = "6") int realisatieMaanden,
            @NotNull @Schema(description = "Begin van de volgende cyclus", example = "2026-02-01") LocalDate volgendeCyclus) {
    }

    @Schema(name = "NieuweCyclus", description = "Een te openen cyclus; zonder termijnen gelden die van cyclus 1 "
            + "(1 februari, 1 november, 31 december, 6 maanden, twee jaar later).", example = """
            {"cyclus":"2024-2026","referentiejaar":2024}""")
    public record NieuweCyclus(
            @NotNull @Pattern(regexp = CYCLUS_PATROON, message = CYCLUS_MELDING)
            @Schema(description = "Code van de cyclus", example = "2024-2026") String cyclus,
            @Min(2000) @Max(2100) @Schema(description = "Jaar van de referentiedata; standaard het beginjaar", example = "2024")
            Integer referentiejaar,
            @Valid TermijnenDto termijnen) {
    }

    @Schema(name = "Cyclus", description = "Een cyclus van de Spreidingswet.", example = """
            {"cyclus":"2024-2026","referentiejaar":2024,"termijnen":{"raming":"2024-02-01","provinciaalPlan":"2024-11-01",
             "verdeelbesluit":"2024-12-31","realisatieMaanden":6,"volgendeCyclus":"2026-02-01"},
             "geopendOp":"2024-01-15T09:00:00Z","geopendDoor":"minister@minjenv.example"}""")
    public record CyclusDto(String cyclus, int referentiejaar, TermijnenDto termijnen, Instant geopendOp, String geopendDoor) {

        static CyclusDto van(Cyclus c) {
            return new CyclusDto(c.code, c.referentiejaar, new TermijnenDto(c.ramingUiterlijk, c.provinciaalPlanUiterlijk,
                    c.verdeelbesluitUiterlijk, c.realisatieMaanden, c.volgendeCyclus), c.geopendOp, c.geopendDoor);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rollen.MINISTER)
    @Operation(summary = "Een cyclus openen", description = "Legt de cyclus en haar termijnen vast en publiceert "
            + "nl.spreiding.cyclus.geopend. Een cyclus wordt één keer geopend (409 daarna).")
    @APIResponse(responseCode = "201", description = "Geopend")
    @APIResponse(responseCode = "409", description = "Deze cyclus is al geopend")
    public Response open(@Valid @NotNull NieuweCyclus nieuw) {
        Cycli.Termijnen termijnen = nieuw.termijnen() == null ? null : new Cycli.Termijnen(nieuw.termijnen().raming(),
                nieuw.termijnen().provinciaalPlan(), nieuw.termijnen().verdeelbesluit(), nieuw.termijnen().realisatieMaanden(),
                nieuw.termijnen().volgendeCyclus());
        Cyclus cyclus = cycli.open(nieuw.cyclus(), nieuw.referentiejaar(), termijnen, aanvrager.naam());
        return Response.created(URI.create("/api/v1/cycli/" + cyclus.code)).entity(CyclusDto.van(cyclus)).build();
    }

    @GET
    @Operation(summary = "Alle cycli", description = "Nieuwste eerst.")
    public List<CyclusDto> lijst() {
        return cycli.alle().stream().map(CyclusDto::van).toList();
    }

    @GET
    @Path("/{cyclus}")
    @Operation(summary = "Eén cyclus")
    public CyclusDto lees(@PathParam("cyclus") @Pattern(regexp = CYCLUS_PATROON, message = CYCLUS_MELDING) String cyclus) {
        return CyclusDto.van(cycli.cyclus(cyclus));
    }
}
