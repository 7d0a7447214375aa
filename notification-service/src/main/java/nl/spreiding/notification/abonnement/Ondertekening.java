package nl.spreiding.notification.abonnement;

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
