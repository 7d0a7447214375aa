package nl.spreiding.notification.webhook;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.spreiding.notification.webhook.CallbackUrlValidator;
import nl.spreiding.notification.webhook.Ondertekening;
import nl.spreiding.notification.config.NotificatieConfig;
import nl.spreiding.platform.tracing.TraceContext;

/**
 * Sends one webhook: a CloudEvent in structured JSON mode, signed the Standard Webhooks way over exactly the bytes
 * sent. Redirects are never followed; the callback's addresses are checked again right before sending, and the
 * request connects to the very address that check approved: the Vert.x client takes that address as the server
 * while the URL's host stays the Host header, the TLS server name (SNI) and the name the certificate must carry. A
 * second resolution (java.net.http resolves the host itself) would let a name that changes its answer in between
 * (DNS rebinding) lead the request into the network after all.
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

    private final CallbackUrlValidator validator;
    private final HttpClient http;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Tracer tracer;
    /** Outcomes are handed over here, off the Vert.x event loop: recording one writes to the database. */
    private final ExecutorService afhandeling = Executors.newCachedThreadPool(taak -> {
        Thread t = new Thread(taak, "webhook-uitkomst");
        t.setDaemon(true);
        return t;
    });

    @Inject
    public WebhookVerzender(CallbackUrlValidator validator, NotificatieConfig.Webhooks config, Vertx vertx, Tracer tracer) {
        this(validator, vertx, config.connectTimeout(), config.requestTimeout(), config.batchSize(), tracer);
    }

    /** @param verbindingen most connections to one callback at a time (a worker pass sends a batch in parallel) */
    public WebhookVerzender(CallbackUrlValidator validator, Vertx vertx, Duration connectTimeout, Duration requestTimeout,
            int verbindingen, Tracer tracer) {
        this.validator = validator;
        this.tracer = tracer;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setMaxPoolSize(verbindingen)
                .setVerifyHost(true));
    }

    /** Sends with the configured connect and request timeouts (a delivery). */
    public CompletableFuture<Uitkomst> verzend(String callbackUrl, String webhookId, List<String> geheimen, byte[] body) {
        return verzend(callbackUrl, webhookId, geheimen, body, connectTimeout, requestTimeout,
                connectTimeout.plus(requestTimeout));
    }

    /** Sends and gives up after {@code binnen}, connecting included (the verification a caller waits for). */
    public CompletableFuture<Uitkomst> verzend(String callbackUrl, String webhookId, List<String> geheimen, byte[] body,
            Duration binnen) {
        Duration verbinden = connectTimeout.compareTo(binnen) < 0 ? connectTimeout : binnen;
        return verzend(callbackUrl, webhookId, geheimen, body, verbinden, binnen, binnen);
    }

    /**
     * @param verbinden longest wait for a connection
     * @param antwoord longest silence while waiting for the answer
     * @param uiterlijk when the outcome is a timeout whatever the connection does (the request is then reset)
     */
    private CompletableFuture<Uitkomst> verzend(String callbackUrl, String webhookId, List<String> geheimen, byte[] body,
            Duration verbinden, Duration antwoord, Duration uiterlijk) {
        long start = System.nanoTime();
        CallbackUrlValidator.Doel doel;
        try {
            doel = validator.controleer(callbackUrl);
        } catch (CallbackUrlValidator.Geweigerd e) {
            return CompletableFuture.completedFuture(new Uitkomst(null, Optional.empty(), 0,
                    "Callback-URL geweigerd: " + e.getMessage()));
        }
        // The signature's timestamp is the wall-clock time of sending, deliberately not the application's Clock: the
        // receiver compares it with its own clock (Standard Webhooks tolerance), so a moved clock would be refused.
        long tijdstempel = System.currentTimeMillis() / 1000;
        RequestOptions opties = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(doel.adres(), doel.poort())))
                .setHost(doel.host())
                .setPort(doel.poort())
                .setSsl(doel.https())
                .setURI(doel.verzoekDoel())
                .setFollowRedirects(false)
                .setConnectTimeout(verbinden.toMillis())
                .setIdleTimeout(antwoord.toMillis())
                .putHeader("Content-Type", CLOUDEVENTS_JSON)
                .putHeader("User-Agent", "Spreiding-notification-service")
                .putHeader("webhook-id", webhookId)
                .putHeader("webhook-timestamp", Long.toString(tijdstempel))
                .putHeader("webhook-signature", Ondertekening.handtekeningen(geheimen, webhookId, tijdstempel, body));

        // An HTTP client span (this pinned Vert.x client is not instrumented by Quarkus), child of the current span
        // (the delivery, or the verification request); the receiver gets its context as traceparent.
        Span span = tracer.spanBuilder("POST")
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.request.method", "POST")
                .setAttribute("server.address", doel.host())
                .setAttribute("server.port", (long) doel.poort())
                .setAttribute("url.scheme", doel.https() ? "https" : "http")
                .startSpan();
        TraceContext.of(Context.current().with(span)).forEach(opties::putHeader);

        CompletableFuture<Uitkomst> uitkomst = new CompletableFuture<>();
        uitkomst.whenComplete((u, fout) -> {
            if (u != null && u.status() != null) {
                span.setAttribute("http.response.status_code", (long) u.status());
            }
            if (u == null || !u.gelukt()) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        });
        AtomicReference<HttpClientRequest> verzoek = new AtomicReference<>();
        http.request(opties)
                .compose(request -> {
                    verzoek.set(request);
                    return request.send(Buffer.buffer(body));
                })
                .onComplete(antwoordOfFout -> {
                    long duur = (System.nanoTime() - start) / 1_000_000;
                    Uitkomst u;
                    if (antwoordOfFout.succeeded()) {
                        var response = antwoordOfFout.result();
                        u = new Uitkomst(response.statusCode(), Optional.ofNullable(response.getHeader("Retry-After")),
                                duur, null);
                    } else {
                        Throwable fout = antwoordOfFout.cause();
                        u = new Uitkomst(null, Optional.empty(), duur,
                                fout.getClass().getSimpleName() + ": " + fout.getMessage());
                    }
                    afhandeling.execute(() -> uitkomst.complete(u));
                });
        Uitkomst verlopen = new Uitkomst(null, Optional.empty(), uiterlijk.toMillis(),
                "TimeoutException: geen antwoord binnen " + uiterlijk.toMillis() + " ms");
        CompletableFuture.delayedExecutor(uiterlijk.toMillis(), TimeUnit.MILLISECONDS, afhandeling).execute(() -> {
            HttpClientRequest request = verzoek.get();
            if (uitkomst.complete(verlopen) && request != null) {
                request.reset();
            }
        });
        return uitkomst;
    }

    @PreDestroy
    void sluit() {
        http.close();
        afhandeling.shutdown();
    }
}
