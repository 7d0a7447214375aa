package nl.spreiding.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    private static final Path HOME = Path.of("/spreiding");

    @Test
    void kafkaLuistertStandaardOpPoort19092() {
        assertThat(LaunchOptions.parse(new String[0], HOME).kafkaPort()).isEqualTo(19092);
    }

    @Test
    void deKafkaPoortIsTeKiezen() {
        assertThat(LaunchOptions.parse(new String[] {"--kafka-port", "29092"}, HOME).kafkaPort()).isEqualTo(29092);
    }

    @Test
    void eenPoortBuitenHetBereikWordtGeweigerd() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--kafka-port", "70000"}, HOME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--kafka-port");
    }

    @Test
    void metServicesNoneDraaienAlleenPostgresEnKafka() {
        assertThat(LaunchOptions.parse(new String[] {"--services", "none"}, HOME).services()).isEmpty();
    }

    @Test
    void eenOnbekendeServiceWordtGeweigerd() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--services", "pledge"}, HOME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pledge");
    }
}
