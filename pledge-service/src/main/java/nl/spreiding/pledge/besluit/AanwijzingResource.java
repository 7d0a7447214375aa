package nl.spreiding.pledge.besluit;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.api.ProblemException;
import nl.spreiding.platform.security.Rollen;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.api.Voorbeelden;
import nl.spreiding.pledge.besluit.BesluitDtos.AanwijzingDto;

@Path("/api/v1/aanwijzingen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aanwijzingen", description = "Aanwijzingen van gemeenten, hun realisatietermijn en indeplaatsstelling")
public class AanwijzingResource {

    private static final String ID = "Id van de aanwijzing (het veld id van een aanwijzing in het verdeelbesluit of in "
            + "GET /aanwijzingen)";

    private final Verdeelbesluiten besluiten;
    private final Indeplaatsstellingen indeplaatsstellingen;
    private final Conceptinzage inzage;

    public AanwijzingResource(Verdeelbesluiten besluiten, Indeplaatsstellingen indeplaatsstellingen, Conceptinzage inzage) {
        this.besluiten = besluiten;
        this.indeplaatsstellingen = indeplaatsstellingen;
        this.inzage = inzage;
    }

    @Schema(name = "Indeplaatsstelling", description = "Het starten van een indeplaatsstelling door de minister.",
            example = "{\"toelichting\":\"Termijn verstreken zonder realisatie\"}")
    public record Indeplaatsstelling(@Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING) @Size(max = 2000) @Schema(maxLength = 2000, description = "Toelichting van de "
            + "minister (ten hoogste 2000 tekens); komt in de gebeurtenis indeplaatsstelling.gestart",
            example = "Termijn verstreken zonder realisatie") String toelichting) {
    }

    @GET
    @Operation(operationId = "zoekAanwijzingen", summary = "Aanwijzingen", description = "Aanwijzingen, te filteren op "
            + "cyclus, provincie, gemeente en status; per pagina. Voorgestelde aanwijzingen (van een concept-besluit) ziet "
            + "alleen de minister.")
    public Pagina<AanwijzingDto> lijst(
            @Parameter(description = "Alleen aanwijzingen in deze cyclus (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS) @QueryParam("cyclus")
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "Alleen aanwijzingen van gemeenten in deze provincie (CBS-code)", example = "PV20")
            @QueryParam("provinciecode") @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @Parameter(description = "Alleen aanwijzingen van deze gemeente (CBS-code)", example = "GM1952") @QueryParam("gemeentecode")
            @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) String gemeentecode,
            @Parameter(description = "Alleen aanwijzingen met deze status", example = "AANGEWEZEN") @QueryParam("status")
            Aanwijzing.Status status,
            @BeanParam @Valid Paginering paginering) {
        var query = Aanwijzing.zoek(cyclus, provinciecode, gemeentecode, status, inzage.magConceptenZien());
        return Pagina.van(query, paginering, besluiten::dto);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "haalAanwijzingOp", summary = "Aanwijzing", description = "Eén aanwijzing met wat ervan is "
            + "gerealiseerd.")
    public AanwijzingDto een(@Parameter(description = ID) @PathParam("id") UUID id) {
        Aanwijzing a = Aanwijzing.<Aanwijzing>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Aanwijzing " + id + " bestaat niet."));
        return besluiten.dto(inzage.zichtbaar(a));
    }

    @POST
    @RolesAllowed(Rollen.MINISTER)
    @Path("/{id}/indeplaatsstelling")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startIndeplaatsstelling", summary = "Indeplaatsstelling starten", description = "De minister "
            + "treedt in de plaats van een gemeente die haar aanwijzing niet binnen de termijn realiseerde. Alleen bij "
            + "status TERMIJN_VERSTREKEN (anders 409). De inhoud (een toelichting) mag ontbreken. Alleen de minister.")
    @APIResponse(responseCode = "200", description = "Gestart: de aanwijzing met status INDEPLAATSSTELLING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AanwijzingDto.class)))
    @APIResponse(responseCode = "409", description = "De realisatietermijn van de aanwijzing is niet verstreken (of de "
            + "indeplaatsstelling loopt al)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "termijn-niet-verstreken", value = Voorbeelden.GEEN_TERMIJN_VERSTREKEN)))
    public AanwijzingDto indeplaatsstelling(
            @Parameter(description = ID) @PathParam("id") UUID id,
            @Valid Indeplaatsstelling verzoek) {
        return besluiten.dto(indeplaatsstellingen.start(id, verzoek == null ? null : verzoek.toelichting()));
    }
}
