package nl.spreiding.allocation.cyclus;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.allocation.http.ETagged;
import jakarta.ws.rs.core.Response;
import nl.spreiding.allocation.invoer.RedelijkeDatum;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.Problem;
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
            {"raming":"2026-02-01","provinciaalPlan":"2026-11-01","verdeelbesluit":"2026-12-31","realisatieMaanden":6,
             "volgendeCyclus":"2028-02-01"}""")
    public record TermijnenDto(
            @NotNull @RedelijkeDatum @Schema(description = "Uiterste datum waarop de minister de capaciteitsraming publiceert",
                    example = "2026-02-01") LocalDate raming,
            @NotNull @RedelijkeDatum @Schema(description = "Uiterste datum waarop elke provincie haar provinciaal plan indient",
                    example = "2026-11-01") LocalDate provinciaalPlan,
            @NotNull @RedelijkeDatum @Schema(description = "Uiterste datum waarop de minister het verdeelbesluit neemt",
                    example = "2026-12-31") LocalDate verdeelbesluit,
            @Min(1) @Max(36) @Schema(description = "Aantal maanden dat een aangewezen gemeente na het verdeelbesluit heeft "
                    + "om haar plaatsen te realiseren (1 tot en met 36)", example = "6") int realisatieMaanden,
            @NotNull @RedelijkeDatum @Schema(description = "Datum waarop de volgende cyclus begint", example = "2028-02-01")
            LocalDate volgendeCyclus) {
    }

    @Schema(name = "NieuweCyclus", description = "Een te openen cyclus; zonder termijnen gelden die van cyclus 1 "
            + "(1 februari, 1 november, 31 december, 6 maanden, twee jaar later).", example = """
            {"cyclus":"2026-2028","referentiejaar":2024}""")
    public record NieuweCyclus(
            @NotNull @Pattern(regexp = CYCLUS_PATROON, message = CYCLUS_MELDING)
            @Schema(description = "Code van de cyclus: beginjaar en eindjaar, twee jaar na elkaar", example = "2026-2028")
            String cyclus,
            @Min(2000) @Max(2100) @Schema(description = "Jaar van de referentiedata (gemeenten, inwoners, SES-WOA) waarmee "
                    + "de cyclus verdeelt; standaard het beginjaar", example = "2024")
            Integer referentiejaar,
            @Valid @Schema(description = "De termijnen van de cyclus; zonder termijnen gelden die van cyclus 1")
            TermijnenDto termijnen) {
    }

    @Schema(name = "Cyclus", description = "Een cyclus van de Spreidingswet.", example = """
            {"cyclus":"2024-2026","referentiejaar":2024,"termijnen":{"raming":"2024-02-01","provinciaalPlan":"2024-11-01",
             "verdeelbesluit":"2024-12-31","realisatieMaanden":6,"volgendeCyclus":"2026-02-01"},
             "geopendOp":"2024-01-15T09:00:00Z","geopendDoor":"minister@minjenv.example"}""")
    public record CyclusDto(
            @Schema(description = "Code van de cyclus", example = "2024-2026") String cyclus,
            @Schema(description = "Jaar van de referentiedata waarmee de cyclus verdeelt", example = "2024") int referentiejaar,
            @Schema(description = "De termijnen van de cyclus") TermijnenDto termijnen,
            @Schema(description = "Moment waarop de minister de cyclus opende", example = "2024-01-15T09:00:00Z")
            Instant geopendOp,
            @Schema(description = "Wie de cyclus opende (upn uit het token)", example = "minister@minjenv.example")
            String geopendDoor) {

        static CyclusDto van(Cyclus c) {
            return new CyclusDto(c.code, c.referentiejaar, new TermijnenDto(c.ramingUiterlijk, c.provinciaalPlanUiterlijk,
                    c.verdeelbesluitUiterlijk, c.realisatieMaanden, c.volgendeCyclus), c.geopendOp, c.geopendDoor);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rollen.MINISTER)
    @Operation(operationId = "openCyclus", summary = "Een cyclus openen", description = "Legt de cyclus en haar "
            + "termijnen vast en publiceert nl.spreiding.cyclus.geopend. Een cyclus wordt één keer geopend (409 daarna).")
    @APIResponse(responseCode = "201", description = "Geopend", headers = @Header(name = "Location",
            description = "Adres van de geopende cyclus", schema = @Schema(type = SchemaType.STRING, example = "/api/v1/cycli/2026-2028")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CyclusDto.class)))
    @APIResponse(responseCode = "409", description = "Deze cyclus is al geopend", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                    name = "al-geopend", value = """
                            {"type":"urn:nld:spreiding:probleem:bestaat-al","title":"Bestaat al","status":409,
                             "detail":"Cyclus 2026-2028 is al geopend.","instance":"/api/v1/cycli"}""")))
    public Response open(@Valid @NotNull NieuweCyclus nieuw) {
        Cycli.Termijnen termijnen = nieuw.termijnen() == null ? null : new Cycli.Termijnen(nieuw.termijnen().raming(),
                nieuw.termijnen().provinciaalPlan(), nieuw.termijnen().verdeelbesluit(), nieuw.termijnen().realisatieMaanden(),
                nieuw.termijnen().volgendeCyclus());
        Cyclus cyclus = cycli.open(nieuw.cyclus(), nieuw.referentiejaar(), termijnen, aanvrager.naam());
        return Response.created(URI.create("/api/v1/cycli/" + cyclus.code)).entity(CyclusDto.van(cyclus)).build();
    }

    @GET
    @Operation(operationId = "zoekCycli", summary = "Alle cycli", description = "Nieuwste eerst, per pagina.")
    @APIResponse(responseCode = "200", description = "Een pagina cycli")
    public Pagina<CyclusDto> lijst(@BeanParam @Valid Paginering paginering) {
        return Pagina.van(cycli.alle(), paginering, CyclusDto::van);
    }

    @GET
    @Path("/{cyclus}")
    @Operation(operationId = "haalCyclusOp", summary = "Eén cyclus")
    @ETagged
    @APIResponse(responseCode = "200", description = "De cyclus met haar termijnen",
            headers = @Header(name = HttpHeaders.ETAG, description = ETagged.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = ETagged.NIET_GEWIJZIGD,
            headers = @Header(name = HttpHeaders.ETAG, description = ETagged.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public CyclusDto lees(@Parameter(description = "Code van de cyclus", example = "2026-2028")
            @PathParam("cyclus") @Pattern(regexp = CYCLUS_PATROON, message = CYCLUS_MELDING) String cyclus) {
        return CyclusDto.van(cycli.cyclus(cyclus));
    }
}
