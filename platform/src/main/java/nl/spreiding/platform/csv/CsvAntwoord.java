package nl.spreiding.platform.csv;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A CSV export as an HTTP answer: UTF-8, saved under a meaningful name when the browser downloads it. */
public final class CsvAntwoord {

    public static final String MEDIATYPE = "text/csv;charset=UTF-8";

    private CsvAntwoord() {
    }

    /** @param bestandsnaam without path, ASCII, ending in {@code .csv} */
    public static Response bijlage(CsvSchrijver csv, String bestandsnaam) {
        return Response.ok(csv.alsBytes(), MEDIATYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + bestandsnaam + "\"").build();
    }
}
