package nl.spreiding.pledge.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who makes the current request, for audit trails and events ({@code door}). There is no authentication yet:
 * the caller names itself in the optional {@code X-Spreiding-Actor} header. This is the one place to replace when
 * requests carry a verified identity (a JWT subject).
 */
@RequestScoped
public class Actor {

    public static final String HEADER = "X-Spreiding-Actor";
    static final String ONBEKEND = "onbekend";
    private static final int MAX = 100;

    private final HttpServerRequest request;

    public Actor(HttpServerRequest request) {
        this.request = request;
    }

    public String naam() {
        String value = request.getHeader(HEADER);
        if (value == null || value.isBlank()) {
            return ONBEKEND;
        }
        String trimmed = value.strip();
        return trimmed.length() > MAX ? trimmed.substring(0, MAX) : trimmed;
    }
}
