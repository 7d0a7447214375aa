package nl.spreiding.notification.aflevering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class WachttijdTest {

    private static final Duration BASIS = Duration.ofMinutes(1);
    private static final Duration MAX = Duration.ofHours(12);

    @RepeatedTest(20)
    void deWachttijdVerdubbeltMetJitterTotHetMaximum() {
        for (int mislukt = 1; mislukt <= 12; mislukt++) {
            long vol = Math.min(BASIS.toMillis() << (mislukt - 1), MAX.toMillis());
            assertThat(AfleveringWorker.wachttijd(mislukt, BASIS, MAX).toMillis()).isBetween(vol / 2, vol);
        }
    }

    @Test
    void twaalfPogingenBeslaanOngeveerEenDag() {
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
}
