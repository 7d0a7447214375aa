package nl.spreiding.testsupport;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.spreiding.local.LocalKafka;
import nl.spreiding.local.LocalPostgres;
import nl.spreiding.local.token.TokenSleutel;
import nl.spreiding.local.token.Tokens;

/**
 * The Quarkus test resource of every service: a real PostgreSQL and a real Kafka broker, started once per test JVM
 * (in parallel, about 3 to 5 s) and shared by all test classes and profiles of that JVM; they stop when the JVM
 * exits. Each test JVM gets fresh, empty servers, so test runs never see each other's data.
 */
public class SpreidingTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "spreiding";
    private static Servers servers;

    public record Servers(LocalPostgres postgres, LocalKafka kafka) {
    }

    @Override
    public Map<String, String> start() {
        Servers running = servers();
        return Map.of(
                "quarkus.datasource.jdbc.url", running.postgres().jdbcUrl(DATABASE),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", LocalPostgres.PASSWORD,
                "kafka.bootstrap.servers", running.kafka().bootstrapServers(),
                // Tokens.test() signs with the private half of this JVM's key.
                "mp.jwt.verify.publickey", TokenSleutel.vanDezeJvm().publicKeyPem(),
                "mp.jwt.verify.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
        // Deliberately empty: the servers outlive one Quarkus application (test profiles restart it) and are
        // stopped by the shutdown hook when the test JVM ends.
    }

    /** The servers of this JVM, started on first use. Tests that talk to them directly use this too. */
    public static synchronized Servers servers() {
        if (servers == null) {
            servers = startBoth();
            Servers started = servers;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(started), "stop-test-infrastructure"));
        }
        return servers;
    }

    public static String kafkaBootstrapServers() {
        return servers().kafka().bootstrapServers();
    }

    private static Servers startBoth() {
        CompletableFuture<LocalPostgres> postgres = CompletableFuture.supplyAsync(() -> {
            try {
                LocalPostgres started = LocalPostgres.start(null, 0);
                started.ensureDatabase(DATABASE);
                return started;
            } catch (Exception e) {
                throw new IllegalStateException("Embedded PostgreSQL did not start", e);
            }
        });
        CompletableFuture<LocalKafka> kafka = CompletableFuture.supplyAsync(() -> {
            try {
                return LocalKafka.start(null);
            } catch (Exception e) {
                throw new IllegalStateException("Embedded Kafka broker did not start", e);
            }
        });
        return new Servers(postgres.join(), kafka.join());
    }

    private static void stopQuietly(Servers running) {
        try {
            running.kafka().close();
        } catch (Exception ignored) {
            // the JVM is ending; nothing left to protect
        }
        try {
            running.postgres().close();
        } catch (Exception ignored) {
            // idem
        }
    }
}
