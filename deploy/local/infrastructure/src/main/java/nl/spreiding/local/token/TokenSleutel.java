package nl.spreiding.local.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs development and test tokens, standing in for an identity provider. It is generated,
 * never committed: once per test JVM (kept in system properties, so that Quarkus' class loaders share it) or once
 * per local-stack data folder ({@code jwt/} in it). The services only ever get the public half.
 */
public final class TokenSleutel {

    private static final String PRIVATE_PROPERTY = "nl.spreiding.local.token.private-key";
    private static final String PUBLIC_PROPERTY = "nl.spreiding.local.token.public-key";
    private static final String PRIVATE_FILE = "token-private.pem";
    private static final String PUBLIC_FILE = "token-public.pem";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private TokenSleutel(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key pair of this JVM (tests): made on first use. */
    public static synchronized TokenSleutel vanDezeJvm() {
        String privateKey = System.getProperty(PRIVATE_PROPERTY);
        String publicKey = System.getProperty(PUBLIC_PROPERTY);
        if (privateKey == null || publicKey == null) {
            KeyPair pair = generate();
            privateKey = base64(pair.getPrivate().getEncoded());
            publicKey = base64(pair.getPublic().getEncoded());
            System.setProperty(PRIVATE_PROPERTY, privateKey);
            System.setProperty(PUBLIC_PROPERTY, publicKey);
        }
        return fromBase64(privateKey, publicKey);
    }

    /** A key pair that nobody trusts: for tests of tokens from an unknown issuer. */
    public static TokenSleutel nieuw() {
        KeyPair pair = generate();
        return new TokenSleutel(pair.getPrivate(), pair.getPublic());
    }

    /** The key pair kept in {@code directory} (the local stack), made there on first use, private half 0600. */
    public static synchronized TokenSleutel inMap(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_FILE);
        Path publicFile = directory.resolve(PUBLIC_FILE);
        try {
            if (!Files.isRegularFile(privateFile) || !Files.isRegularFile(publicFile)) {
                Files.createDirectories(directory);
                KeyPair pair = generate();
                Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                restrict(privateFile);
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            return fromBase64(unpem(Files.readString(privateFile)), unpem(Files.readString(publicFile)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the token key pair in " + directory, e);
        }
    }

    /** Where the local stack keeps the public key, for {@code mp.jwt.verify.publickey.location}. */
    public static Path publiekeSleutelIn(Path directory) {
        return directory.resolve(PUBLIC_FILE);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The public key as PEM text, which {@code mp.jwt.verify.publickey} accepts inline. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is missing from this JVM", e);
        }
    }

    private static TokenSleutel fromBase64(String privateKey, String publicKey) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new TokenSleutel(
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey))),
                    rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The token key pair cannot be read", e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static String unpem(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static String base64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the data folder's own permissions apply
        }
    }
}
