package nl.spreiding.allocation;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.testsupport.MetriekencatalogusContract;

/** Every metric deploy/k8s/base/monitoring/metrics.tsv lists for allocation-service is on its /q/metrics. */
@QuarkusTest
class MetriekencatalogusTest extends MetriekencatalogusContract {

    @Override
    protected String service() {
        return "allocation-service";
    }
}
