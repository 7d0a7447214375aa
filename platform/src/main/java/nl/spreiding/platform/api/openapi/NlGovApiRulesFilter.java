package nl.spreiding.platform.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import nl.spreiding.platform.api.HttpConventions;
import nl.spreiding.platform.api.Problem;

/**
 * Makes the generated OpenAPI document say what the platform does at run time, as the NL GOV API Design Rules ask:
 * the server URL carries the major version (paths are relative to it), every response documents the
 * {@code API-Version} header, and every operation documents its problem responses (400 for input, 404 for a path
 * with identifiers, 500).
 */
public class NlGovApiRulesFilter implements OASFilter {

    private static final String VERSION_HEADER_REF = "#/components/headers/" + HttpConventions.API_VERSION;
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String basePath = ConfigProvider.getConfig().getOptionalValue("spreiding.api.base-path", String.class)
                .orElse("/api/v1");
        String version = ConfigProvider.getConfig().getOptionalValue("spreiding.api.version", String.class).orElse("1.0.0");

        openAPI.setServers(List.of(OASFactory.createServer().url(basePath)
                .description("Deze service; paden zijn relatief aan deze basis-URL met het hoofdversienummer")));
        documentSharedComponents(openAPI, version);
        if (openAPI.getPaths() == null) {
            return;
        }
        Paths relative = OASFactory.createPaths();
        Map<String, PathItem> sorted = new LinkedHashMap<>(openAPI.getPaths().getPathItems());
        sorted.forEach((path, item) -> {
            if (!path.startsWith(basePath + "/")) {
                return; // e.g. non-API routes: not part of the versioned API
            }
            item.getOperations().forEach((method, operation) -> documentResponses(method, operation, path));
            relative.addPathItem(path.substring(basePath.length()), item);
        });
        openAPI.setPaths(relative);
    }

    private static void documentSharedComponents(OpenAPI openAPI, String version) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addHeader(HttpConventions.API_VERSION, OASFactory.createHeader()
                .description("Volledige (semantische) versie van de API")
                .required(true)
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .example(version)));
        openAPI.setComponents(components);
    }

    private static void documentResponses(PathItem.HttpMethod method, Operation operation, String path) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean readOrDelete = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.DELETE;
        if (!readOrDelete || hasParameters || path.contains("{")) {
            addProblem(responses, "400", "Ongeldige invoer; invalidParams noemt elk ongeldig veld");
        }
        if (path.contains("{")) {
            addProblem(responses, "404", "De resource bestaat niet");
        }
        addProblem(responses, "500", "Onverwachte fout");
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                ensureProblemContent(response);
            }
            addVersionHeader(response);
        });
        operation.setResponses(responses);
    }

    private static void addProblem(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void ensureProblemContent(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
    }

    private static void addVersionHeader(APIResponse response) {
        Map<String, Header> headers = response.getHeaders() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(response.getHeaders());
        headers.putIfAbsent(HttpConventions.API_VERSION, OASFactory.createHeader().ref(VERSION_HEADER_REF));
        response.setHeaders(headers);
    }
}
