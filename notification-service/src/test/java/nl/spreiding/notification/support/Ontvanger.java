package nl.spreiding.notification.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;

/**
 * A real webhook receiver on 127.0.0.1 and a free port: records every request and answers with the scripted
 * responses (then 200).
 */
public final class Ontvanger implements AutoCloseable {

    public record Verzoek(String pad, Map<String, List<String>> headers, String body, Instant ontvangen) {
        public String header(String naam) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(naam))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public HttpHeaders httpHeaders() {
            return HttpHeaders.of(headers, (a, b) -> true);
        }
    }

    public record Antwoord(int status, Map<String, String> headers, Duration vertraging) {
        public Antwoord(int status, Map<String, String> headers) {
            this(status, headers, Duration.ZERO);
        }

        public static Antwoord van(int status) {
            return new Antwoord(status, Map.of());
        }

        /** This status, but only after keeping the caller waiting. */
        public static Antwoord na(Duration vertraging, int status) {
            return new Antwoord(status, Map.of(), vertraging);
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    private final List<Verzoek> verzoeken = new CopyOnWriteArrayList<>();
    private final Deque<Antwoord> script = new ConcurrentLinkedDeque<>();
    private volatile Webhook handtekeningControle;

    public Ontvanger() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.setExecutor(pool);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            verzoeken.add(new Verzoek(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    new String(body, StandardCharsets.UTF_8), Instant.now()));
            Antwoord antwoord = script.pollFirst();
            if (antwoord == null) {
                antwoord = Antwoord.van(200);
            }
            if (!handtekeningKlopt(body, exchange.getRequestHeaders())) {
                antwoord = Antwoord.van(401);
            }
            if (!antwoord.vertraging().isZero()) {
                try {
                    Thread.sleep(antwoord.vertraging().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            antwoord.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(antwoord.status(), -1);
            exchange.close();
        });
        server.start();
    }

    public String url(String pad) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pad;
    }

    /**
     * From now on this receiver is a careful one: it verifies every request with the Standard Webhooks library and
     * answers 401 to one whose signature does not verify with {@code geheim}.
     */
    public void controleerHandtekeningenMet(String geheim) throws Exception {
        handtekeningControle = new Webhook(geheim);
    }

    private boolean handtekeningKlopt(byte[] body, Map<String, List<String>> headers) {
        Webhook controle = handtekeningControle;
        if (controle == null) {
            return true;
        }
        try {
            controle.verify(new String(body, StandardCharsets.UTF_8), HttpHeaders.of(headers, (a, b) -> true));
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }

    /** The next answers, in order; after them every request gets 200. */
    public void antwoord(Antwoord... antwoorden) {
        script.addAll(List.of(antwoorden));
    }

    public List<Verzoek> verzoeken() {
        return new ArrayList<>(verzoeken);
    }

    /** Requests carrying a notification of this CloudEvents type. */
    public List<Verzoek> van(String type) {
        return verzoeken().stream().filter(v -> v.body().contains("\"type\":\"" + type + "\"")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
