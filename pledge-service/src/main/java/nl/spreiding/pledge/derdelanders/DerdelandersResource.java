package nl.spreiding.pledge.derdelanders;

import java.net.URI;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.security.Rollen;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.derdelanders.DerdelandersDtos.Melding;
import nl.spreiding.pledge.derdelanders.DerdelandersDtos.MeldingDto;
import nl.spreiding.pledge.derdelanders.DerdelandersDtos.Overzicht;

@Path("/api/v1/derdelanders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Derdelanders", description = "Tellingen van COA van derdelanders die een gemeente nog opvangt, en de "
        + "declarabele plaatsdagen (alleen aantallen en datums)")
public class DerdelandersResource {

    private final Derdelanders derdelanders;

    public DerdelandersResource(Derdelanders derdelanders) {
        this.derdelanders = derdelanders;
    }

    @POST
    @Path("/tellingen")
    @RolesAllowed(Rollen.COA)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "meldDerdelanders", summary = "Telling melden", description = "COA meldt voor een gemeente op een "
            + "datum hoeveel derdelanders (tijdelijke bescherming geëindigd op 4 maart 2024, asiel aangevraagd) de gemeente "
            + "nog opvangt tot COA hen overneemt. Alleen een aantal en een datum; elk ander veld wordt geweigerd (400). "
            + "Een latere telling voor dezelfde datum vervangt de eerdere. Elke telling is ook een gebeurtenis "
            + "(derdelanders-telling.vastgelegd, zie /api/v1/gebeurtenissen). Alleen COA.")
    @APIResponse(responseCode = "201", description = "Gemeld", headers = @Header(name = HttpHeaders.LOCATION,
            description = "Pad van de tellingen van de gemeente", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeldingDto.class)))
    @APIResponse(responseCode = "422", description = "De gemeente heeft in geen cyclus een opgave (onbekende gemeente)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "onbekende-gemeente", value = """
                            {"type":"urn:nld:spreiding:probleem:gemeente-zonder-opgave","title":"Onbekende gemeente","status":422,
                             "detail":"Gemeente GM9999 heeft in geen enkele cyclus een gepubliceerde opgave.",
                             "instance":"/api/v1/derdelanders/tellingen"}""")))
    public Response meld(@Valid @NotNull Melding melding) {
        DerdelandersMelding m = derdelanders.meld(melding);
        return Response.created(URI.create("/api/v1/derdelanders/" + m.gemeentecode)).entity(MeldingDto.van(m)).build();
    }

    @GET
    @Path("/{gemeentecode}")
    @RolesAllowed({ Rollen.GEMEENTE, Rollen.PROVINCIE, Rollen.COA, Rollen.MINISTER })
    @Operation(operationId = "haalDerdelandersOp", summary = "Tellingen en plaatsdagen van een gemeente", description = "De "
            + "tellingen van COA voor de gemeente en de declarabele plaatsdagen: een telling geldt vanaf haar datum tot de "
            + "volgende telling, de laatste tot en met 'tot' (standaard vandaag). De gemeente ziet alleen haar eigen "
            + "tellingen, de provincie die van haar gemeenten; COA en de minister alle.")
    public Overzicht overzicht(
            @Parameter(description = "CBS-code van de gemeente", example = "GM0014") @PathParam("gemeentecode")
            @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) String gemeentecode,
            @Parameter(description = "Laatste dag van de berekening (JJJJ-MM-DD); standaard vandaag", example = "2024-04-30")
            @QueryParam("tot") LocalDate tot) {
        return derdelanders.overzicht(gemeentecode, tot);
    }
}
