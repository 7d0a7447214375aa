package nl.spreiding.platform.api;

import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header parameter whose text cannot be read as its type, e.g. a malformed UUID. JAX-RS would
 * answer 404 for a path parameter; the caller sent a bad request, so it is a 400 naming the parameter. It is a
 * {@link BadRequestException} because Quarkus REST passes a converter's WebApplicationException on unchanged (any
 * other exception of a path parameter's converter becomes a 404).
 */
public class OngeldigeParameter extends BadRequestException {

    private final String naam;
    private final String reden;

    public OngeldigeParameter(String naam, String reden) {
        super(naam + ": " + reden);
        this.naam = naam;
        this.reden = reden;
    }

    public String naam() {
        return naam;
    }

    public String reden() {
        return reden;
    }
}
