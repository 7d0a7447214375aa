package nl.spreiding.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Duration MAX = Duration.ofHours(12);

    @Test
    void eenRetryAfterIsInSecondenOfEenHttpDatum() {
        Instant nu = Instant.parse("2024-11-01T09:00:00Z");
        assertThat(RetryAfter.wachttijd(Optional.of("120"), nu, MAX)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.wachttijd(Optional.of("Fri, 01 Nov 2024 09:30:00 GMT"), nu, MAX))
                .contains(Duration.ofMinutes(30));
        assertThat(RetryAfter.wachttijd(Optional.of("Fri, 01 Nov 2024 08:00:00 GMT"), nu, MAX)).contains(Duration.ZERO);
        assertThat(RetryAfter.wachttijd(Optional.of("999999999"), nu, MAX)).contains(MAX);
        assertThat(RetryAfter.wachttijd(Optional.of("morgen"), nu, MAX)).isEmpty();
        assertThat(RetryAfter.wachttijd(Optional.empty(), nu, MAX)).isEmpty();
    }
}
