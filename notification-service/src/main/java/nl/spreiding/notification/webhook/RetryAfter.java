package nl.spreiding.notification.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** What a receiver's Retry-After asks: when to try a failed delivery again (otherwise the platform's Backoff decides). */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** A Retry-After header (RFC 9110: delay-seconds or an HTTP-date) as a delay from now, capped at max. */
    public static Optional<Duration> wachttijd(Optional<String> header, Instant nu, Duration max) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        String waarde = header.get().trim();
        Duration delay;
        if (waarde.chars().allMatch(Character::isDigit)) {
            try {
                delay = Duration.ofSeconds(Long.parseLong(waarde));
            } catch (NumberFormatException e) {
                delay = max;
            }
        } else {
            try {
                delay = Duration.between(nu, ZonedDateTime.parse(waarde, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (delay.isNegative()) {
            delay = Duration.ZERO;
        }
        return Optional.of(delay.compareTo(max) > 0 ? max : delay);
    }
}
