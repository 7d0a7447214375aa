package nl.spreiding.allocation;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.testsupport.MisvormdeInvoerContract;

/** Malformed input to every operation of allocation-service, as every role: never a 5xx, always a bounded problem. */
@QuarkusTest
class MisvormdeInvoerTest extends MisvormdeInvoerContract {
}
