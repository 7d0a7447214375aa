package nl.spreiding.platform.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** The one exponential backoff: the outbox relay waits it out after a failed pass, webhooks after a failed delivery. */
public final class Backoff {

    private Backoff() {
    }

    /**
     * @param failures failures so far (1 after the first)
     * @return {@code base × 2^(failures-1)}, at most {@code max}
     */
    public static Duration exponential(int failures, Duration base, Duration max) {
        int doublings = Math.max(0, Math.min(failures - 1, 40));
        long millis = base.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /** "Equal jitter": between half and all of {@code pause}, so that many retries do not arrive at once. */
    public static Duration withEqualJitter(Duration pause) {
        long millis = pause.toMillis();
        long half = millis / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(millis - half + 1));
    }
}
