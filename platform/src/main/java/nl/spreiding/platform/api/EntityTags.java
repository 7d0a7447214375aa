package nl.spreiding.platform.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Strong entity tags (RFC 9110, section 8.8.3) made from the bytes of a representation, and the If-None-Match test
 * (section 13.1.2): {@code *} or any listed tag that matches by the weak comparison, as that header asks. One
 * test for every service, whether its tags come from bytes (published distributions) or from a version number.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** A strong tag for exactly these bytes: 128 bits of their SHA-256, quoted. */
    public static String of(byte[] inhoud) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(inhoud);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze JVM", e);
        }
    }

    public static String of(String inhoud) {
        return of(inhoud.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether an If-None-Match header value matches the current tag: {@code *}, or a comma-separated list in which one
     * tag, with or without {@code W/}, has the same opaque value. Null or blank headers match nothing.
     */
    public static boolean ifNoneMatchMatches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        String huidig = opaque(etag);
        int i = 0;
        int lengte = ifNoneMatch.length();
        while (i < lengte) {
            char c = ifNoneMatch.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
            } else if (ifNoneMatch.startsWith("W/\"", i) || c == '"') {
                int begin = ifNoneMatch.indexOf('"', i);
                int einde = ifNoneMatch.indexOf('"', begin + 1);
                if (einde < 0) {
                    return false; // an unterminated tag: not a valid list, so no match
                }
                if (ifNoneMatch.substring(begin, einde + 1).equals(huidig)) {
                    return true;
                }
                i = einde + 1;
            } else {
                return false; // not an entity tag: the header is invalid, treat it as absent
            }
        }
        return false;
    }

    /** The quoted opaque part, without a weak prefix. */
    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }
}
