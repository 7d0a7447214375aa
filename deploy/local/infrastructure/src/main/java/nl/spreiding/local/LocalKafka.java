package nl.spreiding.local;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker in KRaft mode inside this JVM: one combined broker+controller node from Kafka's own test kit
 * ({@code kafka-test-common-runtime}, same version as the clients in the Quarkus BOM). Internal topics get
 * replication factor 1, as one node cannot hold more.
 */
public final class LocalKafka implements AutoCloseable {

    /** "spreiding-local!" as a Kafka cluster id (16 bytes, URL-safe base64). */
    private static final String PERSISTENT_CLUSTER_ID = "c3ByZWlkaW5nLWxvY2FsIQ";

    private final KafkaClusterTestKit cluster;

    private final int port;

    private LocalKafka(KafkaClusterTestKit cluster, int port) {
        this.cluster = cluster;
        this.port = port;
    }

    /** @param dataDirectory where the logs live; null for a throw-away broker removed on close */
    public static LocalKafka start(Path dataDirectory) throws Exception {
        return start(dataDirectory, 0);
    }

    /**
     * @param dataDirectory where the logs live; null for a throw-away broker removed on close
     * @param port          the client port (bootstrap servers {@code localhost:port}); 0 picks a free one
     */
    public static LocalKafka start(Path dataDirectory, int port) throws Exception {
        TestKitNodes.Builder nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1);
        if (dataDirectory != null) {
            Files.createDirectories(dataDirectory);
            // A kept log directory only starts again under the cluster id it was formatted with.
            nodes.setBaseDirectory(dataDirectory).setClusterId(PERSISTENT_CLUSTER_ID);
        }
        KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes.build());
        if (port != 0) {
            // The test kit binds its own listeners (EXTERNAL, CONTROLLER) to free ports before the broker starts;
            // clients get a third one, CLIENT, on the port asked for.
            builder.setConfigProp("listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,CLIENT://localhost:" + port)
                    .setConfigProp("listener.security.protocol.map",
                            "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,CLIENT:PLAINTEXT");
        }
        KafkaClusterTestKit cluster = builder
                .setDeleteOnClose(dataDirectory == null)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "5")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "true")
                .setConfigProp("num.partitions", "3")
                .build();
        if (!alreadyFormatted(dataDirectory)) {
            cluster.format();
        }
        cluster.startup();
        cluster.waitForReadyBrokers();
        return new LocalKafka(cluster, port);
    }

    private static boolean alreadyFormatted(Path dataDirectory) throws java.io.IOException {
        if (dataDirectory == null) {
            return false;
        }
        try (var nodeDirectories = Files.list(dataDirectory)) {
            return nodeDirectories.anyMatch(node -> Files.exists(node.resolve("meta.properties")));
        }
    }

    public String bootstrapServers() {
        return port == 0 ? cluster.bootstrapServers() : "localhost:" + port;
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
