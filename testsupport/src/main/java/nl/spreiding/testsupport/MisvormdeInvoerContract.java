package nl.spreiding.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import nl.spreiding.local.token.Tokens;

/**
 * Sends malformed input to every operation of the service's live OpenAPI document, as every role, and checks what
 * any answer to bad input must be: never a 5xx, every error a problem+json with {@code API-Version}, never an answer
 * larger than 1 MB (all requests are smaller). Extend it in a {@code @QuarkusTest} class.
 *
 * <p>The malformed inputs: broken JSON, a key twice, content after the value, the wrong JSON type and out-of-range
 * values for every property of the request body, a list of 20,000 elements, 2,000 levels of nesting, text of
 * 10,000 characters, malformed and overlong path and query parameters, and a wrong content type. Requests go
 * straight over HTTP (not through RestAssured), so that this test counts every answer instead of stopping at the
 * first.
 */
public abstract class MisvormdeInvoerContract {

    private static final int MAX_ANTWOORD = 1024 * 1024;
    private static final Set<String> METHODEN = Set.of("get", "put", "post", "patch", "delete");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private JsonObject document;
    private String basis;

    /** A malformed request: what is sent, and why (to name it in a failure). */
    private record Poging(String methode, String pad, String contentType, String body, String waarom) {
    }

    @Test
    void misvormdeInvoerGeeftNooitEen5xxEnAltijdEenBegrensdProbleem() throws Exception {
        basis = "http://localhost:" + RestAssured.port;
        document = new JsonObject(HTTP.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<String> tokens = List.of(Tokens.minister(), Tokens.provincie("PV27"), Tokens.gemeente("GM0363"),
                Tokens.beheerder(), Tokens.coa());
        List<String> fouten = new ArrayList<>();
        int verzonden = 0;
        JsonObject paden = document.getJsonObject("paths");
        for (String pad : paden.fieldNames()) {
            for (String methode : paden.getJsonObject(pad).fieldNames()) {
                if (!METHODEN.contains(methode)) {
                    continue;
                }
                JsonObject operatie = paden.getJsonObject(pad).getJsonObject(methode);
                List<String> rollen = methode.equals("get") ? Collections.singletonList(null) : tokens;
                for (Poging poging : pogingen(methode.toUpperCase(), pad, operatie)) {
                    for (String token : rollen) {
                        verzonden++;
                        controleer(poging, token).ifPresent(fouten::add);
                    }
                }
            }
        }
        assertTrue(verzonden > 0, "geen enkele operatie in het OpenAPI-document");
        assertTrue(fouten.isEmpty(), fouten.size() + " van " + verzonden + " misvormde aanvragen kregen een verkeerd antwoord:\n- "
                + String.join("\n- ", fouten.subList(0, Math.min(40, fouten.size()))));
    }

    private Optional<String> controleer(Poging poging, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(basis + "/api/v1" + poging.pad()))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("Idempotency-Key", java.util.UUID.randomUUID().toString());
        if (poging.body() == null) {
            request.method(poging.methode(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", poging.contentType())
                    .method(poging.methode(), HttpRequest.BodyPublishers.ofString(poging.body(), StandardCharsets.UTF_8));
        }
        HttpResponse<byte[]> antwoord = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String wie = poging.methode() + " " + poging.pad().substring(0, Math.min(120, poging.pad().length())) + " ("
                + poging.waarom() + ")";
        if (antwoord.statusCode() >= 500) {
            return Optional.of(wie + " → " + antwoord.statusCode());
        }
        if (antwoord.body().length > MAX_ANTWOORD) {
            return Optional.of(wie + " → antwoord van " + antwoord.body().length + " bytes");
        }
        if (antwoord.statusCode() >= 400) {
            String type = antwoord.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return Optional.of(wie + " → " + antwoord.statusCode() + " als '" + type + "'");
            }
            if (antwoord.headers().firstValue("API-Version").isEmpty()) {
                return Optional.of(wie + " → " + antwoord.statusCode() + " zonder API-Version");
            }
        }
        return Optional.empty();
    }

    private List<Poging> pogingen(String methode, String pad, JsonObject operatie) {
        List<Poging> pogingen = new ArrayList<>();
        String geldigPad = vul(pad, operatie, null);
        // Malformed path parameters, one at a time.
        for (String naam : padvariabelen(pad)) {
            for (String waarde : List.of("geen-uuid", "-1", "99999999999999999999999", "%25zz", "a".repeat(300))) {
                pogingen.add(new Poging(methode, vul(pad, operatie, Map.of(naam, waarde)), null, null, naam + "=" + waarde));
            }
        }
        // Malformed query parameters, one at a time.
        for (Object p : operatie.getJsonArray("parameters", new JsonArray())) {
            JsonObject parameter = (JsonObject) p;
            if ("query".equals(parameter.getString("in"))) {
                for (String waarde : List.of("", "-1", "1e308", "99999999999999999999999", "x".repeat(3000))) {
                    pogingen.add(new Poging(methode, geldigPad + "?" + parameter.getString("name") + "=" + waarde, null,
                            null, parameter.getString("name") + "=" + waarde.substring(0, Math.min(20, waarde.length()))));
                }
            }
        }
        JsonObject body = operatie.getJsonObject("requestBody");
        if (body == null) {
            return pogingen;
        }
        JsonObject inhoud = body.getJsonObject("content", new JsonObject());
        if (!inhoud.containsKey("application/json")) {
            for (String soort : inhoud.fieldNames()) {
                pogingen.add(new Poging(methode, geldigPad, soort, "\u00ff\u00fe;;;\"\n\"=1+2", "onzin als " + soort));
            }
            return pogingen;
        }
        pogingen.add(new Poging(methode, geldigPad, "text/plain", "tekst", "verkeerd mediatype"));
        for (String misvormd : List.of("{", "[]", "\"tekst\"", "null", "{} {}", "{\"a\":1,\"a\":2}",
                "[".repeat(2000) + "]".repeat(2000), "[" + String.join(",", Collections.nCopies(20_000, "{}")) + "]")) {
            pogingen.add(new Poging(methode, geldigPad, "application/json", misvormd,
                    "body " + misvormd.substring(0, Math.min(20, misvormd.length()))));
        }
        JsonObject schema = los(inhoud.getJsonObject("application/json").getJsonObject("schema", new JsonObject()));
        JsonObject eigenschappen = schema.getJsonObject("properties", new JsonObject());
        JsonObject basisBody = voorbeeldVan(schema);
        for (String eigenschap : eigenschappen.fieldNames()) {
            for (Object waarde : verkeerdeWaarden(los(eigenschappen.getJsonObject(eigenschap)))) {
                JsonObject misvormd = basisBody.copy().put(eigenschap, waarde);
                pogingen.add(new Poging(methode, geldigPad, "application/json", misvormd.encode(), eigenschap + "="
                        + String.valueOf(waarde).substring(0, Math.min(20, String.valueOf(waarde).length()))));
            }
            JsonObject dubbel = basisBody.copy();
            String tekst = dubbel.encode();
            pogingen.add(new Poging(methode, geldigPad, "application/json",
                    tekst.substring(0, tekst.length() - 1) + (dubbel.isEmpty() ? "" : ",") + "\"" + eigenschap + "\":null,\""
                            + eigenschap + "\":null}", eigenschap + " twee keer"));
        }
        return pogingen;
    }

    /** For a property: the wrong JSON type, and values just outside what its type can hold. */
    private static List<Object> verkeerdeWaarden(JsonObject schema) {
        List<Object> waarden = new ArrayList<>();
        String type = typeVan(schema);
        switch (type) {
            case "integer" -> waarden.addAll(List.of("1", 1.5, new java.math.BigDecimal("1e308"),
                    new java.math.BigInteger("9223372036854775808"), -2147483649L));
            case "number" -> waarden.addAll(List.of("1,5", new java.math.BigDecimal("1e400"), true));
            case "boolean" -> waarden.addAll(List.of("true", 1));
            case "array" -> waarden.addAll(List.of("lijst", new JsonArray(new ArrayList<>(Collections.nCopies(20_000, "")))));
            case "object" -> waarden.addAll(List.of("object", new JsonArray()));
            default -> {
                waarden.addAll(List.of(123, new JsonObject(), "a".repeat(10_000)));
                if (schema.containsKey("enum")) {
                    waarden.add(schema.getJsonArray("enum").getValue(0) + " ");
                }
            }
        }
        return waarden;
    }

    /** A body with every property set to a plausible value, so that one wrong property is the only fault. */
    private JsonObject voorbeeldVan(JsonObject schema) {
        if (schema.getValue("example") instanceof JsonObject voorbeeld) {
            return voorbeeld.copy();
        }
        JsonObject body = new JsonObject();
        JsonObject eigenschappen = schema.getJsonObject("properties", new JsonObject());
        for (String eigenschap : eigenschappen.fieldNames()) {
            JsonObject definitie = los(eigenschappen.getJsonObject(eigenschap));
            Object voorbeeld = definitie.getValue("example");
            if (voorbeeld == null && definitie.containsKey("enum")) {
                voorbeeld = definitie.getJsonArray("enum").getValue(0);
            }
            body.put(eigenschap, voorbeeld != null ? voorbeeld : switch (typeVan(definitie)) {
                case "integer", "number" -> 1;
                case "boolean" -> true;
                case "array" -> new JsonArray();
                case "object" -> new JsonObject();
                default -> "a";
            });
        }
        return body;
    }

    private String vul(String pad, JsonObject operatie, Map<String, String> anders) {
        Map<String, String> waarden = new LinkedHashMap<>();
        for (Object p : operatie.getJsonArray("parameters", new JsonArray())) {
            JsonObject parameter = (JsonObject) p;
            if ("path".equals(parameter.getString("in"))) {
                Object voorbeeld = parameter.getValue("example");
                if (voorbeeld == null) {
                    voorbeeld = los(parameter.getJsonObject("schema", new JsonObject())).getValue("example");
                }
                waarden.put(parameter.getString("name"), voorbeeld == null ? "1" : String.valueOf(voorbeeld));
            }
        }
        if (anders != null) {
            waarden.putAll(anders);
        }
        String gevuld = pad;
        for (String naam : padvariabelen(pad)) {
            gevuld = gevuld.replace("{" + naam + "}", waarden.getOrDefault(naam, "1"));
        }
        return gevuld;
    }

    private static List<String> padvariabelen(String pad) {
        List<String> namen = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(pad);
        while (matcher.find()) {
            namen.add(matcher.group(1));
        }
        return namen;
    }

    private static String typeVan(JsonObject schema) {
        Object type = schema.getValue("type");
        if (type instanceof JsonArray types) {
            return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("string");
        }
        return type == null ? "string" : String.valueOf(type);
    }

    /** Follows a {@code $ref} into the document's components. */
    private JsonObject los(JsonObject schema) {
        JsonObject huidig = schema;
        for (int i = 0; i < 10 && huidig.containsKey("$ref"); i++) {
            String ref = huidig.getString("$ref");
            JsonObject doel = document;
            for (String deel : ref.substring(2).split("/")) {
                doel = doel == null ? null : doel.getJsonObject(deel);
            }
            if (doel == null) {
                return new JsonObject();
            }
            huidig = doel;
        }
        return huidig;
    }
}
