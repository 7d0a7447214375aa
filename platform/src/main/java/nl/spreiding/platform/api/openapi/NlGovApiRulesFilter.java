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
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import nl.spreiding.platform.api.HttpConventions;
import nl.spreiding.platform.api.Problem;

/**
 * Makes the generated OpenAPI document say what the platform does at run time, as the NL GOV API Design Rules ask:
 * the server URL carries the major version (paths are relative to it), every response documents the
 * {@code API-Version} header, and every operation documents the problem responses that the platform gives for any
 * operation of its kind (see {@link StandaardProblemen}), each with an example of its own. What only one operation
 * answers (409, 412, 422, ...) its resource documents itself.
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
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).example(version)));
        openAPI.setComponents(components);
    }

    private static void documentResponses(PathItem.HttpMethod method, Operation operation, String path) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        for (StandaardProblemen.Standaard standaard : StandaardProblemen.voor(new StandaardProblemen.Operatiesoort(
                method.name(), path, operation.getParameters() != null && !operation.getParameters().isEmpty(),
                operation.getRequestBody() != null, operation.getSecurity() != null && !operation.getSecurity().isEmpty()))) {
            String status = String.valueOf(standaard.status());
            APIResponse response = responses.getAPIResponse(status);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(standaard.omschrijving());
                responses.addAPIResponse(status, response);
            } else if (isDefaultDescription(response.getDescription())) {
                response.setDescription(standaard.omschrijving());
            }
            MediaType problem = ensureProblemContent(response);
            if (problem.getExamples() == null || problem.getExamples().isEmpty()) {
                problem.addExample(standaard.voorbeeldnaam(), OASFactory.createExample()
                        .summary(standaard.omschrijving()).value(standaard.voorbeeld(path)));
            }
            APIResponse documented = response;
            standaard.headers().forEach((name, description) -> addHeader(documented, name, description));
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                ensureProblemContent(response);
            }
            addVersionHeader(response);
        });
        operation.setResponses(responses);
    }

    /** SmallRye's own texts for the 401 and 403 it adds to secured operations: replace them with ours. */
    private static boolean isDefaultDescription(String description) {
        return description == null || description.isBlank() || description.equals("Not Authorized")
                || description.equals("Not Allowed");
    }

    private static MediaType ensureProblemContent(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
        MediaType problem = response.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
            response.getContent().addMediaType(Problem.MEDIA_TYPE, problem);
        }
        return problem;
    }

    private static void addHeader(APIResponse response, String name, String description) {
        Map<String, Header> headers = response.getHeaders() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(response.getHeaders());
        headers.putIfAbsent(name, OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        response.setHeaders(headers);
    }

    private static void addVersionHeader(APIResponse response) {
        Map<String, Header> headers = response.getHeaders() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(response.getHeaders());
        headers.putIfAbsent(HttpConventions.API_VERSION, OASFactory.createHeader().ref(VERSION_HEADER_REF));
        response.setHeaders(headers);
    }
}
