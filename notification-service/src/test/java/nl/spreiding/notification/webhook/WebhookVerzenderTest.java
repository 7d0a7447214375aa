package nl.spreiding.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.vertx.core.Vertx;
import nl.spreiding.notification.webhook.CallbackUrlValidator;
import nl.spreiding.notification.webhook.Ondertekening;
import nl.spreiding.notification.support.Ontvanger;
import nl.spreiding.notification.support.Ontvanger.Antwoord;

/** Sending against a real receiver on loopback (allowed here), with a fake DNS for the receiver's name. */
class WebhookVerzenderTest {

    /** A name no real DNS answers ({@code .test} is reserved): only the fake resolver knows it. */
    private static final String NAAM = "ontvanger.spreiding.test";

    private final AtomicInteger opzoekingen = new AtomicInteger();
    private Vertx vertx;
    private Ontvanger ontvanger;
    private WebhookVerzender verzender;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        ontvanger = new Ontvanger();
        // Generous timeouts: the first request in a JVM loads the HTTP client, on a machine shared by several builds.
        verzender = new WebhookVerzender(validatorMetNepDns(), vertx, Duration.ofSeconds(10), Duration.ofSeconds(10), 10,
                OpenTelemetry.noop().getTracer("test"));
    }

    private CallbackUrlValidator validatorMetNepDns() {
        return new CallbackUrlValidator(true, List.of(), host -> {
            if (!host.equals(NAAM)) {
                throw new UnknownHostException(host);
            }
            opzoekingen.incrementAndGet();
            return new InetAddress[] { InetAddress.getByName("127.0.0.1") };
        });
    }

    private static CallbackUrlValidator validatorZonderDns() {
        return new CallbackUrlValidator(true, List.of(), InetAddress::getAllByName);
    }

    @AfterEach
    void stop() {
        verzender.sluit();
        ontvanger.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void eenNaamWordtAangeroepenOpHetGecontroleerdeAdresZonderTweedeOpzoeking() {
        int poort = URI.create(ontvanger.url("/")).getPort();
        String url = "http://" + NAAM + ":" + poort + "/hook?abonnement=1";

        WebhookVerzender.Uitkomst uitkomst = verzender.verzend(url, "msg_1", List.of(Ondertekening.nieuwGeheim()),
                "{}".getBytes(StandardCharsets.UTF_8)).join();

        assertThat(uitkomst.status()).as(uitkomst.fout()).isEqualTo(200);
        assertThat(ontvanger.verzoeken()).singleElement().satisfies(v -> {
            assertThat(v.header("Host")).isEqualTo(NAAM + ":" + poort);
            assertThat(v.pad()).isEqualTo("/hook");
        });
        assertThat(opzoekingen).hasValue(1);
    }

    @Test
    void eenWebhookDraagtHetSpoorVanDeAfleveringMeeAlsTraceparent() {
        SdkTracerProvider sporen = SdkTracerProvider.builder().build();
        WebhookVerzender gevolgd = new WebhookVerzender(validatorZonderDns(), vertx, Duration.ofSeconds(10),
                Duration.ofSeconds(10), 10, sporen.get("test"));
        Span aflevering = sporen.get("test").spanBuilder("aflevering").startSpan();
        try (Scope scope = aflevering.makeCurrent()) {
            gevolgd.verzend(ontvanger.url("/hook"), "msg_3", List.of(Ondertekening.nieuwGeheim()),
                    "{}".getBytes(StandardCharsets.UTF_8)).join();
        } finally {
            aflevering.end();
            gevolgd.sluit();
            sporen.close();
        }

        assertThat(ontvanger.verzoeken()).singleElement().satisfies(v -> assertThat(v.header("traceparent"))
                .startsWith("00-" + aflevering.getSpanContext().getTraceId() + "-")
                .doesNotContain(aflevering.getSpanContext().getSpanId()));
    }

    @Test
    void eenVerzendingMetTermijnGeeftHetNaDieTermijnOp() {
        ontvanger.antwoord(Antwoord.na(Duration.ofSeconds(10), 200));
        long start = System.nanoTime();

        WebhookVerzender.Uitkomst uitkomst = verzender.verzend(ontvanger.url("/traag"), "msg_2",
                List.of(Ondertekening.nieuwGeheim()), "{}".getBytes(StandardCharsets.UTF_8), Duration.ofMillis(800)).join();

        assertThat(uitkomst.gelukt()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
