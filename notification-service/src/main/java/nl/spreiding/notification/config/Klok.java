package nl.spreiding.notification.config;

import java.time.Clock;

import io.quarkus.arc.DefaultBean;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

/** The clock of deadlines, reminders and retry times; tests replace it to move time. */
public class Klok {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
