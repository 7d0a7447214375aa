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
import nl.spreiding.platform.api.Problem;
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
            {"cyclus":"2026-2028","totaalPlaatsen":96000,"amvPlaatsen":8140,"peildatum":"2027-01-01"}""")
    public record NieuweRaming(
            @NotNull @Pattern(regexp = CyclusResource.CYCLUS_PATROON, message = CyclusResource.CYCLUS_MELDING)
            @Schema(description = "Code van een geopende cyclus", example = "2026-2028") String cyclus,
            @Min(1) @Max(1_000_000) @Schema(description = "Totaal aantal opvangplaatsen dat de minister nodig verwacht "
                    + "(capaciteitsraming), in plaatsen", example = "96000") int totaalPlaatsen,
            @Min(0) @Max(1_000_000) @Schema(description = "Waarvan voor alleenstaande minderjarige vreemdelingen (amv), in "
                    + "plaatsen; ten hoogste totaalPlaatsen", example = "8140")
            int amvPlaatsen,
            @RedelijkeDatum @Schema(description = "Datum waarop de raming de verwachte behoefte is; standaard 1 januari na het "
                    + "beginjaar", example = "2027-01-01") LocalDate peildatum) {
    }

    @Schema(name = "Capaciteitsraming", description = "Een gepubliceerde capaciteitsraming.", example = """
            {"cyclus":"2024-2026","totaalPlaatsen":96000,"amvPlaatsen":8140,"peildatum":"2025-01-01",
             "gepubliceerdOp":"2024-01-31T10:00:00Z","gepubliceerdDoor":"minister@minjenv.example"}""")
    public record RamingDto(
            @Schema(description = "Code van de cyclus", example = "2024-2026") String cyclus,
            @Schema(description = "Totaal aantal opvangplaatsen dat de minister nodig verwacht, in plaatsen", example = "96000")
            int totaalPlaatsen,
            @Schema(description = "Waarvan voor alleenstaande minderjarige vreemdelingen (amv), in plaatsen", example = "8140")
            int amvPlaatsen,
            @Schema(description = "Datum waarop de raming de verwachte behoefte is", example = "2025-01-01") LocalDate peildatum,
            @Schema(description = "Moment van publicatie", example = "2024-01-31T10:00:00Z") Instant gepubliceerdOp,
            @Schema(description = "Wie de raming publiceerde (upn uit het token)", example = "minister@minjenv.example")
            String gepubliceerdDoor) {

        static RamingDto van(Capaciteitsraming r) {
            return new RamingDto(r.cyclus, r.totaalPlaatsen, r.amvPlaatsen, r.peildatum, r.gepubliceerdOp, r.gepubliceerdDoor);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rollen.MINISTER)
    @Operation(operationId = "publiceerCapaciteitsraming", summary = "De capaciteitsraming publiceren", description = "Eén "
            + "per cyclus; gepubliceerd is onveranderlijk. Publiceert nl.spreiding.capaciteitsraming.gepubliceerd.")
    @APIResponse(responseCode = "201", description = "Gepubliceerd", headers = @Header(name = "Location",
            description = "Adres van de gepubliceerde raming", schema = @Schema(type = SchemaType.STRING,
                    example = "/api/v1/capaciteitsramingen/2026-2028")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RamingDto.class)))
    @APIResponse(responseCode = "404", description = "De cyclus bestaat niet", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                    name = "cyclus-onbekend", value = """
                            {"type":"about:blank","title":"Not Found","status":404,"detail":"Cyclus 2030-2032 bestaat niet.",
                             "instance":"/api/v1/capaciteitsramingen"}""")))
    @APIResponse(responseCode = "409", description = "De raming van deze cyclus is al gepubliceerd", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                    name = "al-gepubliceerd", value = """
                            {"type":"urn:nld:spreiding:probleem:bestaat-al","title":"Bestaat al","status":409,
                             "detail":"De capaciteitsraming van cyclus 2026-2028 is al gepubliceerd en wordt niet gewijzigd.",
                             "instance":"/api/v1/capaciteitsramingen"}""")))
    public Response publiceer(@Valid @NotNull NieuweRaming raming) {
        Capaciteitsraming gepubliceerd = cycli.publiceerRaming(raming.cyclus(), raming.totaalPlaatsen(), raming.amvPlaatsen(),
                raming.peildatum(), aanvrager.naam());
        return Response.created(URI.create("/api/v1/capaciteitsramingen/" + gepubliceerd.cyclus))
                .entity(RamingDto.van(gepubliceerd)).build();
    }

    @GET
    @Path("/{cyclus}")
    @Operation(operationId = "haalCapaciteitsramingOp", summary = "De capaciteitsraming van een cyclus")
    @ETagged
    @APIResponse(responseCode = "200", description = "De gepubliceerde raming",
            headers = @Header(name = HttpHeaders.ETAG, description = ETagged.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = ETagged.NIET_GEWIJZIGD,
            headers = @Header(name = HttpHeaders.ETAG, description = ETagged.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RamingDto lees(@Parameter(description = "Code van de cyclus", example = "2026-2028") @PathParam("cyclus") @Pattern(regexp = CyclusResource.CYCLUS_PATROON,
            message = CyclusResource.CYCLUS_MELDING) String cyclus) {
        return RamingDto.van(cycli.raming(cyclus));
    }
}
