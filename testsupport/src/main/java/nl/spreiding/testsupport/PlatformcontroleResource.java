package nl.spreiding.testsupport;

import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Exists only in the services' test applications (this module is a test dependency): one resource whose every
 * error path is known, so {@link ApiConventiesContract} can check each service answers them the platform's way.
 */
@Path("/api/v1/platformcontrole")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformcontroleResource {

    @Schema(description = "Een soort, om strikte enumwaarden te controleren")
    public enum Soort {
        ASIEL, AMV
    }

    @Schema(description = "Invoer met elke soort veld die de platformregels raken")
    public record Invoer(@Schema(description = "Verplichte tekst") @NotBlank String naam,
            @Schema(description = "Positief geheel getal") @Positive int aantal,
            @Schema(description = "Optionele enumwaarde") Soort soort,
            @Schema(description = "Ten hoogste 200 niet-lege labels") @Size(max = 200) List<@NotBlank String> labels) {
    }

    @Schema(description = "Een kenmerk met een UUID")
    public record Kenmerk(@Schema(description = "Het kenmerk") UUID id) {
    }

    /** Always fails unexpectedly: the 500 path. */
    @GET
    @Operation(operationId = "platformcontroleStoring", summary = "Faalt altijd onverwacht (alleen in tests)")
    public String storing() {
        throw new IllegalStateException("geheime interne details");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "platformcontroleEcho", summary = "Geeft geldige invoer terug (alleen in tests)")
    public Invoer echo(@Valid Invoer invoer) {
        return invoer;
    }

    @GET
    @Path("/kenmerken/{id}")
    @Operation(operationId = "platformcontroleKenmerk", summary = "Leest een UUID uit het pad (alleen in tests)")
    public Kenmerk kenmerk(@Parameter(description = "Een UUID") @PathParam("id") UUID id) {
        return new Kenmerk(id);
    }

    /** What the data source throws when PostgreSQL is down: the 503 path. */
    @GET
    @Path("/database")
    @Operation(operationId = "platformcontroleDatabaseWeg", summary = "Alsof de database weg is (alleen in tests)")
    public String databaseWeg() {
        throw new IllegalStateException("query failed",
                new SQLTransientConnectionException("Connection refused", "08001"));
    }
}
