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

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The deadlines of notification-service's public calendar ({@code GET /api/v1/termijnen}), read server-side so the
 * page needs no CORS and no script. A calendar read is kept briefly ({@code quarkus.cache.caffeine."pagina-termijnen"},
 * 30 s): deadlines change seldom, and a page should not wait for another service on every render. A failed read is
 * not kept: when notification-service does not answer within the timeout, or answers something else than 200, the
 * page shows itself without the deadlines and says so, and the next render asks again.
 */
@ApplicationScoped
public class Termijnen {

    private static final Logger LOG = Logger.getLogger(Termijnen.class);

    /** One deadline as the page shows it. */
    public record Termijn(LocalDate vervaldatum, String omschrijving, String organisatie, String soort, boolean afgerond) {
    }

    /** The deadlines, or {@code beschikbaar = false} when the calendar could not be read. */
    public record Lijst(boolean beschikbaar, List<Termijn> termijnen) {
    }

    /** The calendar did not answer as it should; not cached. */
    static final class Onleesbaar extends RuntimeException {
        Onleesbaar(String waarom, Throwable oorzaak) {
            super(waarom, oorzaak);
        }
    }

    private final PaginaConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public Termijnen(PaginaConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.notificationTimeout()).build();
    }

    /** The open deadlines of the cycle (of one organisation and those for everyone, when given) from {@code vanaf} on. */
    public Lijst vanaf(String cyclus, String organisatie, LocalDate vanaf, int hoogstens) {
        List<Termijn> alle;
        try {
            alle = kalender(cyclus, organisatie == null ? "" : organisatie);
        } catch (Onleesbaar e) {
            LOG.warnf("Calendar of notification-service not readable (%s); page shown without deadlines", e.getMessage());
            return new Lijst(false, List.of());
        }
        List<Termijn> open = alle.stream().filter(t -> !t.vervaldatum().isBefore(vanaf) && !t.afgerond())
                .sorted(Comparator.comparing(Termijn::vervaldatum).thenComparing(Termijn::omschrijving)).toList();
        return new Lijst(true, List.copyOf(open.subList(0, Math.min(hoogstens, open.size()))));
    }

    /** Every deadline of the cycle (and organisation; "" for none), as notification-service answers; cached. */
    @CacheResult(cacheName = "pagina-termijnen")
    List<Termijn> kalender(String cyclus, String organisatie) {
        String query = "cyclus=" + enc(cyclus) + (organisatie.isEmpty() ? "" : "&organisatie=" + enc(organisatie))
                + "&paginaGrootte=500";
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.notificationUrl() + "/api/v1/termijnen?" + query))
                    .timeout(config.notificationTimeout()).header("Accept", "application/json").GET().build();
            HttpResponse<String> antwoord = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != 200) {
                throw new Onleesbaar("status " + antwoord.statusCode(), null);
            }
            List<Termijn> termijnen = new ArrayList<>();
            for (JsonNode t : json.readTree(antwoord.body()).path("resultaten")) {
                termijnen.add(new Termijn(LocalDate.parse(t.path("vervaldatum").asText()), t.path("omschrijving").asText(),
                        t.path("organisatie").isNull() ? null : t.path("organisatie").asText(null),
                        t.path("soort").asText(), t.path("afgerond").asBoolean()));
            }
            return List.copyOf(termijnen);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Onleesbaar(e.toString(), e);
        } catch (Onleesbaar e) {
            throw e;
        } catch (Exception e) {
            throw new Onleesbaar(e.toString(), e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
