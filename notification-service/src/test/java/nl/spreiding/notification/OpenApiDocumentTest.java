package nl.spreiding.notification;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.testsupport.OpenApiDocumentContract;

/** What a client generator needs from this service's OpenAPI document (operationIds, schemas, descriptions, examples). */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentContract {
}
