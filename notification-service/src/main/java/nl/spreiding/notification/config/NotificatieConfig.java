package nl.spreiding.notification.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of webhook delivery and reminders ({@code spreiding.webhooks.*}, {@code spreiding.herinneringen.*}). */
public interface NotificatieConfig {

    @ConfigMapping(prefix = "spreiding.webhooks")
    interface Webhooks {
        /** Callback URLs on loopback addresses are allowed (the local stack and tests); never in production. */
        @WithDefault("false")
        boolean allowLoopback();

        /** Networks (CIDR, e.g. {@code 10.20.0.0/16}) an operator allows callbacks into despite being private. */
        Optional<List<String>> allowedNetworks();

        /** Attempts of one delivery before it is exhausted (about a day with the default backoff). */
        @WithDefault("12")
        int maxAttempts();

        /** Pause after the first failed attempt; doubles after every further failure (with jitter). */
        @WithDefault("30s")
        Duration backoffBase();

        /** Longest pause between two attempts, also for a Retry-After the receiver asks for. */
        @WithDefault("12h")
        Duration backoffMax();

        /** Longest wait a receiver's Retry-After can ask for; a longer one is shortened to this. */
        @WithDefault("24h")
        Duration retryAfterMax();

        /** How long a worker's claim on a delivery lasts; after that another replica takes it over. */
        @WithDefault("2m")
        Duration claimDuration();

        /** Most deliveries one worker pass claims. */
        @WithDefault("100")
        int batchSize();

        /** Timeout of connecting to a callback. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** Timeout of one request to a callback, answer included. */
        @WithDefault("10s")
        Duration requestTimeout();

        /**
         * How long the verification at creation and re-activation waits for a 2xx, connecting included. The caller's
         * POST waits that long at most; a callback that takes longer is told only that no 2xx came within this time.
         */
        @WithDefault("3s")
        Duration verificationTimeout();

        /** How often a worker looks for due deliveries (new ones also wake it at once). */
        @WithDefault("1s")
        Duration pollInterval();

        /**
         * How long a subscription may fail without a single successful delivery before it is switched off: when one
         * of its deliveries is exhausted and its first failed attempt since the last success (or re-activation) is at
         * least this old. As Svix does (5 days); a receiver that is down for a weekend stays on.
         */
        @WithDefault("5d")
        Duration disableAfter();

        /** How long the previous secret keeps signing after a rotation (default overlap). */
        @WithDefault("24h")
        Duration secretOverlap();
    }

    @ConfigMapping(prefix = "spreiding.herinneringen")
    interface Herinneringen {
        /** Days before a deadline that a reminder is sent; 0 is the day itself. */
        @WithDefault("30,14,7,1,0")
        List<Integer> dagenVooraf();

        /** How often the reminder schedule is checked. */
        @WithDefault("1m")
        Duration interval();

        /** Time zone in which a deadline's day begins and ends. */
        @WithDefault("Europe/Amsterdam")
        String tijdzone();
    }
}
