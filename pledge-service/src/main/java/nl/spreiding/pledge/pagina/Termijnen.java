package nl.spreiding.pledge.pagina;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The deadlines of notification-service's public calendar ({@code GET /api/v1/termijnen}), read server-side so the
 * page needs no CORS and no script. When notification-service does not answer within the timeout, or answers
 * something else than 200, the page shows itself without them and says so.
 */
@ApplicationScoped
public class Termijnen {

    private static final Logger LOG = Logger.getLogger(Termijnen.class);

    /** One deadline as the page shows it. */
    public record Termijn(LocalDate vervaldatum, String omschrijving, String organisatie, String soort) {
    }

    /** The deadlines, or {@code beschikbaar = false} when the calendar could not be read. */
    public record Lijst(boolean beschikbaar, List<Termijn> termijnen) {
    }

    private final PaginaConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public Termijnen(PaginaConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.notificationTimeout()).build();
    }

    /** The deadlines of the cycle (of one organisation and those for everyone, when given) from {@code vanaf} on. */
    public Lijst vanaf(String cyclus, String organisatie, LocalDate vanaf, int hoogstens) {
        String query = "cyclus=" + enc(cyclus) + (organisatie == null ? "" : "&organisatie=" + enc(organisatie))
                + "&paginaGrootte=500";
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.notificationUrl() + "/api/v1/termijnen?" + query))
                    .timeout(config.notificationTimeout()).header("Accept", "application/json").GET().build();
            HttpResponse<String> antwoord = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != 200) {
                LOG.warnf("Calendar of notification-service answered %d; page shown without deadlines",
                        antwoord.statusCode());
                return new Lijst(false, List.of());
            }
            List<Termijn> termijnen = new ArrayList<>();
            for (JsonNode t : json.readTree(antwoord.body()).path("resultaten")) {
                LocalDate datum = LocalDate.parse(t.path("vervaldatum").asText());
                if (!datum.isBefore(vanaf) && !t.path("afgerond").asBoolean()) {
                    termijnen.add(new Termijn(datum, t.path("omschrijving").asText(),
                            t.path("organisatie").isNull() ? null : t.path("organisatie").asText(null),
                            t.path("soort").asText()));
                }
            }
            termijnen.sort(Comparator.comparing(Termijn::vervaldatum).thenComparing(Termijn::omschrijving));
            return new Lijst(true, List.copyOf(termijnen.subList(0, Math.min(hoogstens, termijnen.size()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Lijst(false, List.of());
        } catch (Exception e) {
            LOG.warnf("Calendar of notification-service not readable (%s); page shown without deadlines", e.toString());
            return new Lijst(false, List.of());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
