package nl.spreiding.pledge;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.testsupport.OpenApiDocumentContract;

/** What a client generator needs from this service's OpenAPI document (PostgreSQL and Kafka: see {@link TestResources}). */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentContract {
}
