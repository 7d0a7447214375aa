package nl.spreiding.notification;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.testsupport.ApiConventiesContract;

/** The platform's HTTP rules, in this service's own application. */
@QuarkusTest
class ApiConventiesTest extends ApiConventiesContract {
}
