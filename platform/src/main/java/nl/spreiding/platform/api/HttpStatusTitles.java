package nl.spreiding.platform.api;

import jakarta.ws.rs.core.Response;

/** Reason phrases used as the title of {@code about:blank} problems (RFC 9457 section 4.2.1). */
final class HttpStatusTitles {

    private HttpStatusTitles() {
    }

    static String of(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
