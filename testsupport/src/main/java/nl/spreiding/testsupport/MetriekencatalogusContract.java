package nl.spreiding.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The running service exposes, on {@code GET /q/metrics}, every metric that the catalogue
 * {@code deploy/k8s/base/monitoring/metrics.tsv} lists for it, with the labels listed there. The catalogue is the one
 * source of the documented metrics: the dashboard and alert check in CI reads it too. Extend it in a
 * {@code @QuarkusTest} class of each service.
 */
public abstract class MetriekencatalogusContract {

    /** The catalogue, relative to a service module's folder (where the tests run). */
    public static final Path CATALOGUS = Path.of("..", "deploy", "k8s", "base", "monitoring", "metrics.tsv");

    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"");

    /** One catalogue line. */
    public record Metriek(String naam, String type, List<String> labels, List<String> services) {
    }

    /** The service's name as the catalogue's services column has it, e.g. {@code pledge-service}. */
    protected abstract String service();

    /**
     * Makes the metrics appear that only exist once something happened (a counter with a label taken from an event),
     * e.g. by sending the service an unreadable event. Nothing by default.
     */
    protected void laatMetriekenOntstaan() {
    }

    /** Puts an unreadable record (no CloudEvent) on a topic the service consumes: it is dead-lettered and counted. */
    protected static void stuurOnleesbaarBericht(String topic) {
        TopicProbe.ofTestBroker().send(topic, "metriekencatalogus/onleesbaar", Map.of("content-type", "application/json"),
                "geen cloudevent".getBytes(StandardCharsets.UTF_8));
    }

    public static List<Metriek> catalogus() {
        try {
            List<Metriek> metrieken = new ArrayList<>();
            for (String regel : Files.readAllLines(CATALOGUS, StandardCharsets.UTF_8)) {
                if (regel.isBlank() || regel.startsWith("#") || regel.startsWith("name\t")) {
                    continue;
                }
                String[] kolommen = regel.split("\t", -1);
                metrieken.add(new Metriek(kolommen[0], kolommen[1], lijst(kolommen[2]), lijst(kolommen[3])));
            }
            return metrieken;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lijst(String kolom) {
        return kolom.isBlank() ? List.of() : Arrays.asList(kolom.split(","));
    }

    @Test
    void elkeMetriekUitDeCatalogusStaatOpQMetricsMetHaarLabels() throws InterruptedException {
        List<Metriek> verwacht = catalogus().stream().filter(m -> m.services().contains(service())).toList();
        assertFalse(verwacht.isEmpty(), "no metrics listed for " + service() + " in " + CATALOGUS);
        laatMetriekenOntstaan();
        // Some meters appear with their bean's first scheduled pass or the first consumed event: allow 30 s.
        List<String> ontbrekend = ontbrekend(verwacht);
        for (int i = 0; i < 60 && !ontbrekend.isEmpty(); i++) {
            Thread.sleep(500);
            ontbrekend = ontbrekend(verwacht);
        }
        assertEquals(List.of(), ontbrekend, "documented metrics missing from /q/metrics of " + service());
    }

    private static List<String> ontbrekend(List<Metriek> verwacht) {
        Map<String, Set<String>> gezien = samples(given().get("/q/metrics").then().statusCode(200).extract().asString());
        List<String> ontbrekend = new ArrayList<>();
        for (Metriek m : verwacht) {
            String sample = "histogram".equals(m.type()) ? m.naam() + "_bucket" : m.naam();
            Set<String> labels = gezien.get(sample);
            if (labels == null || !labels.containsAll(m.labels())) {
                ontbrekend.add(sample + m.labels() + (labels == null ? " (absent)" : " (labels " + labels + ")"));
            }
        }
        return ontbrekend;
    }

    /** Sample name to the label names seen on it, from the Prometheus text format. */
    private static Map<String, Set<String>> samples(String tekst) {
        Map<String, Set<String>> samples = new HashMap<>();
        for (String regel : tekst.split("\n")) {
            if (regel.isBlank() || regel.startsWith("#")) {
                continue;
            }
            int einde = regel.indexOf('{');
            String naam = (einde < 0 ? regel.substring(0, regel.indexOf(' ')) : regel.substring(0, einde)).trim();
            Set<String> labels = samples.computeIfAbsent(naam, n -> new HashSet<>());
            if (einde >= 0) {
                Matcher m = LABEL.matcher(regel.substring(einde, regel.indexOf('}', einde)));
                while (m.find()) {
                    labels.add(m.group(1));
                }
            }
        }
        return samples;
    }
}
