package nl.spreiding.platform.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The event contract a producing service publishes: which event types it writes to which topic, and per type a JSON
 * Schema of the CloudEvent's {@code data} and an example. It lives on the classpath in
 * {@code META-INF/spreiding/gebeurtenissen/<producent>/} ({@code catalogus.json} plus the files it names), so the
 * producer serves it, validates what it writes against it, and ships it as a jar (classifier {@code gebeurtenissen})
 * that consumers test against.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Gebeurteniscatalogus(String producent, String source, String topic, String omschrijving,
        List<Gebeurtenistype> gebeurtenissen) {

    public static final String MAP = "META-INF/spreiding/gebeurtenissen/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event type: where its key comes from, what it means, and the files of its schema and example. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gebeurtenistype(String type, String sleutel, String voorbeeldSleutel, String omschrijving,
            String schema, String voorbeeld) {
    }

    /** The catalogue of {@code producent} on the classpath, if that producer's contract is there. */
    public static Optional<Gebeurteniscatalogus> laad(String producent) {
        return lees(MAP + producent + "/catalogus.json").map(tekst -> {
            try {
                return JSON.readValue(tekst, Gebeurteniscatalogus.class);
            } catch (IOException e) {
                throw new IllegalStateException("Ongeldige gebeurteniscatalogus van " + producent, e);
            }
        });
    }

    /** Like {@link #laad}, for tests and consumers that cannot do without it. */
    public static Gebeurteniscatalogus vereist(String producent) {
        return laad(producent).orElseThrow(() -> new IllegalStateException(
                "Geen gebeurteniscatalogus van " + producent + " op het classpath (" + MAP + producent + ")"));
    }

    public Optional<Gebeurtenistype> type(String type) {
        // A handful of types: a scan, instead of building a map for each event the outbox checks.
        return gebeurtenissen.stream().filter(g -> g.type().equals(type)).findFirst();
    }

    public Map<String, Gebeurtenistype> perType() {
        return gebeurtenissen.stream().collect(Collectors.toMap(Gebeurtenistype::type, Function.identity()));
    }

    /** The JSON Schema of the type's data, as published. */
    public String schema(Gebeurtenistype type) {
        return bestand(type.schema());
    }

    /** The example data of the type, as published. */
    public String voorbeeld(Gebeurtenistype type) {
        return bestand(type.voorbeeld());
    }

    private String bestand(String naam) {
        return lees(MAP + producent + "/" + naam)
                .orElseThrow(() -> new IllegalStateException("De catalogus van " + producent + " noemt " + naam
                        + ", maar dat bestand ontbreekt"));
    }

    private static Optional<String> lees(String pad) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = Gebeurteniscatalogus.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(pad)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
