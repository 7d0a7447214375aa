package nl.spreiding.allocation.verdeling.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.allocation.http.ETagged;
import nl.spreiding.allocation.verdeling.opslag.Verdeelsleutels;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;

@Path("/api/v1/verdeelsleutels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verdelingen", description = "Verdeelsleutels, vastgestelde verdelingen met uitleg, wat-als en vergelijkingen")
public class VerdeelsleutelResource {

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
}
