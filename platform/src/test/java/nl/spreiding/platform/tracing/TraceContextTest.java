package nl.spreiding.platform.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.spreiding.platform.testapp.NotitieResource;

@QuarkusTest
class TraceContextTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void deVerwerkingVanEenGebeurtenisZetHetSpoorVanDeAanvraagVoort() {
        spans.reset(); // only this test's request is then a server span on /api/v1/notities
        given().body("{\"tekst\":\"gevolgd\",\"aantal\":3}").contentType(ContentType.JSON)
                .post("/api/v1/notities").then().statusCode(200);

        SpanData aanvraag = await().atMost(Duration.ofSeconds(20)).until(() -> server("/api/v1/notities"), Optional::isPresent)
                .orElseThrow();
        SpanData verwerking = await().atMost(Duration.ofSeconds(20))
                .until(() -> verwerking(aanvraag.getTraceId()), Optional::isPresent).orElseThrow();

        assertThat(verwerking.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(verwerking.getParentSpanContext().isRemote()).isTrue();
        assertThat(verwerking.getAttributes().asMap().toString()).contains(NotitieResource.TYPE);
    }

    @Test
    void dePublicatieOpKafkaIsEenProducerSpanTussenAanvraagEnVerwerking() {
        spans.reset();
        given().body("{\"tekst\":\"gepubliceerd\",\"aantal\":4}").contentType(ContentType.JSON)
                .post("/api/v1/notities").then().statusCode(200);

        SpanData aanvraag = await().atMost(Duration.ofSeconds(20)).until(() -> server("/api/v1/notities"), Optional::isPresent)
                .orElseThrow();
        SpanData verwerking = await().atMost(Duration.ofSeconds(20))
                .until(() -> verwerking(aanvraag.getTraceId()), Optional::isPresent).orElseThrow();
        SpanData publicatie = finished().stream()
                .filter(s -> s.getSpanId().equals(verwerking.getParentSpanId())).findFirst().orElseThrow();

        assertThat(publicatie.getName()).isEqualTo("publiceer " + NotitieResource.TYPE);
        assertThat(publicatie.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(publicatie.getTraceId()).isEqualTo(aanvraag.getTraceId());
    }

    private Optional<SpanData> server(String pad) {
        return finished().stream().filter(s -> s.getKind() == SpanKind.SERVER && s.getName().contains(pad)).findFirst();
    }

    private Optional<SpanData> verwerking(String traceId) {
        return finished().stream()
                .filter(s -> s.getName().equals("verwerk " + NotitieResource.TYPE) && s.getTraceId().equals(traceId))
                .findFirst();
    }

    private List<SpanData> finished() {
        return spans.getFinishedSpanItems();
    }
}
