package nl.spreiding.allocation.http;

import jakarta.ws.rs.core.Response;
import nl.spreiding.platform.api.EntityTags;

/**
 * A representation serialised once, with its strong entity tag, answered as 200 or, when the client already has it,
 * as 304 (RFC 9110, section 15.4.5: with the same ETag, Cache-Control and Vary as the 200 would have).
 *
 * @param cacheControl the Cache-Control value, or null for none
 * @param vary the Vary value, or null when the URL has one representation
 * @param contentDisposition the Content-Disposition of a download (a CSV file), or null
 */
public record PreparedResponse(byte[] inhoud, String mediaType, String etag, String cacheControl, String vary,
        String contentDisposition) {

    /** Published, never changed (database triggers refuse it): caches may keep it for a day without asking. */
    public static final String ONVERANDERLIJK = "public, max-age=86400, immutable";

    public static PreparedResponse of(byte[] inhoud, String mediaType, String cacheControl, String vary) {
        return new PreparedResponse(inhoud, mediaType, EntityTags.of(inhoud), cacheControl, vary, null);
    }

    /** The same representation, saved under {@code bestandsnaam} when a browser downloads it. */
    public PreparedResponse alsBijlage(String bestandsnaam) {
        return new PreparedResponse(inhoud, mediaType, etag, cacheControl, vary,
                "attachment; filename=\"" + bestandsnaam + "\"");
    }

    public Response answer(String ifNoneMatch) {
        Response.ResponseBuilder antwoord = EntityTags.ifNoneMatchMatches(ifNoneMatch, etag)
                ? Response.notModified()
                : Response.ok(inhoud, mediaType);
        antwoord.header("ETag", etag);
        if (cacheControl != null) {
            antwoord.header("Cache-Control", cacheControl);
        }
        if (vary != null) {
            antwoord.header("Vary", vary);
        }
        if (contentDisposition != null) {
            antwoord.header("Content-Disposition", contentDisposition);
        }
        return antwoord.build();
    }
}
