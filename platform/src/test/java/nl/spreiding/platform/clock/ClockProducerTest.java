package nl.spreiding.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.spreiding.platform.config.PlatformConfig;

class ClockProducerTest {

    @Test
    void zonderVerschuivingLooptDeKlokMetDeSysteemklok() {
        Clock klok = new ClockProducer().clock(config(Duration.ZERO));
        assertThat(Duration.between(Instant.now(Clock.systemUTC()), klok.instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void eenVerschuivingZetDeKlokVooruit() {
        Clock klok = new ClockProducer().clock(config(Duration.ofDays(190)));
        Duration voorsprong = Duration.between(Instant.now(Clock.systemUTC()), klok.instant());
        assertThat(voorsprong).isBetween(Duration.ofDays(190).minusSeconds(5), Duration.ofDays(190).plusSeconds(5));
    }

    private static PlatformConfig config(Duration offset) {
        return (PlatformConfig) java.lang.reflect.Proxy.newProxyInstance(PlatformConfig.class.getClassLoader(),
                new Class<?>[] { PlatformConfig.class }, (proxy, method, args) -> {
                    if (method.getName().equals("clock")) {
                        return (PlatformConfig.ClockSettings) () -> offset;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
