package nl.spreiding.pledge.api;

import java.util.List;

import nl.spreiding.platform.api.EntityTags;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.api.ProblemException;

/**
 * The entity version as a strong {@code ETag}: checked against {@code If-Match} for optimistic concurrency, and
 * against {@code If-None-Match} on reads so that a client with the current version gets {@code 304 Not Modified}.
 */
public final class Etags {

    public static final String PRECONDITION_FAILED = "urn:nld:spreiding:probleem:verouderde-versie";
    public static final String PRECONDITION_REQUIRED = "urn:nld:spreiding:probleem:if-match-vereist";

    private Etags() {
    }

    public static String of(int versie) {
        return "\"" + versie + "\"";
    }

    /** @throws ProblemException 428 without {@code If-Match}, 412 when it names another version */
    public static void require(String ifMatch, int current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(new Problem(PRECONDITION_REQUIRED, "If-Match vereist", 428,
                    "Een wijziging vraagt de header If-Match met de ETag van de versie die u wijzigt.", null, List.of()));
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

    public static ProblemException stale(int current) {
        return new ProblemException(new Problem(PRECONDITION_FAILED, "Verouderde versie", 412,
                "De resource is intussen gewijzigd; de huidige versie is " + of(current)
                        + ". Haal haar opnieuw op en probeer het dan opnieuw.", null, List.of()));
    }
}
