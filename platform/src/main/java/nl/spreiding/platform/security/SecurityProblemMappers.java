package nl.spreiding.platform.security;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.api.ProblemResponses;

/**
 * 401 and 403 as {@code application/problem+json}, with the {@code WWW-Authenticate} challenge of RFC 6750 so that
 * a client knows it needs (another) bearer token. Authentication is lazy ({@code quarkus.http.auth.proactive=false})
 * so that a bad token reaches these mappers instead of getting the HTTP layer's empty 401.
 */
public class SecurityProblemMappers {

    private static final String BEARER = "Bearer realm=\"spreiding\"";

    @ServerExceptionMapper
    public Response notAuthenticated(UnauthorizedException e, UriInfo uri) {
        return uitdaging(401, "Deze handeling vraagt een bearer token (OAuth2, JWT) in de Authorization-header.", null,
                uri);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return uitdaging(401, "Het bearer token is ongeldig of verlopen, of niet door de vertrouwde uitgever ondertekend.",
                "invalid_token", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return uitdaging(403, "Uw rol mag deze handeling niet uitvoeren.", "insufficient_scope", uri);
    }

    /** The problem, with the RFC 6750 challenge and its {@code error} code when there is one. */
    private static Response uitdaging(int status, String detail, String error, UriInfo uri) {
        return ProblemResponses.builder(Problem.ofStatus(status, detail), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, error == null ? BEARER : BEARER + ", error=\"" + error + "\"")
                .build();
    }
}
