package nl.spreiding.platform.errors;

import java.util.List;

/**
 * What domain code throws when a rule of the domain refuses a request: it names the kind of refusal and says why,
 * in Dutch, but knows nothing of HTTP. The platform's mapper at the edge turns it into problem+json
 * ({@code nl.spreiding.platform.api.ProblemMappers}). A service may subclass it to name its own refusals.
 */
public class DomainException extends RuntimeException {

    /** The kind of refusal; the edge chooses the status that goes with it. */
    public enum Kind {
        /** The input breaks a rule; {@link #fields()} says which fields. */
        INVALID,
        /** The caller may not do this for this organisation. */
        FORBIDDEN,
        /** The thing asked for does not exist. */
        NOT_FOUND,
        /** The request conflicts with the current state (already exists, already decided). */
        CONFLICT,
        /** The caller's version is not the current one (a stale If-Match). */
        STALE_VERSION,
        /** A change must name the version it changes (If-Match), and this one does not. */
        VERSION_REQUIRED,
        /** Well-formed, but a rule of the domain does not allow it now. */
        UNPROCESSABLE
    }

    /** One invalid field and why, named as the caller sent it. */
    public record FieldError(String name, String reason) {
    }

    /** The most field errors a refusal names; a longer list is cut here and its detail says how many there are. */
    public static final int MAX_FIELDS = 100;

    private final Kind kind;
    private final String type;
    private final String title;
    private final transient List<FieldError> fields;

    /**
     * @param type  a problem type URI ({@code urn:nld:spreiding:probleem:…}), or null for the kind's generic one
     * @param title a short Dutch title of the type, or null for the kind's generic one
     */
    public DomainException(Kind kind, String type, String title, String detail, List<FieldError> fields) {
        super(detail);
        this.kind = kind;
        this.type = type;
        this.title = title;
        this.fields = List.copyOf(fields);
    }

    public static DomainException notFound(String detail) {
        return new DomainException(Kind.NOT_FOUND, null, null, detail, List.of());
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, null, null, detail, List.of());
    }

    public static DomainException conflict(String type, String title, String detail) {
        return new DomainException(Kind.CONFLICT, type, title, detail, List.of());
    }

    public static DomainException unprocessable(String type, String title, String detail) {
        return new DomainException(Kind.UNPROCESSABLE, type, title, detail, List.of());
    }

    public static DomainException staleVersion(String detail) {
        return new DomainException(Kind.STALE_VERSION, null, null, detail, List.of());
    }

    public static DomainException invalid(String detail, List<FieldError> fields) {
        return new DomainException(Kind.INVALID, null, null, detail, fields);
    }

    /** One invalid field. */
    public static DomainException invalid(String detail, String field, String reason) {
        return invalid(detail, List.of(new FieldError(field, reason)));
    }

    public Kind kind() {
        return kind;
    }

    /** May be null: the edge then uses the generic type of the kind. */
    public String type() {
        return type;
    }

    /** May be null: the edge then uses the generic title of the kind. */
    public String title() {
        return title;
    }

    public List<FieldError> fields() {
        return fields;
    }
}
