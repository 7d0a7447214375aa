package nl.spreiding.local.testsupport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Exists only in the services' test applications (this module is a test dependency): one resource whose every
 * error path is known, so {@link ApiConventiesContract} can check each service answers them the platform's way.
 */
@Path("/api/v1/platformcontrole")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformcontroleResource {

    public record Invoer(@NotBlank String naam, @Positive int aantal) {
    }

    /** Always fails unexpectedly: the 500 path. */
    @GET
    public String storing() {
        throw new IllegalStateException("geheime interne details");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Invoer echo(@Valid Invoer invoer) {
        return invoer;
    }
}
