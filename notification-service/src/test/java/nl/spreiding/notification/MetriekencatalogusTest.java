package nl.spreiding.notification;

import io.quarkus.test.junit.QuarkusTest;
import nl.spreiding.testsupport.MetriekencatalogusContract;

/** Every metric deploy/k8s/base/monitoring/metrics.tsv lists for notification-service is on its /q/metrics. */
@QuarkusTest
class MetriekencatalogusTest extends MetriekencatalogusContract {

    @Override
    protected String service() {
        return "notification-service";
    }

    @Override
    protected void laatMetriekenOntstaan() {
        stuurOnleesbaarBericht("spreiding.pledge.v1");
    }
}
