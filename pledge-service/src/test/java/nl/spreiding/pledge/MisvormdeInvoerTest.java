package nl.spreiding.pledge;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.testsupport.MisvormdeInvoerContract;

/** Malformed input to every operation of this service never gives a 5xx (PostgreSQL and Kafka: see {@link TestResources}). */
@QuarkusTest
class MisvormdeInvoerTest extends MisvormdeInvoerContract {
}
