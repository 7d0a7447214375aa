package nl.spreiding.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of every Spreiding service. Quarkus answers a request whose URI it cannot parse (a malformed
 * percent-encoding) with an empty 400 before any handler runs; with that check off, the URI reaches
 * {@link nl.spreiding.platform.api.HttpConventions}, which checks it itself and answers with a problem. The tests
 * set the same system property (root pom, surefire).
 */
@QuarkusMain
public final class SpreidingMain {

    static final String URI_VALIDATION = "vertx.disableURIValidation";

    private SpreidingMain() {
    }

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION, "true");
        Quarkus.run(args);
    }
}
