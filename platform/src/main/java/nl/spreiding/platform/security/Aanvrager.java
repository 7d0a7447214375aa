package nl.spreiding.platform.security;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import nl.spreiding.platform.errors.DomainException;

/**
 * Who makes the current request, from the verified bearer token: the name recorded with every decision
 * ({@code door}), the roles, and the organisation (CBS code, e.g. {@code PV27} or {@code GM0363}) the caller acts
 * for. {@code @RolesAllowed} decides the role; the checks here decide the organisation, because that depends on
 * the resource (a path parameter, or the province of a stored pledge).
 */
@RequestScoped
public class Aanvrager {

    public static final String ANONIEM = "anoniem";
    /** The longest name the services record with a decision (their {@code *_door} columns). */
    public static final int MAX_NAAM = 100;

    private final SecurityIdentity identity;
    private final TokenClaims claims;

    public Aanvrager(SecurityIdentity identity, TokenClaims claims) {
        this.identity = identity;
        this.claims = claims;
    }

    /**
     * The principal name ({@code upn}, {@code preferred_username} or {@code sub}), or "anoniem".
     *
     * @throws DomainException (forbidden) when the name is longer than {@value #MAX_NAAM} characters: it could not
     *     be recorded whole, and a shortened name would record someone else
     */
    public String naam() {
        if (identity.isAnonymous() || identity.getPrincipal() == null) {
            return ANONIEM;
        }
        String naam = identity.getPrincipal().getName();
        if (naam != null && naam.length() > MAX_NAAM) {
            throw DomainException.forbidden("De naam in uw token (upn) is " + naam.length() + " tekens lang; een besluit "
                    + "legt ten hoogste " + MAX_NAAM + " tekens vast. Vraag een token met een kortere naam.");
        }
        return naam;
    }

    /** The organisation the token says the caller acts for; empty for national roles without one. */
    public Optional<String> organisatie() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            // A custom claim comes as a JSON value: take the string itself, not its quoted JSON form.
            Object value = jwt.getClaim(claims.organisatieClaim());
            String code = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
            if (code != null && !code.isBlank()) {
                return Optional.of(code.strip());
            }
        }
        return Optional.empty();
    }

    public boolean heeftRol(String rol) {
        return identity.hasRole(rol);
    }

    /** True when the caller holds one of these roles, which act nationally rather than for one organisation. */
    public boolean heeftEenVan(String... rollen) {
        return Arrays.stream(rollen).anyMatch(identity::hasRole);
    }

    /**
     * Refuses (403) unless the caller acts for {@code organisatie}, or holds one of the national roles given.
     *
     * @param organisatie the CBS code of the organisation the resource belongs to
     * @param landelijk roles that may act for every organisation here (e.g. the minister or an operator)
     */
    public void vereistNamens(String organisatie, String... landelijk) {
        if (heeftEenVan(landelijk)) {
            return;
        }
        Optional<String> eigen = organisatie();
        if (eigen.isPresent() && eigen.get().equals(organisatie)) {
            return;
        }
        throw DomainException.forbidden(eigen
                .map(e -> "U handelt namens " + e + " en mag dit niet namens " + organisatie + ".")
                .orElse("Uw token noemt geen organisatie; dit mag alleen namens " + organisatie + "."));
    }
}
