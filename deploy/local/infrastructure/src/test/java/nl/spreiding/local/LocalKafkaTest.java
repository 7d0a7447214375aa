package nl.spreiding.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

class LocalKafkaTest {

    @Test
    void eenClientBereiktDeBrokerOpDeGevraagdePoort() throws Exception {
        int port;
        try (ServerSocket vrij = new ServerSocket(0)) {
            port = vrij.getLocalPort();
        }
        try (LocalKafka kafka = LocalKafka.start(null, port);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port))) {
            assertThat(admin.describeCluster().nodes().get(60, TimeUnit.SECONDS)).hasSize(1);
        }
    }
}
