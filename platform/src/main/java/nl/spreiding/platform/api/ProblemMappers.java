package nl.spreiding.platform.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.spreiding.platform.api.json.JsonFoutmelding;
import nl.spreiding.platform.errors.DomainException;

/**
 * Turns every exception that leaves a resource into an {@code application/problem+json} response. These mappers
 * replace the Quarkus defaults, whose bodies differ per error and may carry stack traces.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;

    public ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.problem(), uri);
    }

    /** A rule of the domain refused the request: its kind chooses the status, its words are kept. */
    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        return ProblemResponses.of(DomainProblems.of(e), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return malformedBody(json, uri);
        }
        Response.ResponseBuilder response = ProblemResponses.builder(Problem.ofStatus(status, detailOf(e, status)), uri);
        // Keep what the client needs to recover: Allow for 405, Retry-After for 503/429, ETag for 412.
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER, HttpHeaders.ETAG)) {
            if (original.getHeaders().containsKey(header)) {
                response.header(header, original.getHeaderString(header));
            }
        }
        if (status == 405 && !original.getHeaders().containsKey(HttpHeaders.ALLOW) && uri != null) {
            // RFC 9110 15.5.6: a 405 must say which methods the resource does support.
            response.header(HttpHeaders.ALLOW, String.join(", ", allowedMethods.forPath("/" + uri.getPath().replaceFirst("^/", ""))));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<ConstraintViolation<?>> violations = new ArrayList<>(e.getConstraintViolations());
        if (violations.stream().anyMatch(ProblemMappers::isReturnValue)) {
            // A response that breaks its own contract is our fault, not the client's.
            return unexpected(e, uri);
        }
        List<Problem.InvalidParam> invalid = violations.stream()
                .map(v -> new Problem.InvalidParam(fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name).thenComparing(Problem.InvalidParam::reason))
                .toList();
        return ProblemResponses.of(Problem.invalidInput(invalid), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return malformedBody(e, uri);
    }

    /** Replaces Quarkus' own mapper for this subtype, whose body is not a problem. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return malformedBody(e, uri);
    }

    /** A path or query parameter that could not be read as its type (a malformed UUID, a word for a number). */
    @ServerExceptionMapper
    public Response parameter(OngeldigeParameter e, UriInfo uri) {
        return ProblemResponses.of(Problem.invalidInput(List.of(new Problem.InvalidParam(e.naam(), e.reden()))), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOnbereikbaar.is(e)) {
            LOG.warnf("Database unreachable on %s: %s", uri == null ? "?" : uri.getPath(), e.toString());
            return ProblemResponses.builder(Problem.ofStatus(503, "De dienst kan zijn gegevens tijdelijk niet bereiken. "
                    + "Probeer het over " + DatabaseOnbereikbaar.RETRY_AFTER_SECONDS + " seconden opnieuw."), uri)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOnbereikbaar.RETRY_AFTER_SECONDS).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, uri == null ? "?" : uri.getPath());
        return ProblemResponses.of(Problem.ofStatus(500,
                "Er ging onverwacht iets mis. Vermeld referentie " + reference + " als u contact opneemt."), uri);
    }

    private static Response malformedBody(JsonProcessingException e, UriInfo uri) {
        JsonFoutmelding.Melding melding = JsonFoutmelding.van(e);
        List<Problem.InvalidParam> invalid = melding.veld().isEmpty() ? List.of()
                : List.of(new Problem.InvalidParam(melding.veld(), melding.reden()));
        return ProblemResponses.of(
                new Problem(ProblemTypes.MALFORMED_BODY, "Onleesbare invoer", 400, melding.detail(), null, invalid), uri);
    }

    /**
     * Quarkus fills the message of its own 4xx with English text (and sometimes Java names): callers get a fixed
     * Dutch text per status instead. Only messages that we wrote ourselves (a WebApplicationException thrown with a
     * Dutch text by a resource) pass through.
     */
    private static String detailOf(WebApplicationException e, int status) {
        String message = e.getMessage();
        boolean ours = message != null && !message.startsWith("HTTP " + status) && e.getClass() == WebApplicationException.class;
        if (ours) {
            return message;
        }
        return switch (status) {
            case 400 -> "De aanvraag is ongeldig: een parameter of de inhoud heeft niet de verwachte vorm.";
            case 404 -> "Deze resource bestaat niet.";
            case 405 -> "Deze methode is niet toegestaan op deze resource.";
            case 406 -> "Geen van de gevraagde mediatypen (Accept) wordt ondersteund.";
            case 413 -> "De body is groter dan deze dienst aanneemt.";
            case 415 -> "Dit mediatype (Content-Type) wordt niet ondersteund.";
            default -> HttpStatusTitles.of(status) + ".";
        };
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** {@code create.body.aantal} becomes {@code aantal}; a violated query parameter keeps its own name. */
    static String fieldName(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || (node.getKind() == ElementKind.PARAMETER && !last)) {
                continue;
            }
            if (node.getIndex() != null && !name.isEmpty()) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.isEmpty() ? path.toString() : name.toString();
    }
}
