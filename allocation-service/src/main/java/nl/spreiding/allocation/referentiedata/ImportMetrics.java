package nl.spreiding.allocation.referentiedata;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts the imports of reference data by source and outcome: {@code spreiding_referencedata_imports_total{source,outcome}}.
 * Sources: {@code csv} (a municipality list, {@code PUT …/gemeenten}), {@code cbs} (one figure from a CBS StatLine
 * export, {@code PATCH …/gemeenten}) and {@code shipped} (the file shipped with the service, loaded at start).
 * Outcome {@code accepted} when the import committed, {@code rejected} when it changed nothing (an invalid file, a year
 * without municipalities, or a failure on the way).
 */
@ApplicationScoped
public class ImportMetrics {

    /** Where an import came from, as a metric label. */
    public enum Source { CSV, CBS, SHIPPED }

    static final String IMPORTS = "spreiding.referencedata.imports";

    private final Map<Source, Counter> accepted = new EnumMap<>(Source.class);
    private final Map<Source, Counter> rejected = new EnumMap<>(Source.class);

    public ImportMetrics(MeterRegistry metrics) {
        for (Source source : Source.values()) {
            accepted.put(source, counter(metrics, source, "accepted"));
            rejected.put(source, counter(metrics, source, "rejected"));
        }
    }

    private static Counter counter(MeterRegistry metrics, Source source, String outcome) {
        return Counter.builder(IMPORTS).tag("source", source.name().toLowerCase(Locale.ROOT)).tag("outcome", outcome)
                .description("Reference-data imports by source and outcome").register(metrics);
    }

    /** Runs an import (its own transaction) and counts its outcome; a failure is counted and thrown on. */
    public <T> T counted(Source source, Supplier<T> importing) {
        T result;
        try {
            result = importing.get();
        } catch (RuntimeException e) {
            rejected.get(source).increment();
            throw e;
        }
        accepted.get(source).increment();
        return result;
    }
}
