package nl.spreiding.platform.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.spreiding.platform.config.PlatformConfig;

/**
 * API rules that hold for every HTTP response, also those that never reach a JAX-RS resource (health, metrics,
 * the OpenAPI document, unknown paths): the {@code API-Version} header, problem+json for unknown paths and for what
 * the HTTP layer refuses (a URI or headers too long, a malformed URI, a body too large), no trailing-slash variants
 * of API paths, and the OpenAPI document under the API's own base path.
 *
 * <p>Vert.x itself answers a request line or header block beyond its own limits with an empty 414 or 431 before
 * any handler runs. Its limits are therefore set well above ours ({@code quarkus.http.limits.*} in the platform's
 * configuration), so that this class sees such requests first and answers them as problems.
 */
@ApplicationScoped
public class HttpConventions {

    public static final String API_VERSION = "API-Version";
    /** Longest request target (path and query) we accept; beyond it 414. */
    static final int MAX_URI_LENGTH = 4096;
    /** Largest header block we accept; beyond it 431. */
    static final int MAX_HEADER_BYTES = 20 * 1024;

    private final PlatformConfig config;
    private final ObjectMapper json;
    private final String openApiPath;
    private final Set<String> compressible;
    private final long maxBodyBytes;

    public HttpConventions(PlatformConfig config, ObjectMapper json,
            @ConfigProperty(name = "quarkus.smallrye-openapi.path", defaultValue = "/q/openapi") String openApiPath,
            @ConfigProperty(name = "quarkus.http.compress-media-types") Optional<List<String>> compressMediaTypes,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.config = config;
        this.json = json;
        this.compressible = Set.copyOf(compressMediaTypes.orElse(List.of()));
        this.openApiPath = openApiPath.startsWith("/") ? openApiPath : "/q/" + openApiPath;
    }

    void install(@Observes Router router) {
        String version = config.api().version();
        String base = config.api().basePath();

        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            rc.addHeadersEndHandler(ignored -> rc.response().headers().set(API_VERSION, version));
            allowCompression(rc);
            if (!isParsable(rc.request().uri())) {
                writeProblem(rc, Problem.ofStatus(400,
                        "De URI is onleesbaar, bijvoorbeeld door een ongeldige %-codering."));
                return;
            }
            if (rc.request().uri().length() > MAX_URI_LENGTH) {
                writeProblem(rc, Problem.ofStatus(414, "De URI is langer dan " + MAX_URI_LENGTH + " tekens."));
                return;
            }
            if (headerBytes(rc) > MAX_HEADER_BYTES) {
                writeProblem(rc, Problem.ofStatus(431, "De headers zijn samen groter dan " + MAX_HEADER_BYTES / 1024
                        + " kB."));
                return;
            }
            if (announcedBodyBytes(rc) > maxBodyBytes) {
                // Quarkus would refuse it too, but with an empty answer. Close: the client need not send the body.
                rc.response().putHeader(HttpHeaders.CONNECTION, "close");
                writeProblem(rc, Problem.ofStatus(413, "De body is groter dan de toegestane "
                        + maxBodyBytes / (1024 * 1024) + " MB."));
                return;
            }
            String path = rc.normalizedPath();
            if (path.startsWith(base) && path.endsWith("/")) {
                writeProblem(rc, Problem.ofStatus(404, "Paden eindigen niet op een schuine streep: gebruik "
                        + path.replaceAll("/+$", "") + "."));
                return;
            }
            rc.next();
        });

        router.get(base + "/openapi.json").order(Integer.MIN_VALUE + 1).handler(rc -> rc.reroute(openApiPath + ".json"));
        router.get(base + "/openapi.yaml").order(Integer.MIN_VALUE + 1).handler(rc -> rc.reroute(openApiPath + ".yaml"));

        // Nothing else matched: answer like the API does, not with an empty or HTML body.
        router.route().order(Integer.MAX_VALUE).handler(rc -> writeProblem(rc, Problem.ofStatus(404,
                "Er is geen resource op dit pad.")));

        // Failures of the HTTP layer itself (a malformed percent-encoding, a body over the limit, ...).
        router.errorHandler(400, rc -> writeProblem(rc, Problem.ofStatus(400,
                "De aanvraag is onleesbaar, bijvoorbeeld door een ongeldige %-codering in de URI.")));
        router.errorHandler(413, rc -> writeProblem(rc, Problem.ofStatus(413,
                "De body is groter dan deze dienst aanneemt.")));
        router.errorHandler(414, rc -> writeProblem(rc, Problem.ofStatus(414, "De URI is te lang.")));
        router.errorHandler(431, rc -> writeProblem(rc, Problem.ofStatus(431, "De headers zijn te groot.")));
    }

    /**
     * Quarkus compresses the answers of REST resources itself, but marks every other answer (the OpenAPI document,
     * Swagger UI) {@code Content-Encoding: identity}. Let those be compressed too when their type is compressible.
     */
    private void allowCompression(RoutingContext rc) {
        rc.addHeadersEndHandler(ignored -> {
            var headers = rc.response().headers();
            String type = headers.get(HttpHeaders.CONTENT_TYPE);
            if ("identity".equals(headers.get(HttpHeaders.CONTENT_ENCODING)) && type != null
                    && compressible.contains(type.split(";")[0].trim().toLowerCase(Locale.ROOT))) {
                headers.remove(HttpHeaders.CONTENT_ENCODING);
            }
        });
    }

    private static boolean isParsable(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long announcedBodyBytes(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0; // Vert.x refuses a malformed Content-Length itself
        }
    }

    private static int headerBytes(RoutingContext rc) {
        int bytes = 0;
        for (var header : rc.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private void writeProblem(RoutingContext rc, Problem problem) {
        if (rc.response().headWritten()) {
            rc.response().end();
            return;
        }
        try {
            byte[] body = json.writeValueAsBytes(problem.withInstance(instanceOf(rc)));
            rc.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
    }

    /** The path of the request, or none when the path itself is what could not be read. */
    private static String instanceOf(RoutingContext rc) {
        try {
            String path = rc.normalizedPath();
            return path.length() > 200 ? path.substring(0, 200) : path;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
