package nl.spreiding.allocation.verdeling.api;

import java.net.URI;

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
import jakarta.ws.rs.core.Response;
import nl.spreiding.allocation.http.ETagged;
import nl.spreiding.allocation.verdeling.Verdeelsleutel;
import nl.spreiding.allocation.verdeling.opslag.Verdeelsleutelbeheer;
import nl.spreiding.allocation.verdeling.opslag.Verdeelsleutels;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.platform.security.Rollen;

@Path("/api/v1/verdeelsleutels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verdelingen", description = "Verdeelsleutels, vastgestelde verdelingen met uitleg, wat-als en vergelijkingen")
public class VerdeelsleutelResource {

    private final Verdeelsleutelbeheer beheer;
    private final Aanvrager aanvrager;

    public VerdeelsleutelResource(Verdeelsleutelbeheer beheer, Aanvrager aanvrager) {
        this.beheer = beheer;
        this.aanvrager = aanvrager;
    }

    @GET
    @ETagged
    @Operation(operationId = "zoekVerdeelsleutels", summary = "Verdeelsleutels", description = "Elke sleutel met code, "
            + "versie, correctiefunctie, afrondingsregel en rechtsgrond, per pagina. Een gepubliceerde verdeling noemt de "
            + "sleutel (code en versie) die zij gebruikte.")
    @APIResponse(responseCode = "200", description = "Een pagina verdeelsleutels", headers = @Header(name = HttpHeaders.ETAG,
            description = "Sterke entity tag van deze pagina; stuur hem terug in If-None-Match",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Niet gewijzigd: If-None-Match noemt de huidige ETag (of *); geen "
            + "inhoud", headers = @Header(name = HttpHeaders.ETAG, description = "De huidige entity tag",
                    schema = @Schema(type = SchemaType.STRING)))
    public Pagina<VerdelingDtos.SleutelDto> lijst(@BeanParam @Valid Paginering paginering) {
        return Pagina.van(Verdeelsleutels.alle().stream().map(VerdelingDtos.SleutelDto::van).toList(), paginering);
    }

    @GET
    @Path("/{code}/versies/{versie}")
    @Operation(operationId = "haalVerdeelsleutelversieOp", summary = "Eén versie van een verdeelsleutel", description = "Met "
            + "de correctiefunctie (familie, parameters, bron). Een versie verandert nooit.")
    @APIResponse(responseCode = "200", description = "De sleutelversie", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdelingDtos.SleutelDto.class)))
    @APIResponse(responseCode = "404", description = "Deze code of versie bestaat niet", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerdelingDtos.SleutelDto versie(
            @Parameter(description = "Code van de sleutel", example = "SPREIDINGSWET_SES_WOA") @PathParam("code")
            @Pattern(regexp = VerdeelsleutelDtos.CODE, message = VerdeelsleutelDtos.CODE_MELDING) String code,
            @Parameter(description = "Versie, vanaf 1", example = "1") @PathParam("versie") @Min(1) @Max(1_000_000) int versie) {
        Verdeelsleutel sleutel = Verdeelsleutels.versie(code, versie).orElseThrow(() -> DomainException.notFound(
                "Verdeelsleutel " + code + " versie " + versie + " bestaat niet."));
        return VerdelingDtos.SleutelDto.van(sleutel);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Rollen.MINISTER, Rollen.BEHEERDER })
    @Operation(operationId = "legVerdeelsleutelversieVast", summary = "Een nieuwe versie van een verdeelsleutel vastleggen",
            description = "Legt een correctiefunctie uit een gedocumenteerde familie (GEEN, LINEAIR, BEGRENSD_LINEAIR, "
                    + "SES_BANDEN) met haar parameters en bron vast als de volgende versie van de code: een nieuwe regel "
                    + "van het ministerie is dan gegevens, geen nieuwe release. Een versie verandert daarna nooit; "
                    + "vastgestelde verdelingen houden de versie waarmee zij zijn berekend, nieuwe berekeningen met deze "
                    + "code gebruiken de nieuwste. De minister en de beheerder mogen dit.")
    @APIResponse(responseCode = "201", description = "Vastgelegd", headers = @Header(name = "Location",
            description = "Adres van de nieuwe sleutelversie", schema = @Schema(type = SchemaType.STRING,
                    example = "/api/v1/verdeelsleutels/SPREIDINGSWET_SES_WOA_EXACT/versies/2")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VerdelingDtos.SleutelDto.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige definitie; invalidParams noemt het veld", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                    name = "banden-overlappen", value = """
                            {"type":"about:blank","title":"Bad Request","status":400,
                             "detail":"De definitie van de verdeelsleutel is ongeldig.","instance":"/api/v1/verdeelsleutels",
                             "invalidParams":[{"name":"correctie.banden[1].vanaf","reason":"de band moet beginnen waar de vorige eindigt (0), niet bij -0.1: anders overlappen de banden"}]}""")))
    public Response legVast(@Valid @NotNull VerdeelsleutelDtos.NieuweSleutelversie nieuw) {
        Verdeelsleutel sleutel = beheer.legVast(nieuw.definitie(), aanvrager.naam());
        return Response.created(URI.create("/api/v1/verdeelsleutels/" + sleutel.code() + "/versies/" + sleutel.versie()))
                .entity(VerdelingDtos.SleutelDto.van(sleutel)).build();
    }
}
