package nl.spreiding.notification.aflevering;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a subscription whose receiver keeps failing is switched off, as Standard Webhooks and Svix do: when one of its
 * deliveries is exhausted and not a single attempt has succeeded since its first failed one, which is at least
 * {@code spreiding.webhooks.disable-after} old. Both, because each alone says too little: an exhausted delivery is a
 * day of retries, which an outage over a weekend also gives; a long failure without an exhausted delivery still has
 * retries left.
 */
final class Uitschakelregel {

    /** Longest error text quoted in the reason (the column holds 500 characters). */
    private static final int FOUT_MAX = 200;

    private final Duration na;

    Uitschakelregel(Duration na) {
        this.na = na;
    }

    /**
     * The reason, in Dutch for the subscriber, to switch the subscription off now that a delivery is exhausted; empty
     * when it stays active.
     *
     * @param faaltSinds its first failed attempt since the last success or (re-)activation; null: none
     * @param laatsteStatus the HTTP status of the attempt that exhausted the delivery; null: no HTTP answer
     * @param laatsteFout the error of that attempt when there was no answer
     */
    Optional<String> reden(Instant faaltSinds, Instant nu, Integer laatsteStatus, String laatsteFout) {
        if (faaltSinds == null || faaltSinds.plus(na).isAfter(nu)) {
            return Optional.empty();
        }
        String laatste = laatsteStatus != null ? "HTTP " + laatsteStatus
                : "geen HTTP-antwoord" + (laatsteFout == null ? "" : " (" + afgekort(laatsteFout) + ")");
        return Optional.of("Automatisch uitgeschakeld: sinds " + faaltSinds.truncatedTo(ChronoUnit.SECONDS)
                + " is geen aflevering geslaagd, " + duur(na) + " of langer (spreiding.webhooks.disable-after); "
                + "de laatste poging op " + nu.truncatedTo(ChronoUnit.SECONDS) + " kreeg " + laatste + ".");
    }

    /** A period in Dutch words: "5 dagen", "1 uur", "90 minuten". */
    static String duur(Duration d) {
        long s = d.toSeconds();
        if (s > 0 && s % 86_400 == 0) {
            return meervoud(s / 86_400, "dag", "dagen");
        }
        if (s > 0 && s % 3_600 == 0) {
            return (s / 3_600) + " uur";
        }
        if (s > 0 && s % 60 == 0) {
            return meervoud(s / 60, "minuut", "minuten");
        }
        return meervoud(s, "seconde", "seconden");
    }

    private static String meervoud(long n, String een, String meer) {
        return n + " " + (n == 1 ? een : meer);
    }

    private static String afgekort(String fout) {
        return fout.length() <= FOUT_MAX ? fout : fout.substring(0, FOUT_MAX) + "…";
    }
}
