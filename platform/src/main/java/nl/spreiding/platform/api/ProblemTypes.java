package nl.spreiding.platform.api;

/** Problem types shared by all services; a service defines its own domain types next to its resources. */
public final class ProblemTypes {

    /** The request body or a parameter failed validation; {@code invalidParams} says which and why. */
    public static final String INVALID_INPUT = "urn:nld:spreiding:probleem:ongeldige-invoer";
    /** The request body is not well-formed JSON or does not fit the expected structure. */
    public static final String MALFORMED_BODY = "urn:nld:spreiding:probleem:onleesbare-invoer";

    private ProblemTypes() {
    }
}
