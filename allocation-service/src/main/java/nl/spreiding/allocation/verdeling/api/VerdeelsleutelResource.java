package nl.spreiding.allocation.verdeling.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.allocation.verdeling.opslag.Verdeelsleutels;

@Path("/api/v1/verdeelsleutels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verdelingen", description = "Verdeelsleutels, vastgestelde verdelingen met uitleg, wat-als en vergelijkingen")
public class VerdeelsleutelResource {

    @GET
    @Operation(summary = "Verdeelsleutels", description = "Elke sleutel met code, versie, correctiefunctie, afrondingsregel "
            + "en rechtsgrond. Een gepubliceerde verdeling noemt de sleutel (code en versie) die zij gebruikte.")
    public List<VerdelingDtos.SleutelDto> lijst() {
        return Verdeelsleutels.alle().stream().map(VerdelingDtos.SleutelDto::van).toList();
    }
}
