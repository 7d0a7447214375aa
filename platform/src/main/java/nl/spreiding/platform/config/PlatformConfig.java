package nl.spreiding.platform.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the platform building blocks; each service sets at least its event source and API version. */
@ConfigMapping(prefix = "spreiding")
public interface PlatformConfig {

    Api api();

    Events events();

    Outbox outbox();

    ClockSettings clock();

    interface Api {
        /** Semantic version of the service's REST API, sent as the {@code API-Version} header. */
        @WithDefault("1.0.0")
        String version();

        /** Base path of the versioned API; trailing slashes below it are refused. */
        @WithDefault("/api/v1")
        String basePath();
    }

    interface Events {
        /** CloudEvents {@code source} of this service, e.g. {@code urn:nld:spreiding:allocation-service}. */
        String source();

        /**
         * The producer whose event contract this service publishes: the folder below
         * {@code META-INF/spreiding/gebeurtenissen/} that holds {@code catalogus.json}, its schemas and examples.
         */
        @WithDefault("${quarkus.application.name}")
        String contract();

        /**
         * Whether the outbox refuses an event that breaks the published contract (unknown type, or data that does
         * not match its schema). On in tests and dev mode, so a producer change that breaks its contract fails the
         * build; off by default in production, where a refused event would refuse the user's change with it.
         */
        @WithDefault("false")
        boolean enforceContract();
    }

    interface Outbox {
        /** Most events the relay publishes in one pass. */
        @WithDefault("200")
        int batchSize();

        /** How long the relay waits for the broker to acknowledge one pass. */
        @WithDefault("20s")
        Duration ackTimeout();

        /** First pause after a failed pass; doubles on every further failure. */
        @WithDefault("500ms")
        Duration initialBackoff();

        /** Longest pause between passes while the broker keeps failing. */
        @WithDefault("30s")
        Duration maxBackoff();

        /** How long published events stay in the outbox table (for inspection) before they are removed. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface ClockSettings {
        /**
         * How far this service's clock runs ahead of the system clock. Zero in production; a rehearsal or an
         * end-to-end test sets it (e.g. {@code P190D}) to let deadlines pass without backdating any data.
         */
        @WithDefault("PT0S")
        Duration offset();
    }
}
