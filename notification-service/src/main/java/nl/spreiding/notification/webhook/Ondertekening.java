package nl.spreiding.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: HMAC-SHA256 over {@code {webhook-id}.{webhook-timestamp}.{body}} with the secret's
 * key (the base64 after {@code whsec_}), base64-encoded and prefixed with {@code v1,}. Several valid secrets (during a
 * rotation) give several signatures, separated by a space.
 */
public final class Ondertekening {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ondertekening() {
    }

    /** A new secret: {@code whsec_} and the base64 of 32 random bytes. */
    public static String nieuwGeheim() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Fewest and most key bytes of a secret a subscriber brings itself (Standard Webhooks: 24 to 64). */
    public static final int MIN_SLEUTEL = 24;
    public static final int MAX_SLEUTEL = 64;

    /**
     * Why a secret a subscriber brings itself is unusable, or null when it is a Standard Webhooks secret:
     * {@code whsec_} and the base64 of 24 to 64 bytes.
     */
    public static String bezwaarTegenGeheim(String geheim) {
        if (!geheim.startsWith(PREFIX)) {
            return "moet beginnen met " + PREFIX;
        }
        byte[] sleutel;
        try {
            sleutel = Base64.getDecoder().decode(geheim.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return "moet na " + PREFIX + " base64 zijn";
        }
        if (sleutel.length < MIN_SLEUTEL || sleutel.length > MAX_SLEUTEL) {
            return "moet na " + PREFIX + " de base64 van " + MIN_SLEUTEL + " tot " + MAX_SLEUTEL
                    + " willekeurige bytes zijn";
        }
        return null;
    }

    /** The value of the {@code webhook-signature} header. */
    public static String handtekeningen(List<String> geheimen, String webhookId, long tijdstempel, byte[] body) {
        return geheimen.stream().map(g -> "v1," + handtekening(g, webhookId, tijdstempel, body))
                .collect(Collectors.joining(" "));
    }

    static String handtekening(String geheim, String webhookId, long tijdstempel, byte[] body) {
        byte[] key = Base64.getDecoder().decode(geheim.startsWith(PREFIX) ? geheim.substring(PREFIX.length()) : geheim);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((webhookId + "." + tijdstempel + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
