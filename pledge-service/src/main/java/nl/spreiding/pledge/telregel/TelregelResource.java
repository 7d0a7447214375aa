package nl.spreiding.pledge.telregel;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.security.Rollen;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.api.Voorbeelden;
import nl.spreiding.pledge.telregel.TelregelDtos.TelregelsDto;
import nl.spreiding.pledge.telregel.TelregelDtos.TelregelsInvoer;

/** The counting rules of a cycle: public to read, the minister's to set. */
@Path("/api/v1/cycli/{cyclus}/telregels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Telregels", description = "Wat per cyclus meetelt voor de asielopgave: minimale omvang, minimumduur en "
        + "beschikbaarheidsvenster")
public class TelregelResource {

    private final TelregelBeheer beheer;

    public TelregelResource(TelregelBeheer beheer) {
        this.beheer = beheer;
    }

    @GET
    @Operation(operationId = "haalTelregelsOp", summary = "Telregels van een cyclus", description = "De telregels die "
            + "gelden; zonder vaststelling door de minister alleen de wettelijke regel (vastgesteld=false).")
    public TelregelsDto lees(@Parameter(description = "Code van de cyclus (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS)
            @PathParam("cyclus") @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus) {
        return TelregelsDto.van(beheer.geldend(cyclus));
    }

    @PUT
    @RolesAllowed(Rollen.MINISTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stelTelregelsVast", summary = "Telregels vaststellen", description = "Stelt de telregels "
            + "van de cyclus vast (of opnieuw, een versie hoger); weggelaten velden krijgen de praktijk van cyclus 1, "
            + "afgeleid uit de termijnen van de cyclus. Plannen, overzichten en toezeggingen tellen daarna alleen wat "
            + "eraan voldoet; een al ingediend plan blijft zoals het is. Alleen de minister.")
    @APIResponse(responseCode = "200", description = "Vastgesteld: de geldende telregels", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TelregelsDto.class)))
    @APIResponse(responseCode = "422", description = "De cyclus is (nog) niet geopend", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                    name = "onbekende-cyclus", value = """
                            {"type":"urn:nld:spreiding:probleem:onbekende-cyclus","title":"Onbekende cyclus","status":422,
                             "detail":"Cyclus 2090-2092 is (nog) niet geopend; haar termijnen, waaruit de standaardtelregels volgen, zijn niet bekend.",
                             "instance":"/api/v1/cycli/2090-2092/telregels"}""")))
    public TelregelsDto stelVast(@Parameter(description = "Code van de cyclus (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS)
            @PathParam("cyclus") @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Valid @NotNull TelregelsInvoer invoer) {
        return TelregelsDto.van(beheer.stelVast(cyclus, invoer));
    }
}
