package nl.spreiding.platform.api;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.testsupport.ApiConventiesContract;

/** The platform's own test application keeps to the API rules that every service must keep to. */
@QuarkusTest
class ApiConventiesContractTest extends ApiConventiesContract {
}
