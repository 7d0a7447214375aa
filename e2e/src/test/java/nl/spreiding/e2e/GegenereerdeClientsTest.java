package nl.spreiding.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a caller gets from the Java client openapi-generator writes from each service's document (this module's pom:
 * library native, package {@code nl.spreiding.client.<service>}): a method named after the operation's own
 * operationId, and a typed answer wherever the operation answers with a body. Compiling those clients is part of
 * this module's test compilation; this test reads the compiled API classes next to the document they came from.
 */
class GegenereerdeClientsTest {

    private static final Set<String> METHODEN = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"allocation-service, allocation", "pledge-service, pledge", "notification-service, notification"})
    void elkeOperatieHeeftInDeJavaClientEenMethodeMetHaarEigenOperationId(String dienst, String pakket)
            throws Exception {
        Map<String, List<Method>> methoden = apiMethoden(dienst, pakket);
        List<String> fouten = new ArrayList<>();
        operaties(document(dienst), (naam, operatie) -> {
            String id = operatie.path("operationId").asText("");
            if (id.isBlank()) {
                fouten.add(naam + ": geen operationId, de generator verzint een naam");
            } else if (!methoden.containsKey(id)) {
                fouten.add(naam + ": geen methode " + id);
            }
        });
        assertThat(fouten).as("%s: %d operaties zonder eigen methode", dienst, fouten.size()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"allocation-service, allocation", "pledge-service, pledge", "notification-service, notification"})
    void elkeOperatieMetEenAntwoordMetInhoudGeeftInDeJavaClientEenGetypeerdeWaardeTerug(String dienst, String pakket)
            throws Exception {
        Map<String, List<Method>> methoden = apiMethoden(dienst, pakket);
        JsonNode document = document(dienst);
        List<String> fouten = new ArrayList<>();
        operaties(document, (naam, operatie) -> {
            List<Method> gevonden = methoden.get(operatie.path("operationId").asText(""));
            Map.Entry<String, JsonNode> inhoud = eersteInhoudVanEen2xxAntwoord(document, operatie);
            if (gevonden == null || inhoud == null) {
                return;
            }
            for (Method methode : gevonden) {
                Class<?> type = methode.getReturnType();
                if (type == void.class || type == Void.class) {
                    fouten.add(naam + ": " + methode.getName() + " geeft niets terug, het antwoord heeft "
                            + inhoud.getKey());
                } else if (type == Object.class && !isVrijObject(inhoud.getValue().path("schema"))) {
                    fouten.add(naam + ": " + methode.getName() + " geeft Object terug voor " + inhoud.getKey()
                            + " met schema " + inhoud.getValue().path("schema"));
                }
            }
        });
        assertThat(fouten).as("%s: %d operaties zonder getypeerd antwoord", dienst, fouten.size()).isEmpty();
    }

    /** A schema that says "any JSON object" on purpose (e.g. a JSON Schema document): Object is its honest type. */
    private static boolean isVrijObject(JsonNode schema) {
        return "object".equals(schema.path("type").asText())
                && Stream.of("properties", "additionalProperties", "$ref", "allOf", "oneOf", "anyOf", "items")
                        .noneMatch(schema::has);
    }

    private static Map.Entry<String, JsonNode> eersteInhoudVanEen2xxAntwoord(JsonNode document, JsonNode operatie) {
        for (Iterator<Map.Entry<String, JsonNode>> it = operatie.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> antwoord = it.next();
            if (!antwoord.getKey().startsWith("2")) {
                continue;
            }
            JsonNode inhoud = volg(document, antwoord.getValue()).path("content");
            if (inhoud.fields().hasNext()) {
                return inhoud.fields().next();
            }
        }
        return null;
    }

    private static JsonNode volg(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    private static void operaties(JsonNode document, BiConsumer<String, JsonNode> elke) {
        document.path("paths").fields().forEachRemaining(pad -> pad.getValue().fields().forEachRemaining(item -> {
            if (METHODEN.contains(item.getKey())) {
                elke.accept(item.getKey().toUpperCase() + " " + pad.getKey(), item.getValue());
            }
        }));
    }

    private static JsonNode document(String dienst) throws IOException {
        Path pad = Path.of(System.getProperty("spreiding.e2e.home", ".."), dienst, "target/openapi/openapi.json");
        assertThat(pad).as("het document dat %s bij het bouwen schreef", dienst).exists();
        return JSON.readTree(pad.toFile());
    }

    /** The public methods of the client's API classes by name, without the WithHttpInfo variants. */
    private static Map<String, List<Method>> apiMethoden(String dienst, String pakket) throws Exception {
        Path map = Path.of(System.getProperty("spreiding.clients.dir", "target/generated-clients"))
                .resolve(dienst + "/java/src/main/java/nl/spreiding/client/" + pakket + "/api");
        assertThat(map).as("de gegenereerde Java-client van %s", dienst).isDirectory();
        Map<String, List<Method>> methoden = new LinkedHashMap<>();
        try (Stream<Path> bronnen = Files.list(map)) {
            for (Path bron : bronnen.filter(p -> p.toString().endsWith("Api.java")).toList()) {
                String klasse = bron.getFileName().toString().replace(".java", "");
                for (Method methode : Class.forName("nl.spreiding.client." + pakket + ".api." + klasse).getDeclaredMethods()) {
                    if (Modifier.isPublic(methode.getModifiers()) && !methode.getName().endsWith("WithHttpInfo")) {
                        methoden.computeIfAbsent(methode.getName(), n -> new ArrayList<>()).add(methode);
                    }
                }
            }
        }
        return methoden;
    }
}
