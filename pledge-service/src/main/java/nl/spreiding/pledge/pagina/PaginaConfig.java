package nl.spreiding.pledge.pagina;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** Where the pages link to and read from the other services. */
@ConfigMapping(prefix = "spreiding.pagina")
public interface PaginaConfig {

    /** allocation-service as a browser reaches it: the link to a task's explanation ({@code …/uitleg}). */
    String allocationUrl();

    /** notification-service: the calendar read server-side, and the {@code .ics} link a browser follows. */
    String notificationUrl();

    /** How long a page waits for the calendar before it shows itself without the deadlines. */
    Duration notificationTimeout();
}
