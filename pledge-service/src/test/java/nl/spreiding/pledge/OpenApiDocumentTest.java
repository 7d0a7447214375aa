package nl.spreiding.pledge;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.local.testsupport.OpenApiDocumentContract;

/** What a client generator needs from this service's OpenAPI document (PostgreSQL and Kafka: see {@link TestResources}). */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentContract {
}
