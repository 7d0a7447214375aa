package nl.spreiding.allocation.verdeling.api;

import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.allocation.http.PreparedResponse;
import nl.spreiding.platform.csv.CsvAntwoord;
import nl.spreiding.platform.csv.CsvSchrijver;

/**
 * The representations of published distributions, serialised once: a published distribution never changes
 * (database triggers refuse it), so its bytes and their ETag stay true. Keyed by the distribution and the full
 * representation (media type, resource, every parameter that changes the bytes), bounded in application.properties.
 */
@ApplicationScoped
class PublishedRepresentations {

    /** Accept chooses between JSON and CSV on the same URL, so caches must keep them apart. */
    static final String VARY_ACCEPT = "Accept";
    /** What Quarkus REST sends with JSON that Jackson writes. */
    private static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    /**
     * @param representatie everything besides the distribution that decides the bytes, e.g.
     *        {@code text/csv gemeenten provinciecode=PV27}
     */
    record Sleutel(UUID verdeling, String representatie) {
    }

    private final Cache weergaven;
    private final ObjectMapper json;

    PublishedRepresentations(@CacheName("verdeling-weergaven") Cache weergaven, ObjectMapper json) {
        this.weergaven = weergaven;
        this.json = json;
    }

    /** The JSON Jackson writes for {@code dto}, made on the first request only. */
    PreparedResponse json(UUID verdeling, String representatie, String vary, Supplier<?> dto) {
        return weergaven.get(new Sleutel(verdeling, MediaType.APPLICATION_JSON + " " + representatie),
                sleutel -> PreparedResponse.of(alsJson(dto.get()), JSON_UTF8, PreparedResponse.ONVERANDERLIJK, vary))
                .await().indefinitely();
    }

    /** A CSV export in its dialect, made on the first request only; {@code representatie} must name the dialect. */
    PreparedResponse csv(UUID verdeling, String representatie, Supplier<CsvSchrijver> csv, String bestandsnaam) {
        return weergaven.get(new Sleutel(verdeling, "text/csv " + representatie),
                sleutel -> PreparedResponse.of(csv.get().alsBytes(), CsvAntwoord.MEDIATYPE, PreparedResponse.ONVERANDERLIJK,
                        VARY_ACCEPT).alsBijlage(bestandsnaam)).await().indefinitely();
    }

    private byte[] alsJson(Object dto) {
        try {
            return json.writeValueAsBytes(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Kon de verdeling niet als JSON schrijven", e);
        }
    }
}
