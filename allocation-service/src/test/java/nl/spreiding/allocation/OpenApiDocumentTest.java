package nl.spreiding.allocation;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.testsupport.OpenApiDocumentContract;

/** What a client generator needs from allocation-service's OpenAPI document. */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentContract {
}
