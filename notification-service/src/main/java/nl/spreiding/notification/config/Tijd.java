package nl.spreiding.notification.config;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Timestamps as native queries return them, whatever type the driver and Hibernate choose. */
public final class Tijd {

    private Tijd() {
    }

    public static Instant instant(Object waarde) {
        if (waarde == null) {
            return null;
        }
        if (waarde instanceof Instant i) {
            return i;
        }
        if (waarde instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (waarde instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        if (waarde instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("Geen tijdstip: " + waarde.getClass());
    }
}
