package nl.spreiding.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Duration MAX = Duration.ofHours(12);
    private static final Instant NU = Instant.parse("2024-11-01T09:00:00Z");

    @Test
    void eenRetryAfterInSecondenIsDieWachttijd() {
        assertThat(RetryAfter.wachttijd(Optional.of("120"), NU, MAX)).contains(Duration.ofSeconds(120));
    }

    @Test
    void eenRetryAfterAlsHttpDatumIsDeTijdTotDieDatum() {
        assertThat(RetryAfter.wachttijd(Optional.of("Fri, 01 Nov 2024 09:30:00 GMT"), NU, MAX))
                .contains(Duration.ofMinutes(30));
    }

    @Test
    void eenHttpDatumInHetVerledenIsGeenWachttijd() {
        assertThat(RetryAfter.wachttijd(Optional.of("Fri, 01 Nov 2024 08:00:00 GMT"), NU, MAX)).contains(Duration.ZERO);
    }

    @Test
    void eenTeLangeRetryAfterWordtTotHetMaximumIngekort() {
        assertThat(RetryAfter.wachttijd(Optional.of("999999999"), NU, MAX)).contains(MAX);
    }

    @Test
    void eenOnleesbareOfOntbrekendeRetryAfterVraagtNiets() {
        assertThat(RetryAfter.wachttijd(Optional.of("morgen"), NU, MAX)).isEmpty();
        assertThat(RetryAfter.wachttijd(Optional.empty(), NU, MAX)).isEmpty();
    }
}
