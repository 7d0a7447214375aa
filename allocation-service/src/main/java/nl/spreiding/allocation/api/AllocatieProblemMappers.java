package nl.spreiding.allocation.api;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.spreiding.allocation.verdeling.opslag.OnvoldoendeInvoer;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.api.ProblemResponses;

/**
 * The one refusal of allocation-service that the platform's mapping of domain exceptions cannot express: a 422 that
 * names the invalid fields (the platform lists fields for 400 only). Every other refusal is the platform's.
 */
public class AllocatieProblemMappers {

    @ServerExceptionMapper
    public Response onvoldoendeInvoer(OnvoldoendeInvoer e, UriInfo uri) {
        return ProblemResponses.of(new Problem(e.type(), e.title(), 422, e.getMessage(), null, e.fields().stream()
                .map(f -> new Problem.InvalidParam(f.name(), f.reason())).toList()), uri);
    }
}
