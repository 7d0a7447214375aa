package nl.spreiding.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.spreiding.local.LocalKafka;
import nl.spreiding.local.LocalPostgres;
import nl.spreiding.local.ServiceProcess;
import nl.spreiding.local.token.TokenSleutel;
import nl.spreiding.local.token.Tokens;

/**
 * The whole system as it runs in production, on this machine: one PostgreSQL server (a database per service), one
 * Kafka broker and the three services as packaged applications ({@code target/quarkus-app/quarkus-run.jar}), each a
 * child process on a free port with its own log file. The services trust the tokens this JVM signs
 * ({@link Tokens}), as {@code SpreidingTestInfrastructure} arranges for the services' own tests.
 */
final class Stack implements AutoCloseable {

    enum Dienst {
        ALLOCATION("allocation-service", "allocation"),
        PLEDGE("pledge-service", "pledge"),
        NOTIFICATION("notification-service", "notification");

        final String module;
        final String database;

        Dienst(String module, String database) {
            this.module = module;
            this.database = database;
        }
    }

    private static final Duration OPSTARTTIJD = Duration.ofMinutes(2);

    private final Path home;
    private final Path logs;
    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final Map<Dienst, Integer> poorten = new EnumMap<>(Dienst.class);
    private final Map<Dienst, Map<String, String>> instellingen = new EnumMap<>(Dienst.class);
    private final Map<Dienst, ServiceProcess> processen = new EnumMap<>(Dienst.class);

    private Stack(Path home, Path logs, LocalPostgres postgres, LocalKafka kafka) {
        this.home = home;
        this.logs = logs;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /**
     * Starts everything and waits until every service is ready.
     *
     * @param home       the project folder whose {@code <module>/target/quarkus-app} is run
     * @param logs       where each service writes {@code <module>.log} (emptied first)
     * @param instellingen per service, settings (environment variables) on top of the connection settings
     */
    static Stack start(Path home, Path logs, Map<Dienst, Map<String, String>> instellingen) throws Exception {
        leegMap(logs);
        LocalPostgres postgres = LocalPostgres.start(null, 0);
        LocalKafka kafka;
        try {
            for (Dienst dienst : Dienst.values()) {
                postgres.ensureDatabase(dienst.database);
            }
            kafka = LocalKafka.start(null);
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
        Stack stack = new Stack(home, logs, postgres, kafka);
        try {
            for (Dienst dienst : Dienst.values()) {
                stack.poorten.put(dienst, vrijePoort());
                stack.instellingen.put(dienst, new LinkedHashMap<>(instellingen.getOrDefault(dienst, Map.of())));
                stack.startProces(dienst);
            }
            for (Dienst dienst : Dienst.values()) {
                stack.wachtTotKlaar(dienst);
            }
            return stack;
        } catch (Exception | AssertionError e) {
            System.err.println(stack.logstaarten(60));
            stack.close();
            throw e;
        }
    }

    String url(Dienst dienst) {
        return "http://localhost:" + poorten.get(dienst);
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * Stops one service gracefully and starts it again on the same port and database with changed settings, as an
     * operator's rollout would; waits until it is ready again.
     */
    void herstart(Dienst dienst, Map<String, String> gewijzigd) throws IOException {
        processen.remove(dienst).stop(Duration.ofSeconds(20));
        instellingen.get(dienst).putAll(gewijzigd);
        Files.writeString(logs.resolve(dienst.module + ".log"), "%n===== herstart %s met %s =====%n"
                .formatted(Instant.now(), gewijzigd), StandardOpenOption.APPEND);
        startProces(dienst);
        wachtTotKlaar(dienst);
    }

    /** The last lines of every service's log, for a failure report. */
    String logstaarten(int regels) {
        return Stream.of(Dienst.values()).map(d -> {
            ServiceProcess p = processen.get(d);
            String staart = p != null ? p.logTail(regels) : "(niet gestart)";
            return "----- " + d.module + " (" + logs.resolve(d.module + ".log") + "), laatste " + regels + " regels -----\n"
                    + staart;
        }).collect(Collectors.joining("\n"));
    }

    /** Services first (they finish their outbox and commit offsets), then the broker, then the database. */
    @Override
    public void close() {
        processen.values().parallelStream().forEach(p -> p.stop(Duration.ofSeconds(20)));
        processen.clear();
        try {
            kafka.close();
        } catch (Exception e) {
            System.err.println("Kafka stopte niet netjes: " + e);
        }
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL stopte niet netjes: " + e);
        }
    }

    private void startProces(Dienst dienst) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(dienst.database));
        env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        // Trust the tokens this JVM signs; a real cluster trusts its identity provider instead.
        env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        env.put("MP_JWT_VERIFY_PUBLICKEY", TokenSleutel.vanDezeJvm().publicKeyPem());
        // Three JVMs start at once on a small machine (CI has two cores): C1 alone compiles far less while starting,
        // and these services run for minutes, not days. A test setting only: the images set their own JVM options.
        env.put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1");
        env.putAll(instellingen.get(dienst));
        Path jar = home.resolve(dienst.module).resolve("target/quarkus-app/quarkus-run.jar");
        processen.put(dienst, ServiceProcess.start(dienst.module, jar, poorten.get(dienst), env, logs));
    }

    private void wachtTotKlaar(Dienst dienst) {
        ServiceProcess p = processen.get(dienst);
        await(dienst.module + " klaar").atMost(OPSTARTTIJD).pollInterval(Duration.ofMillis(300)).until(() -> {
            if (!p.isAlive()) {
                throw new AssertionError(dienst.module + " is gestopt:\n" + p.logTail(60));
            }
            return p.isReady();
        });
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void leegMap(Path map) throws IOException {
        Files.createDirectories(map);
        try (Stream<Path> bestanden = Files.list(map)) {
            bestanden.forEach(b -> {
                try {
                    Files.delete(b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
