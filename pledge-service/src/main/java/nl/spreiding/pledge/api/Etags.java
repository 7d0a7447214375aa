package nl.spreiding.pledge.api;

import java.util.List;

import nl.spreiding.platform.api.EntityTags;
import nl.spreiding.platform.errors.DomainException;

/**
 * The entity version as a strong {@code ETag}: checked against {@code If-Match} for optimistic concurrency, and
 * against {@code If-None-Match} on reads so that a client with the current version gets {@code 304 Not Modified}.
 *
 * <p>The If-Match check is made by the domain service against the version it has just read inside its own
 * transaction, not by the resource with JAX-RS {@code Request.evaluatePreconditions}: a check before the transaction
 * would let a concurrent change slip in between the check and the write.
 */
public final class Etags {

    public static final String PRECONDITION_FAILED = "urn:nld:spreiding:probleem:verouderde-versie";
    public static final String PRECONDITION_REQUIRED = "urn:nld:spreiding:probleem:if-match-vereist";

    private Etags() {
    }

    public static String of(int versie) {
        return "\"" + versie + "\"";
    }

    /** @throws DomainException version required (428) without {@code If-Match}, stale (412) when it names another */
    public static void require(String ifMatch, int current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new DomainException(DomainException.Kind.VERSION_REQUIRED, PRECONDITION_REQUIRED, "If-Match vereist",
                    "Een wijziging vraagt de header If-Match met de ETag van de versie die u wijzigt.", List.of());
        }
        String wanted = of(current);
        boolean matches = false;
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(wanted)) {
                matches = true;
            }
        }
        if (!matches) {
            throw stale(current);
        }
    }

    /** Whether an {@code If-None-Match} header names the current version ({@code W/"3"} matches version 3). */
    public static boolean nietGewijzigd(String ifNoneMatch, int current) {
        return EntityTags.ifNoneMatchMatches(ifNoneMatch, of(current));
    }

    public static DomainException stale(int current) {
        return new DomainException(DomainException.Kind.STALE_VERSION, PRECONDITION_FAILED, "Verouderde versie",
                "De resource is intussen gewijzigd; de huidige versie is " + of(current)
                        + ". Haal haar opnieuw op en probeer het dan opnieuw.", List.of());
    }
}
