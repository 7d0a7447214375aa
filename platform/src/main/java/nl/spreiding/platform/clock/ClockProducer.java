package nl.spreiding.platform.clock;

import java.time.Clock;
import java.time.Duration;

import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.spreiding.platform.config.PlatformConfig;

/**
 * The one clock of every service: deadlines, decision dates, event times and retry times all read it, so a test
 * moves time by replacing this bean, and a rehearsal by setting {@code spreiding.clock.offset}.
 */
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @DefaultBean
    @Singleton
    Clock clock(PlatformConfig config) {
        Duration offset = config.clock().offset();
        if (offset.isZero()) {
            return Clock.systemUTC();
        }
        LOG.warnf("De klok van deze dienst loopt %s voor op de systeemklok (spreiding.clock.offset)", offset);
        return Clock.offset(Clock.systemUTC(), offset);
    }
}
