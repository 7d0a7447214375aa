package nl.spreiding.pledge.toezegging;

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
import nl.spreiding.pledge.toezegging.UitruilDtos.NieuweUitruil;
import nl.spreiding.pledge.toezegging.UitruilDtos.UitruilDto;

@Path("/api/v1/uitruilen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Uitruilen", description = "Uitruil tussen doelgroepen, afgesproken aan de provinciale regietafel")
public class UitruilResource {

    private final Uitruilen uitruilen;

    public UitruilResource(Uitruilen uitruilen) {
        this.uitruilen = uitruilen;
    }

    @POST
    @RolesAllowed(Rollen.PROVINCIE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "legUitruilVast", summary = "Uitruil vastleggen", description = "Legt een aan de regietafel afgesproken uitruil tussen "
            + "doelgroepen vast. Die verschuift de opgave in het integrale overzicht; de wettelijke asielopgave van "
            + "het provinciaal plan en het verdeelbesluit verandert er niet door. Alleen de provincie zelf (met een "
            + "gemeente: de provincie van die gemeente).")
    @APIResponse(responseCode = "201", description = "Vastgelegd", headers = @Header(name = HttpHeaders.LOCATION,
            description = "Pad van de nieuwe uitruil", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UitruilDto.class)))
    @APIResponse(responseCode = "422", description = "De gemeente heeft in de cyclus geen opgave in de genoemde provincie, "
            + "of de provincie heeft geen opgave in de cyclus", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "gemeente-niet-in-provincie", summary = "Gemeente niet in de provincie",
                            value = Voorbeelden.GEMEENTE_NIET_IN_PROVINCIE),
                    @ExampleObject(name = "provincie-zonder-opgave", summary = "Provincie zonder opgave in de cyclus",
                            value = Voorbeelden.PROVINCIE_ZONDER_OPGAVE) }))
    public Response leg(@Valid @NotNull NieuweUitruil verzoek) {
        Uitruil u = uitruilen.leg(verzoek);
        return Response.created(URI.create("/api/v1/uitruilen/" + u.id)).entity(UitruilDto.van(u)).build();
    }

    @GET
    @Operation(operationId = "zoekUitruilen", summary = "Uitruilen", description = "Vastgelegde uitruilen, oudste eerst, "
            + "te filteren op cyclus, provincie en gemeente; per pagina.")
    public Pagina<UitruilDto> lijst(
            @Parameter(description = "Alleen uitruilen in deze cyclus (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS) @QueryParam("cyclus")
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "Alleen uitruilen van deze provincie (CBS-code)", example = "PV31") @QueryParam("provinciecode")
            @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @Parameter(description = "Alleen uitruilen van deze gemeente (CBS-code)", example = "GM0935") @QueryParam("gemeentecode")
            @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) String gemeentecode,
            @BeanParam @Valid Paginering paginering) {
        return Pagina.van(Uitruil.zoek(cyclus, provinciecode, gemeentecode), paginering, UitruilDto::van);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "haalUitruilOp", summary = "Uitruil", description = "Eén vastgelegde uitruil.")
    public UitruilDto een(@Parameter(description = "Id van de uitruil (het veld id, of het laatste deel van de header "
            + "Location bij vastleggen)") @PathParam("id") UUID id) {
        return UitruilDto.van(uitruilen.vereis(id));
    }
}
