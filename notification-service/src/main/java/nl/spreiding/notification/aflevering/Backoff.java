package nl.spreiding.notification.aflevering;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** When to try a failed delivery again: exponential backoff with jitter, or what the receiver's Retry-After asks. */
public final class Backoff {

    private Backoff() {
    }

    /**
     * @param mislukt attempts that failed so far (1 after the first failure)
     * @return base × 2^(mislukt-1), capped at max, with "equal jitter": between half and all of it
     */
    public static Duration wachttijd(int mislukt, Duration basis, Duration max) {
        long ms = basis.toMillis();
        for (int i = 1; i < mislukt && ms < max.toMillis(); i++) {
            ms *= 2;
        }
        ms = Math.min(ms, max.toMillis());
        long half = ms / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ms - half + 1));
    }

    /** A Retry-After header (RFC 9110: delay-seconds or an HTTP-date) as a delay from now, capped at max. */
    public static Optional<Duration> retryAfter(Optional<String> header, Instant nu, Duration max) {
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
