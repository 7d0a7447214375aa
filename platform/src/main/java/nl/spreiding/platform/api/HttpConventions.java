package nl.spreiding.platform.api;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.spreiding.platform.config.PlatformConfig;

/**
 * API rules that hold for every HTTP response, also those that never reach a JAX-RS resource (health, metrics,
 * the OpenAPI document, unknown paths): the {@code API-Version} header, problem+json for unknown paths, no
 * trailing-slash variants of API paths, and the OpenAPI document under the API's own base path.
 */
@ApplicationScoped
public class HttpConventions {

    public static final String API_VERSION = "API-Version";

    private final PlatformConfig config;
    private final ObjectMapper json;
    private final String openApiPath;

    public HttpConventions(PlatformConfig config, ObjectMapper json,
            @ConfigProperty(name = "quarkus.smallrye-openapi.path", defaultValue = "/q/openapi") String openApiPath) {
        this.config = config;
        this.json = json;
        this.openApiPath = openApiPath.startsWith("/") ? openApiPath : "/q/" + openApiPath;
    }

    void install(@Observes Router router) {
        String version = config.api().version();
        String base = config.api().basePath();

        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            rc.addHeadersEndHandler(ignored -> rc.response().headers().set(API_VERSION, version));
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
    }

    private void writeProblem(RoutingContext rc, Problem problem) {
        if (rc.response().headWritten()) {
            rc.response().end();
            return;
        }
        try {
            byte[] body = json.writeValueAsBytes(problem.withInstance(rc.normalizedPath()));
            rc.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(io.vertx.core.buffer.Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
    }
}
