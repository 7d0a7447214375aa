package nl.spreiding.notification.aflevering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration BASIS = Duration.ofMinutes(1);
    private static final Duration MAX = Duration.ofHours(12);

    @RepeatedTest(20)
    void doublesWithJitterUpToTheMaximum() {
        for (int mislukt = 1; mislukt <= 12; mislukt++) {
            long vol = Math.min(BASIS.toMillis() << (mislukt - 1), MAX.toMillis());
            assertThat(Backoff.wachttijd(mislukt, BASIS, MAX).toMillis()).isBetween(vol / 2, vol);
        }
    }

    @Test
    void twelveAttemptsSpanAboutADay() {
        long min = 0;
        long max = 0;
        for (int mislukt = 1; mislukt < 12; mislukt++) {
            long vol = Math.min(BASIS.toMillis() << (mislukt - 1), MAX.toMillis());
            min += vol / 2;
            max += vol;
        }
        assertThat(Duration.ofMillis(min)).isBetween(Duration.ofHours(12), Duration.ofHours(24));
        assertThat(Duration.ofMillis(max)).isBetween(Duration.ofHours(24), Duration.ofHours(36));
    }

    @Test
    void readsRetryAfterInSecondsOrAsAnHttpDate() {
        Instant nu = Instant.parse("2024-11-01T09:00:00Z");
        assertThat(Backoff.retryAfter(Optional.of("120"), nu, MAX)).contains(Duration.ofSeconds(120));
        assertThat(Backoff.retryAfter(Optional.of("Fri, 01 Nov 2024 09:30:00 GMT"), nu, MAX))
                .contains(Duration.ofMinutes(30));
        assertThat(Backoff.retryAfter(Optional.of("Fri, 01 Nov 2024 08:00:00 GMT"), nu, MAX)).contains(Duration.ZERO);
        assertThat(Backoff.retryAfter(Optional.of("999999999"), nu, MAX)).contains(MAX);
        assertThat(Backoff.retryAfter(Optional.of("morgen"), nu, MAX)).isEmpty();
        assertThat(Backoff.retryAfter(Optional.empty(), nu, MAX)).isEmpty();
    }
}
