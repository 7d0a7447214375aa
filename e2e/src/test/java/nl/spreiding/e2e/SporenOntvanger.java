package nl.spreiding.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

/**
 * An OpenTelemetry collector as far as the test needs one: an OTLP/HTTP endpoint ({@code http/protobuf}) on
 * 127.0.0.1 that keeps every span the services export, with the service that exported it. The services are separate
 * processes, so an in-memory exporter inside them could not be read from here; OTLP is what production uses anyway.
 */
final class SporenOntvanger implements AutoCloseable {

    /** One exported span: its service ({@code service.name}), trace, own and parent id, name and kind. */
    record Spoorstuk(String dienst, String traceId, String spanId, String parentSpanId, String naam, String soort) {
    }

    private static final HexFormat HEX = HexFormat.of();

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<Spoorstuk> spans = new CopyOnWriteArrayList<>();

    SporenOntvanger() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(pool);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
                bewaar(ExportTraceServiceRequest.parseFrom(gzip ? new GZIPInputStream(in) : in));
                byte[] antwoord = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, antwoord.length);
                exchange.getResponseBody().write(antwoord);
            } catch (IOException | RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** The base URL to give the services as {@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Spoorstuk> spans() {
        return List.copyOf(spans);
    }

    List<Spoorstuk> spoor(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    private void bewaar(ExportTraceServiceRequest verzoek) {
        for (ResourceSpans resource : verzoek.getResourceSpansList()) {
            String dienst = resource.getResource().getAttributesList().stream()
                    .filter(a -> a.getKey().equals("service.name")).map(KeyValue::getValue).map(AnyValue::getStringValue)
                    .findFirst().orElse("?");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                scope.getSpansList().forEach(span -> spans.add(new Spoorstuk(dienst,
                        HEX.formatHex(span.getTraceId().toByteArray()), HEX.formatHex(span.getSpanId().toByteArray()),
                        HEX.formatHex(span.getParentSpanId().toByteArray()), span.getName(), span.getKind().name())));
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
