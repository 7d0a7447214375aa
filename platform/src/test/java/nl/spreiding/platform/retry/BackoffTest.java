package nl.spreiding.platform.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration BASIS = Duration.ofMillis(500);
    private static final Duration MAX = Duration.ofSeconds(30);

    @Test
    void deWachttijdVerdubbeltBijElkeMislukking() {
        assertThat(Backoff.exponential(1, BASIS, MAX)).isEqualTo(BASIS);
        assertThat(Backoff.exponential(2, BASIS, MAX)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.exponential(4, BASIS, MAX)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void deWachttijdBlijftOnderHetMaximumOokNaVeelMislukkingen() {
        assertThat(Backoff.exponential(7, BASIS, MAX)).isEqualTo(MAX);
        assertThat(Backoff.exponential(Integer.MAX_VALUE, BASIS, MAX)).isEqualTo(MAX);
    }

    @RepeatedTest(20)
    void jitterKiestTussenDeHelftEnHetGeheel() {
        Duration pauze = Backoff.withEqualJitter(Duration.ofSeconds(8));
        assertThat(pauze).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
    }
}
