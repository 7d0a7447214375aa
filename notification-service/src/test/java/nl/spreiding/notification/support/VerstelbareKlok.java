package nl.spreiding.notification.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

/** The application's clock in tests: real time plus an offset that tests move forward (never back). */
@Singleton
public class VerstelbareKlok extends Clock {

    private final AtomicReference<Duration> verschuiving = new AtomicReference<>(Duration.ZERO);

    public void verzet(Duration vooruit) {
        verschuiving.updateAndGet(d -> d.plus(vooruit));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        VerstelbareKlok ander = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return ander.withZone(z);
            }

            @Override
            public Instant instant() {
                return ander.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(verschuiving.get());
    }
}
