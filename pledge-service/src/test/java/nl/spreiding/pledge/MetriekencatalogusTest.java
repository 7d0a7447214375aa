package nl.spreiding.pledge;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.testsupport.MetriekencatalogusContract;

/** Every metric deploy/k8s/base/monitoring/metrics.tsv lists for pledge-service is on its /q/metrics. */
@QuarkusTest
class MetriekencatalogusTest extends MetriekencatalogusContract {

    @Override
    protected String service() {
        return "pledge-service";
    }

    @Override
    protected void laatMetriekenOntstaan() {
        stuurOnleesbaarBericht("spreiding.allocation.v1");
    }
}
