package nl.spreiding.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What a client generator needs from a service's OpenAPI document, checked on the live document: extend it in a
 * {@code @QuarkusTest} class. Every operation has a unique operationId, every answer with a body a schema, every
 * property and parameter a description, and every error status an example of its own.
 */
public abstract class OpenApiDocumentContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private JsonObject document;

    @BeforeEach
    void leesDocument() {
        document = new JsonObject(given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString());
    }

    @Test
    void elkeOperatieHeeftEenOperationId() {
        List<String> zonder = new ArrayList<>();
        operaties((naam, operatie) -> {
            if (operatie.getString("operationId", "").isBlank()) {
                zonder.add(naam);
            }
        });
        assertTrue(zonder.isEmpty(), "operaties zonder operationId: " + zonder);
    }

    @Test
    void operationIdsZijnUniek() {
        Map<String, String> gezien = new HashMap<>();
        List<String> dubbel = new ArrayList<>();
        operaties((naam, operatie) -> {
            String id = operatie.getString("operationId");
            if (id != null && gezien.putIfAbsent(id, naam) != null) {
                dubbel.add(id + " (" + gezien.get(id) + " en " + naam + ")");
            }
        });
        assertTrue(dubbel.isEmpty(), "dubbele operationIds: " + dubbel);
    }

    @Test
    void geenAntwoordHeeftEenLeegSchema() {
        List<String> leeg = new ArrayList<>();
        operaties((naam, operatie) -> antwoorden(operatie).forEach((status, antwoord) -> {
            JsonObject inhoud = antwoord.getJsonObject("content", new JsonObject());
            for (String mediatype : inhoud.fieldNames()) {
                JsonObject schema = inhoud.getJsonObject(mediatype).getJsonObject("schema");
                if (schema == null || schema.isEmpty()) {
                    leeg.add(naam + " " + status + " " + mediatype);
                }
            }
        }));
        assertTrue(leeg.isEmpty(), "antwoorden zonder schema: " + leeg);
    }

    @Test
    void elkeEigenschapHeeftEenOmschrijving() {
        List<String> zonder = new ArrayList<>();
        JsonObject schemas = document.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
        for (String schemaNaam : schemas.fieldNames()) {
            JsonObject eigenschappen = schemas.getJsonObject(schemaNaam).getJsonObject("properties", new JsonObject());
            for (String eigenschap : eigenschappen.fieldNames()) {
                JsonObject definitie = eigenschappen.getJsonObject(eigenschap);
                if (definitie.getString("description", "").isBlank() && !verwijstNaarOmschrevenSchema(definitie)) {
                    zonder.add(schemaNaam + "." + eigenschap);
                }
            }
        }
        assertTrue(zonder.isEmpty(), zonder.size() + " eigenschappen zonder omschrijving: " + zonder);
    }

    @Test
    void elkeParameterHeeftEenOmschrijving() {
        List<String> zonder = new ArrayList<>();
        operaties((naam, operatie) -> {
            JsonArray parameters = operatie.getJsonArray("parameters", new JsonArray());
            for (Object parameter : parameters) {
                JsonObject p = (JsonObject) parameter;
                if (p.getString("description", "").isBlank() && !p.containsKey("$ref")) {
                    zonder.add(naam + " " + p.getString("in") + ":" + p.getString("name"));
                }
            }
        });
        assertTrue(zonder.isEmpty(), "parameters zonder omschrijving: " + zonder);
    }

    @Test
    void elkeFoutstatusHeeftEenEigenVoorbeeld() {
        List<String> fouten = new ArrayList<>();
        operaties((naam, operatie) -> {
            Map<String, String> voorbeelden = new HashMap<>();
            antwoorden(operatie).forEach((status, antwoord) -> {
                if (!status.startsWith("4") && !status.startsWith("5")) {
                    return;
                }
                JsonObject probleem = antwoord.getJsonObject("content", new JsonObject())
                        .getJsonObject("application/problem+json");
                String voorbeeld = probleem == null ? null : voorbeeldVan(probleem);
                if (voorbeeld == null) {
                    fouten.add(naam + " " + status + ": geen voorbeeld");
                } else if (voorbeelden.containsKey(voorbeeld)) {
                    fouten.add(naam + " " + status + ": hetzelfde voorbeeld als " + voorbeelden.get(voorbeeld));
                } else {
                    voorbeelden.put(voorbeeld, status);
                }
            });
        });
        assertTrue(fouten.isEmpty(), "foutantwoorden zonder eigen voorbeeld: " + fouten);
    }

    private boolean verwijstNaarOmschrevenSchema(JsonObject definitie) {
        String ref = definitie.getString("$ref");
        if (ref == null && definitie.getJsonObject("items") != null) {
            ref = definitie.getJsonObject("items").getString("$ref");
        }
        if (ref == null || !ref.startsWith("#/components/schemas/")) {
            return false;
        }
        JsonObject doel = document.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject(ref.substring("#/components/schemas/".length()));
        return doel != null && !doel.getString("description", "").isBlank();
    }

    private static String voorbeeldVan(JsonObject mediatype) {
        if (mediatype.containsKey("example")) {
            return String.valueOf(mediatype.getValue("example"));
        }
        JsonObject voorbeelden = mediatype.getJsonObject("examples", new JsonObject());
        return voorbeelden.isEmpty() ? null : voorbeelden.encode();
    }

    private Map<String, JsonObject> antwoorden(JsonObject operatie) {
        Map<String, JsonObject> antwoorden = new HashMap<>();
        JsonObject responses = operatie.getJsonObject("responses", new JsonObject());
        for (String status : responses.fieldNames()) {
            JsonObject antwoord = responses.getJsonObject(status);
            String ref = antwoord.getString("$ref");
            if (ref != null && ref.startsWith("#/components/responses/")) {
                antwoord = document.getJsonObject("components").getJsonObject("responses")
                        .getJsonObject(ref.substring("#/components/responses/".length()));
            }
            antwoorden.put(status, antwoord);
        }
        return antwoorden;
    }

    private void operaties(BiConsumer<String, JsonObject> elke) {
        JsonObject paden = document.getJsonObject("paths", new JsonObject());
        for (String pad : paden.fieldNames()) {
            JsonObject item = paden.getJsonObject(pad);
            for (String methode : item.fieldNames()) {
                if (METHODS.contains(methode)) {
                    elke.accept(methode.toUpperCase() + " " + pad, item.getJsonObject(methode));
                }
            }
        }
    }
}
