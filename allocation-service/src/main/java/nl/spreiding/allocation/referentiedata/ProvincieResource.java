package nl.spreiding.allocation.referentiedata;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.allocation.http.ETagged;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.ProblemException;

@Path("/api/v1/provincies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referentiedata", description = "Provincies en gemeenten met hun CBS-codes")
public class ProvincieResource {

    @Schema(name = "Provincie", description = "Een provincie met haar CBS-code.", example = """
            {"code":"PV27","naam":"Noord-Holland"}""")
    public record ProvincieDto(
            @Schema(description = "CBS-code van de provincie (PV20 tot en met PV31)", example = "PV27") String code,
            @Schema(description = "Officiële naam van de provincie", example = "Noord-Holland") String naam) {

        static ProvincieDto van(Provincie provincie) {
            return new ProvincieDto(provincie.code, provincie.naam);
        }
    }

    @GET
    @Operation(operationId = "zoekProvincies", summary = "Alle provincies", description = "De twaalf provincies, gesorteerd op CBS-code.")
    @ETagged
    @APIResponse(responseCode = "200", description = "Een pagina provincies",
            headers = @Header(name = HttpHeaders.ETAG, description = ETagged.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = ETagged.NIET_GEWIJZIGD,
            headers = @Header(name = HttpHeaders.ETAG, description = ETagged.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Pagina<ProvincieDto> lijst(@BeanParam @Valid Paginering paginering) {
        var query = Provincie.<Provincie>findAll(Sort.by("code"));
        return Pagina.van(query, paginering, ProvincieDto::van);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "haalProvincieOp", summary = "Eén provincie")
    @ETagged
    @APIResponse(responseCode = "200", description = "De provincie",
            headers = @Header(name = HttpHeaders.ETAG, description = ETagged.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = ETagged.NIET_GEWIJZIGD,
            headers = @Header(name = HttpHeaders.ETAG, description = ETagged.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public ProvincieDto lees(
            @Parameter(description = "CBS-code van de provincie", example = "PV27")
            @PathParam("code") @Pattern(regexp = "PV\\d{2}", message = "moet een CBS-provinciecode zijn, zoals PV27") String code) {
        Provincie provincie = Provincie.<Provincie>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Provincie " + code + " bestaat niet."));
        return ProvincieDto.van(provincie);
    }
}
