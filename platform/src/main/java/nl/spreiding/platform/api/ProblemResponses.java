package nl.spreiding.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem responses with the request path as {@code instance}. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem, UriInfo uri) {
        return builder(problem, uri).build();
    }

    public static Response.ResponseBuilder builder(Problem problem, UriInfo uri) {
        Problem withPath = problem.instance() == null && uri != null ? problem.withInstance("/" + uri.getPath().replaceFirst("^/", ""))
                : problem;
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(withPath);
    }
}
