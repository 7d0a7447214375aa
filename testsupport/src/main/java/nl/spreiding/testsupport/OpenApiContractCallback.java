package nl.spreiding.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Installs {@link OpenApiAntwoordFilter} for every {@code @QuarkusTest} of every module that has this jar on its test
 * classpath (registered through {@code META-INF/services}), so no test can receive an answer the OpenAPI document
 * does not describe.
 */
public class OpenApiContractCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(OpenApiAntwoordFilter.class::isInstance)) {
            RestAssured.filters(new OpenApiAntwoordFilter());
        }
    }
}
