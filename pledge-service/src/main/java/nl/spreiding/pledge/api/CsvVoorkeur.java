package nl.spreiding.pledge.api;

import java.util.function.Supplier;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.spreiding.platform.csv.CsvAntwoord;
import nl.spreiding.platform.csv.CsvSchrijver;

/** CSV only when the client prefers it; a wildcard or no Accept gets JSON. */
public final class CsvVoorkeur {

    public static final String CSV = "text/csv";
    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    private CsvVoorkeur() {
    }

    public static boolean wiltCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(CSV_TYPE)) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /**
     * One answer in the representation the client prefers: {@code json} as JSON, or the CSV (written only then) as a
     * download named {@code bestandsnaam}.
     */
    public static Response jsonOfCsv(HttpHeaders headers, Object json, Supplier<CsvSchrijver> csv, String bestandsnaam) {
        if (wiltCsv(headers)) {
            return CsvAntwoord.bijlage(csv.get(), bestandsnaam);
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
