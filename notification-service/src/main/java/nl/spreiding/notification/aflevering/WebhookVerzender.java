package nl.spreiding.notification.aflevering;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.notification.abonnement.CallbackUrlValidator;
import nl.spreiding.notification.abonnement.Ondertekening;
import nl.spreiding.notification.config.NotificatieConfig;

/**
 * Sends one webhook: a CloudEvent in structured JSON mode, signed the Standard Webhooks way over exactly the bytes
 * sent. Redirects are never followed; the callback's addresses are checked again right before sending.
 */
@ApplicationScoped
public class WebhookVerzender {

    public static final String CLOUDEVENTS_JSON = "application/cloudevents+json; charset=utf-8";

    /** What came back: a status code, or an error when no HTTP answer came. */
    public record Uitkomst(Integer status, Optional<String> retryAfter, long duurMs, String fout) {
        public boolean gelukt() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final HttpClient http;
    private final CallbackUrlValidator validator;
    private final NotificatieConfig.Webhooks config;

    public WebhookVerzender(CallbackUrlValidator validator, NotificatieConfig.Webhooks config) {
        this.validator = validator;
        this.config = config;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public CompletableFuture<Uitkomst> verzend(String callbackUrl, String webhookId, List<String> geheimen, byte[] body) {
        long start = System.nanoTime();
        URI uri;
        try {
            uri = validator.controleer(callbackUrl);
        } catch (CallbackUrlValidator.Geweigerd e) {
            return CompletableFuture.completedFuture(new Uitkomst(null, Optional.empty(), 0,
                    "Callback-URL geweigerd: " + e.getMessage()));
        }
        // The signature's timestamp is the real time of sending: receivers compare it with their own clock.
        long tijdstempel = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.requestTimeout())
                .header("Content-Type", CLOUDEVENTS_JSON)
                .header("User-Agent", "Spreiding-notification-service")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(tijdstempel))
                .header("webhook-signature", Ondertekening.handtekeningen(geheimen, webhookId, tijdstempel, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    long duur = (System.nanoTime() - start) / 1_000_000;
                    if (error != null) {
                        Throwable oorzaak = error.getCause() != null ? error.getCause() : error;
                        return new Uitkomst(null, Optional.empty(), duur,
                                oorzaak.getClass().getSimpleName() + ": " + oorzaak.getMessage());
                    }
                    return new Uitkomst(response.statusCode(), response.headers().firstValue("Retry-After"), duur, null);
                });
    }
}
