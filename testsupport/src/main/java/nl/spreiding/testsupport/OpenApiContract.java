package nl.spreiding.testsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.json.schema.Validator;

/**
 * A service's OpenAPI 3.1 document as a contract for what the server answers: for one exchange (method, path,
 * status, headers, body) it lists every way the answer breaks the document. An operation that does not document the
 * status, a media type that is not declared, a required header that is missing, or a JSON body that breaks its schema
 * (JSON Schema 2020-12, the dialect of OpenAPI 3.1, checked with Vert.x JSON Schema) is a violation.
 *
 * <p>Answers that the HTTP layer gives for any path, before an operation is chosen, are checked against the shared
 * {@code Problem} schema instead: 404 for a path the document does not have, 405 for a method it does not have,
 * and 413, 414 and 431 for requests that are too large.
 */
public final class OpenApiContract {

    private static final String DOCUMENT_URI = "https://spreiding.nl/openapi.json";
    private static final List<Integer> TRANSPORT_STATUSES = List.of(413, 414, 431);

    private final JsonObject document;
    private final String basePath;
    private final SchemaRepository schemas;
    private final JsonSchemaOptions options;
    private final List<PathTemplate> paths;
    private final Map<String, Validator> validators = new ConcurrentHashMap<>();

    private OpenApiContract(JsonObject document) {
        this.document = document;
        this.basePath = basePathOf(document);
        this.options = new JsonSchemaOptions().setDraft(Draft.DRAFT202012).setBaseUri(DOCUMENT_URI)
                .setOutputFormat(OutputFormat.Basic);
        this.schemas = SchemaRepository.create(options);
        this.schemas.dereference(DOCUMENT_URI, JsonSchema.of(document.copy()));
        JsonObject pathItems = document.getJsonObject("paths", new JsonObject());
        this.paths = pathItems.fieldNames().stream().map(PathTemplate::new)
                .sorted(Comparator.comparingInt(PathTemplate::variables).thenComparing(PathTemplate::template))
                .toList();
    }

    public static OpenApiContract of(String documentJson) {
        return new OpenApiContract(new JsonObject(documentJson));
    }

    /** One exchange as the client saw it; header names are matched case-insensitively. */
    public record Exchange(String method, String path, int status, Map<String, String> headers, byte[] body) {

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst();
        }

        String mediaType() {
            return header("Content-Type").map(t -> t.split(";")[0].trim().toLowerCase(Locale.ROOT)).orElse("");
        }
    }

    /** Every way the answer breaks the document; empty when it keeps to it. */
    public List<String> violations(Exchange exchange) {
        String method = exchange.method().toLowerCase(Locale.ROOT);
        if (!exchange.path().startsWith(basePath + "/") || exchange.path().equals(basePath + "/openapi.json")
                || exchange.path().equals(basePath + "/openapi.yaml")) {
            return List.of(); // health, metrics, Swagger UI and the document itself are not part of the API
        }
        String relative = exchange.path().substring(basePath.length());
        if (method.equals("options")) {
            return List.of(); // CORS preflights belong to Quarkus' CORS filter, not to an operation
        }
        if (TRANSPORT_STATUSES.contains(exchange.status())) {
            return problemViolations(exchange, "transport");
        }
        Optional<PathTemplate> template = paths.stream().filter(p -> p.matches(relative)).findFirst();
        if (template.isEmpty()) {
            if (exchange.status() == 404) {
                return problemViolations(exchange, "unknown path");
            }
            return List.of(describe(exchange) + ": het pad staat niet in het OpenAPI-document");
        }
        String pointer = "/paths/" + escape(template.get().template()) + "/" + method;
        JsonObject operation = document.getJsonObject("paths").getJsonObject(template.get().template())
                .getJsonObject(method);
        if (operation == null) {
            if (exchange.status() == 405) {
                return problemViolations(exchange, "method not allowed");
            }
            return List.of(describe(exchange) + ": de methode staat niet in het OpenAPI-document bij "
                    + template.get().template());
        }
        return operationViolations(exchange, operation, pointer);
    }

    private List<String> operationViolations(Exchange exchange, JsonObject operation, String pointer) {
        String name = operation.getString("operationId", exchange.method() + " " + exchange.path());
        JsonObject responses = operation.getJsonObject("responses", new JsonObject());
        String status = String.valueOf(exchange.status());
        String key = responses.containsKey(status) ? status
                : responses.containsKey(status.charAt(0) + "XX") ? status.charAt(0) + "XX"
                : responses.containsKey("default") ? "default" : null;
        if (key == null) {
            return List.of(name + " (" + describe(exchange) + "): status " + status
                    + " is niet gedocumenteerd; gedocumenteerd: " + responses.fieldNames());
        }
        JsonObject response = resolve(responses.getJsonObject(key));
        String responsePointer = pointer + "/responses/" + escape(key);
        List<String> violations = new ArrayList<>();
        headerViolations(exchange, response, name, violations);
        bodyViolations(exchange, response, responsePointer, name, violations);
        return violations;
    }

    private void headerViolations(Exchange exchange, JsonObject response, String name, List<String> violations) {
        JsonObject headers = response.getJsonObject("headers", new JsonObject());
        for (String header : headers.fieldNames()) {
            JsonObject definition = resolve(headers.getJsonObject(header));
            if (definition.getBoolean("required", false) && exchange.header(header).isEmpty()) {
                violations.add(name + " (" + describe(exchange) + "): verplichte header " + header + " ontbreekt");
            }
        }
    }

    private void bodyViolations(Exchange exchange, JsonObject response, String responsePointer, String name,
            List<String> violations) {
        boolean hasBody = exchange.body() != null && exchange.body().length > 0 && !"head".equalsIgnoreCase(exchange.method());
        JsonObject content = response.getJsonObject("content");
        if (!hasBody) {
            return; // an empty body is what 204, 304 and HEAD answer; a declared schema does not demand a body
        }
        if (content == null || content.isEmpty()) {
            violations.add(name + " (" + describe(exchange) + "): antwoord heeft een body ("
                    + exchange.mediaType() + ") maar het document declareert geen inhoud");
            return;
        }
        String mediaType = exchange.mediaType();
        Optional<String> declared = content.fieldNames().stream()
                .filter(d -> d.split(";")[0].trim().equalsIgnoreCase(mediaType)).findFirst();
        if (declared.isEmpty()) {
            violations.add(name + " (" + describe(exchange) + "): mediatype '" + mediaType
                    + "' is niet gedeclareerd; gedeclareerd: " + content.fieldNames());
            return;
        }
        JsonObject mediaTypeObject = content.getJsonObject(declared.get());
        if (!isJson(mediaType) || mediaTypeObject.getJsonObject("schema") == null) {
            return;
        }
        if (mediaTypeObject.getJsonObject("schema").isEmpty()) {
            violations.add(name + " (" + describe(exchange) + "): het schema van " + mediaType + " is leeg");
            return;
        }
        Object instance;
        try {
            instance = Json.decodeValue(new String(exchange.body(), StandardCharsets.UTF_8));
        } catch (DecodeException e) {
            violations.add(name + " (" + describe(exchange) + "): body is geen geldige JSON");
            return;
        }
        String schemaPointer = responsePointer + "/content/" + escape(declared.get()) + "/schema";
        OutputUnit outcome = validator(schemaPointer).validate(instance);
        if (!Boolean.TRUE.equals(outcome.getValid())) {
            violations.add(name + " (" + describe(exchange) + "): body breekt het schema: " + errors(outcome));
        }
    }

    private List<String> problemViolations(Exchange exchange, String why) {
        List<String> violations = new ArrayList<>();
        if (!"application/problem+json".equals(exchange.mediaType())) {
            violations.add(describe(exchange) + " (" + why + "): geen application/problem+json maar '"
                    + exchange.mediaType() + "'");
            return violations;
        }
        if (exchange.header("API-Version").isEmpty()) {
            violations.add(describe(exchange) + " (" + why + "): header API-Version ontbreekt");
        }
        if (exchange.body() != null && exchange.body().length > 0 && !"head".equalsIgnoreCase(exchange.method())) {
            try {
                Object instance = Json.decodeValue(new String(exchange.body(), StandardCharsets.UTF_8));
                OutputUnit outcome = validator("/components/schemas/Problem").validate(instance);
                if (!Boolean.TRUE.equals(outcome.getValid())) {
                    violations.add(describe(exchange) + " (" + why + "): body breekt Problem: " + errors(outcome));
                }
            } catch (DecodeException e) {
                violations.add(describe(exchange) + " (" + why + "): body is geen geldige JSON");
            }
        }
        return violations;
    }

    private Validator validator(String pointer) {
        return validators.computeIfAbsent(pointer, p -> schemas.validator(DOCUMENT_URI + "#" + p));
    }

    /** Follows a local {@code $ref} (responses and headers may be components). */
    private JsonObject resolve(JsonObject node) {
        JsonObject current = node;
        for (int hops = 0; current != null && current.containsKey("$ref") && hops < 10; hops++) {
            String ref = current.getString("$ref");
            if (!ref.startsWith("#/")) {
                return current;
            }
            JsonObject target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target == null ? null : target.getJsonObject(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current == null ? new JsonObject() : current;
    }

    private static String errors(OutputUnit outcome) {
        List<OutputUnit> errors = outcome.getErrors();
        if (errors == null || errors.isEmpty()) {
            return outcome.getInstanceLocation() + " " + outcome.getError();
        }
        return errors.stream().filter(e -> !"A subschema had errors".equals(e.getError()))
                .map(e -> e.getInstanceLocation() + " " + e.getError()).limit(10).toList().toString();
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String describe(Exchange exchange) {
        return exchange.method().toUpperCase(Locale.ROOT) + " " + exchange.path() + " → " + exchange.status();
    }

    /** A JSON pointer token as it appears in the schema repository's URIs (RFC 6901, then URI-encoded). */
    private static String escape(String token) {
        String pointerToken = token.replace("~", "~0").replace("/", "~1");
        return URLEncoder.encode(pointerToken, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%7E", "~").replace("%2B", "+");
    }

    private static String basePathOf(JsonObject document) {
        return document.getJsonArray("servers", new JsonArray()).stream()
                .filter(JsonObject.class::isInstance).map(JsonObject.class::cast).findFirst()
                .map(server -> server.getString("url", "").replaceAll("/+$", "")).orElse("");
    }

    /** A path of the document, e.g. {@code /verdelingen/{id}/gemeenten}, matched segment by segment. */
    private record PathTemplate(String template, Pattern pattern, int variables) {

        PathTemplate(String template) {
            this(template, Pattern.compile(template.replaceAll("\\{[^/}]+}", "\u0000").chars()
                    .mapToObj(c -> c == 0 ? "[^/]+" : Pattern.quote(String.valueOf((char) c)))
                    .reduce("", String::concat)), (int) template.chars().filter(c -> c == '{').count());
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
