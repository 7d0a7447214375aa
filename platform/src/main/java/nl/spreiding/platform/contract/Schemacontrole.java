package nl.spreiding.platform.contract;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;

/**
 * Checks event data against the schemas of one producer's {@link Gebeurteniscatalogus} (JSON Schema 2020-12). Used
 * by the producer's outbox and by consumers' tests, so both sides check against the same published files.
 */
public final class Schemacontrole {

    private final Gebeurteniscatalogus catalogus;
    private final Map<String, Validator> validators = new ConcurrentHashMap<>();

    public Schemacontrole(Gebeurteniscatalogus catalogus) {
        this.catalogus = catalogus;
    }

    public static Schemacontrole van(String producent) {
        return new Schemacontrole(Gebeurteniscatalogus.vereist(producent));
    }

    public Gebeurteniscatalogus catalogus() {
        return catalogus;
    }

    /** What is wrong with {@code data} as an event of {@code type}; empty when it keeps to the contract. */
    public List<String> fouten(String type, String data) {
        if (catalogus.type(type).isEmpty()) {
            return List.of("het gebeurtenistype " + type + " staat niet in de catalogus van " + catalogus.producent());
        }
        JsonObject instantie;
        try {
            instantie = new JsonObject(data);
        } catch (DecodeException | ClassCastException e) {
            return List.of("de data is geen JSON-object: " + e.getMessage());
        }
        OutputUnit uitkomst = validators.computeIfAbsent(type, this::validator).validate(instantie);
        if (Boolean.TRUE.equals(uitkomst.getValid())) {
            return List.of();
        }
        List<OutputUnit> fouten = uitkomst.getErrors();
        if (fouten == null || fouten.isEmpty()) {
            return List.of(uitkomst.getInstanceLocation() + ": " + uitkomst.getError());
        }
        return fouten.stream().map(f -> f.getInstanceLocation() + ": " + f.getError()).toList();
    }

    /** Throws when {@code data} breaks the contract of {@code type}, naming every problem. */
    public void vereisGeldig(String type, String data) {
        List<String> fouten = fouten(type, data);
        if (!fouten.isEmpty()) {
            throw new ContractbreukException(type, fouten);
        }
    }

    private Validator validator(String type) {
        Gebeurteniscatalogus.Gebeurtenistype gebeurtenis = catalogus.type(type).orElseThrow();
        JsonSchema schema = JsonSchema.of(new JsonObject(catalogus.schema(gebeurtenis)));
        return Validator.create(schema, new JsonSchemaOptions()
                .setDraft(Draft.DRAFT202012)
                .setBaseUri("https://spreiding.nl/gebeurtenissen/" + catalogus.producent() + "/")
                .setOutputFormat(OutputFormat.Basic));
    }

    /** An event that does not keep to its producer's published contract. */
    public static final class ContractbreukException extends IllegalStateException {

        private final List<String> fouten;

        public ContractbreukException(String type, List<String> fouten) {
            super("Gebeurtenis " + type + " houdt zich niet aan het gepubliceerde schema: " + String.join("; ", fouten));
            this.fouten = List.copyOf(fouten);
        }

        public List<String> fouten() {
            return fouten;
        }
    }
}
