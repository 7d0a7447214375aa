package nl.spreiding.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;

/**
 * The system of one subscriber: a real HTTP endpoint on 127.0.0.1 and a free port that records every request as it
 * came (headers and raw body) and answers 204. As the README tells subscribers to, it deduplicates on
 * {@code webhook-id} (a retry carries the same id) and verifies the Standard Webhooks signature with the secret the
 * subscription answered.
 */
final class WebhookOntvanger implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request exactly as it arrived. */
    record Verzoek(Map<String, List<String>> headers, String body, Instant ontvangen) {

        String header(String naam) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(naam))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String webhookId() {
            return header("webhook-id");
        }
    }

    /** A notification after deduplication: the CloudEvent in the body, and the request that first brought it. */
    record Notificatie(String webhookId, String id, String type, String subject, Instant tijd, JsonNode data,
            Verzoek verzoek) {
    }

    private final String naam;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final List<Verzoek> verzoeken = new CopyOnWriteArrayList<>();
    /** Types to answer once with 503, so that a retry (same webhook-id) reaches the receiver. */
    private final Set<String> eenmaalWeigeren = ConcurrentHashMap.newKeySet();
    private volatile String geheim;

    WebhookOntvanger(String naam) throws IOException {
        this.naam = naam;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(pool);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Verzoek verzoek = new Verzoek(Map.copyOf(exchange.getRequestHeaders()),
                    new String(body, StandardCharsets.UTF_8), Instant.now());
            verzoeken.add(verzoek);
            boolean weigeren = eenmaalWeigeren.removeIf(type -> verzoek.body().contains("\"type\":\"" + type + "\""));
            exchange.sendResponseHeaders(weigeren ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    String naam() {
        return naam;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/" + naam.toLowerCase();
    }

    /** The signing secret the subscription answered (shown once). */
    void geheim(String geheim) {
        this.geheim = geheim;
    }

    /** Answers the first delivery of this type with 503 Service Unavailable; the retry then gets 204. */
    void weigerEenmaal(String type) {
        eenmaalWeigeren.add(type);
    }

    boolean heeftNogTeWeigeren() {
        return !eenmaalWeigeren.isEmpty();
    }

    /** Every request, duplicates included, in order of arrival. */
    List<Verzoek> verzoeken() {
        return List.copyOf(verzoeken);
    }

    /** One notification per webhook-id, in order of first arrival. */
    List<Notificatie> notificaties() {
        Map<String, Notificatie> uniek = new LinkedHashMap<>();
        for (Verzoek v : verzoeken) {
            uniek.computeIfAbsent(v.webhookId(), id -> lees(id, v));
        }
        return new ArrayList<>(uniek.values());
    }

    List<Notificatie> notificaties(String type) {
        return notificaties().stream().filter(n -> n.type().equals(type)).toList();
    }

    /**
     * Verifies every request with the subscription's secret (Standard Webhooks: HMAC-SHA256 over id, timestamp and
     * body, timestamp at most five minutes off).
     *
     * @throws AssertionError naming the first request whose signature does not hold
     */
    void verifieerHandtekeningen() {
        Webhook webhook;
        try {
            webhook = new Webhook(geheim);
        } catch (EmptyWebhookSecretException e) {
            throw new AssertionError(naam + ": geen geheim ontvangen", e);
        }
        for (Verzoek v : verzoeken) {
            try {
                webhook.verify(v.body(), HttpHeaders.of(v.headers(), (a, b) -> true));
            } catch (WebhookVerificationException e) {
                throw new AssertionError(naam + ": handtekening van " + v.webhookId() + " klopt niet: " + e.getMessage()
                        + "\n" + v.body(), e);
            }
        }
    }

    private static Notificatie lees(String webhookId, Verzoek v) {
        try {
            JsonNode ce = JSON.readTree(v.body());
            return new Notificatie(webhookId, ce.path("id").asText(), ce.path("type").asText(),
                    ce.path("subject").isTextual() ? ce.path("subject").asText() : null,
                    Instant.parse(ce.path("time").asText()), ce.path("data"), v);
        } catch (IOException e) {
            throw new UncheckedIOException("Geen CloudEvent in " + webhookId + ": " + v.body(), e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
