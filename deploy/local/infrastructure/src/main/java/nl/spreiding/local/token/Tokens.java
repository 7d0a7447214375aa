package nl.spreiding.local.token;

import java.time.Duration;
import java.util.List;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs bearer tokens as Spreiding's identity provider would issue them: the role in {@code groups}, the CBS code
 * of the organisation in {@code organisatie}, a person in {@code upn}. For tests and the local stack only; in a
 * cluster the tokens come from the real identity provider (see deploy/k8s/README.md).
 */
public final class Tokens {

    /** The issuer the services trust by default; clusters configure their own (MP_JWT_VERIFY_ISSUER). */
    public static final String ISSUER = "https://spreiding.local/dev";

    public static final String MINISTER = "minister";
    public static final String PROVINCIE = "provincie";
    public static final String GEMEENTE = "gemeente";
    public static final String COA = "coa";
    public static final String BEHEERDER = "beheerder";

    private final TokenSleutel sleutel;
    private final String issuer;

    public Tokens(TokenSleutel sleutel, String issuer) {
        this.sleutel = sleutel;
        this.issuer = issuer;
    }

    /** Tokens signed with this JVM's test key, which {@code SpreidingTestInfrastructure} gives the services. */
    public static Tokens test() {
        return new Tokens(TokenSleutel.vanDezeJvm(), ISSUER);
    }

    public static String minister() {
        return test().voor(MINISTER, "JENV", "minister@minjenv.example");
    }

    public static String provincie(String code) {
        return test().voor(PROVINCIE, code, "regietafel@" + code.toLowerCase() + ".example");
    }

    public static String gemeente(String code) {
        return test().voor(GEMEENTE, code, "asielopvang@" + code.toLowerCase() + ".example");
    }

    public static String coa() {
        return test().voor(COA, "COA", "planning@coa.example");
    }

    public static String beheerder() {
        return test().voor(BEHEERDER, null, "beheer@spreiding.example");
    }

    /** A token for one role, acting for {@code organisatie} (null: none), valid for an hour. */
    public String voor(String rol, String organisatie, String persoon) {
        return sign(rol, organisatie, persoon, Duration.ofHours(1));
    }

    /** A token for one role whose lifetime is {@code geldig}; negative gives one that has already expired. */
    public String sign(String rol, String organisatie, String persoon, Duration geldig) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(persoon);
        claims.setClaim("upn", persoon);
        claims.setStringListClaim("groups", List.of(rol));
        if (organisatie != null) {
            claims.setClaim("organisatie", organisatie);
        }
        claims.setIssuedAtToNow();
        claims.setGeneratedJwtId();
        long now = System.currentTimeMillis() / 1000;
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(now + geldig.toSeconds()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(sleutel.privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }
}
