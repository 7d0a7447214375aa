package nl.spreiding.testsupport;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import nl.spreiding.local.token.Tokens;

/**
 * Who may call one write operation, and a request that the permitted caller could send. The operation is named
 * as the OpenAPI document names it ({@code POST /toezeggingen/{id}}); the request fills in real identifiers.
 *
 * <p>{@code namens} is the organisation the target belongs to (a province, a municipality, the owner of a
 * subscription). A permitted role that is not national may only act for that organisation.
 */
public final class Regel {

    private static final Set<String> ORGANISATIEGEBONDEN = Set.of(Tokens.PROVINCIE, Tokens.GEMEENTE);

    final String methode;
    final String operatie;
    final Set<String> rollen = new LinkedHashSet<>();
    final Set<String> landelijk = new LinkedHashSet<>();
    boolean landelijkGezet;
    String namens;
    Supplier<String> pad;
    Supplier<String> body = () -> null;
    String contentType = "application/json";
    final Map<String, Supplier<String>> headers = new LinkedHashMap<>();

    private Regel(String methode, String operatie) {
        this.methode = methode;
        this.operatie = operatie;
        this.pad = () -> operatie;
    }

    /** The operation as the OpenAPI document names it, e.g. {@code Regel.voor("PUT", "/toezeggingen/{id}")}. */
    public static Regel voor(String methode, String operatie) {
        return new Regel(methode.toUpperCase(), operatie);
    }

    /** The roles that may call it (as in its {@code @RolesAllowed}). */
    public Regel rollen(String... toegestaan) {
        rollen.addAll(List.of(toegestaan));
        return this;
    }

    /** The organisation the target belongs to; permitted non-national roles must act for it. */
    public Regel namens(String organisatie) {
        this.namens = organisatie;
        return this;
    }

    /**
     * Which permitted roles act for every organisation. Default: every permitted role except provincie and
     * gemeente. Subscriptions narrow it to beheerder, since the minister and COA manage only their own.
     */
    public Regel landelijk(String... rollen) {
        landelijk.clear();
        landelijk.addAll(List.of(rollen));
        landelijkGezet = true;
        return this;
    }

    /** The concrete path below /api/v1, evaluated when the matrix runs (after fixtures exist). */
    public Regel pad(Supplier<String> concreet) {
        this.pad = concreet;
        return this;
    }

    public Regel pad(String concreet) {
        return pad(() -> concreet);
    }

    /** A body the permitted caller could send: authorisation must be decided on a valid request. */
    public Regel body(Supplier<String> inhoud) {
        this.body = inhoud;
        return this;
    }

    public Regel body(String inhoud) {
        return body(() -> inhoud);
    }

    public Regel contentType(String type) {
        this.contentType = type;
        return this;
    }

    public Regel header(String naam, Supplier<String> waarde) {
        headers.put(naam, waarde);
        return this;
    }

    String sleutel() {
        return methode + " " + operatie;
    }

    boolean isLandelijk(String rol) {
        return landelijkGezet ? landelijk.contains(rol) : !ORGANISATIEGEBONDEN.contains(rol);
    }

    /** Whether a caller with this role, acting for {@code organisatie}, may call the operation. */
    boolean staatToe(String rol, String organisatie) {
        if (!rollen.contains(rol)) {
            return false;
        }
        return namens == null || isLandelijk(rol) || namens.equals(organisatie);
    }

    @Override
    public String toString() {
        return sleutel();
    }
}
