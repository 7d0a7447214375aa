package nl.spreiding.local.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import nl.spreiding.local.LocalKafka;
import nl.spreiding.local.LocalPostgres;
import nl.spreiding.local.ServiceProcess;
import nl.spreiding.local.token.TokenSleutel;
import nl.spreiding.local.token.Tokens;

/**
 * Runs the whole system on one machine: one PostgreSQL (a database per service), one Kafka broker, and the three
 * services from their built applications. Data is kept between runs in the data folder; {@code --clean} starts
 * afresh. Ctrl-C (or SIGTERM) stops the services first, then Kafka, then PostgreSQL.
 */
public final class LocalStack {

    /** name, port; the database is named after the service's domain. */
    private record Service(String module, String database, int port) {
    }

    private static final List<Service> SERVICES = List.of(
            new Service("allocation-service", "allocation", 8081),
            new Service("pledge-service", "pledge", 8082),
            new Service("notification-service", "notification", 8083));

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** Where in the data folder the development token key pair lives (see {@link DevToken}). */
    static final String TOKEN_FOLDER = "jwt";

    private final LaunchOptions options;
    private final List<ServiceProcess> running = new ArrayList<>();
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LocalStack(LaunchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, Path.of(System.getProperty("spreiding.home", ".")).toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        LocalStack stack = new LocalStack(options);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
        int exit = stack.run();
        if (exit != 0) {
            System.exit(exit);
        }
    }

    private int run() throws Exception {
        Path data = options.dataDirectory();
        List<Integer> bezet = SERVICES.stream().map(Service::port).filter(LocalStack::inGebruik).toList();
        if (!bezet.isEmpty()) {
            // Otherwise the process already listening there would answer our readiness checks.
            say("Port(s) " + bezet + " in use: is an earlier Spreiding (or another program) still running? Stop it first.");
            return 1;
        }
        if (options.clean()) {
            say("Removing earlier data in " + data);
            deleteRecursively(data);
        }
        Files.createDirectories(data);
        TokenSleutel.inMap(data.resolve(TOKEN_FOLDER));

        say("Starting PostgreSQL and Kafka (data in " + data + ") ...");
        postgres = LocalPostgres.start(data.resolve("postgres"), options.postgresPort());
        for (Service service : SERVICES) {
            postgres.ensureDatabase(service.database());
        }
        kafka = LocalKafka.start(data.resolve("kafka"));
        say("PostgreSQL on port " + postgres.port() + " (user " + LocalPostgres.USER + "), Kafka on " + kafka.bootstrapServers());

        for (Service service : SERVICES) {
            Path application = options.home().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
            running.add(ServiceProcess.start(service.module(), application, service.port(), environment(service),
                    data.resolve("logs")));
        }
        say("Starting " + SERVICES.size() + " services (logs in " + data.resolve("logs") + ") ...");
        if (!awaitReady()) {
            return 1;
        }

        System.out.println();
        say("Spreiding is running. Swagger UI:");
        for (ServiceProcess service : running) {
            System.out.printf("  %-22s http://localhost:%d/q/swagger-ui   (OpenAPI: http://localhost:%d/api/v1/openapi.json)%n",
                    service.name(), service.port(), service.port());
        }
        say("Writes need a bearer token; get a development token per role with ./dev-token.sh, e.g.");
        System.out.println("  curl -H \"Authorization: Bearer $(./dev-token.sh minister)\" ...   (roles: minister, provincie PV27, gemeente GM0363, coa, beheerder)");
        say("Press Ctrl-C to stop everything.");

        for (ServiceProcess service : running) {
            service.process().onExit().thenRun(() -> {
                if (stopped.getCount() > 0) {
                    say(service.name() + " stopped unexpectedly; last lines of its log:\n" + service.logTail(30));
                    stopped.countDown();
                }
            });
        }
        stopped.await();
        return 1;
    }

    private Map<String, String> environment(Service service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        // The local stack seeds the real 2024 reference data and lets webhooks reach receivers on this machine.
        env.put("SPREIDING_REFERENTIEDATA_LADEN_BIJ_START", "true");
        env.put("SPREIDING_WEBHOOKS_ALLOW_LOOPBACK", "true");
        // The services trust the development key pair of this data folder; ./dev-token.sh signs with its private half.
        env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                TokenSleutel.publiekeSleutelIn(options.dataDirectory().resolve(TOKEN_FOLDER)).toUri().toString());
        return env;
    }

    private boolean awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(running);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    say(service.name() + " did not start; last lines of " + service.logFile() + ":\n" + service.logTail(40));
                    return false;
                }
                if (service.isReady()) {
                    say(service.name() + " is ready on port " + service.port());
                    waiting.remove(service);
                }
            }
            if (System.nanoTime() > deadline) {
                say("Not ready after " + READY_TIMEOUT.toMinutes() + " minutes: " + waiting.stream().map(ServiceProcess::name).toList());
                return false;
            }
            Thread.sleep(500);
        }
        return true;
    }

    /** Services first (they flush their outbox and commit offsets), then the broker, then the database. */
    private synchronized void stop() {
        stopped.countDown();
        if (running.isEmpty() && kafka == null && postgres == null) {
            return;
        }
        say("Stopping ...");
        running.parallelStream().forEach(service -> service.stop(Duration.ofSeconds(20)));
        running.clear();
        try {
            if (kafka != null) {
                kafka.close();
                kafka = null;
            }
        } catch (Exception e) {
            say("Kafka did not stop cleanly: " + e.getMessage());
        }
        try {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        } catch (IOException e) {
            say("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        say("Stopped.");
    }

    private static boolean inGebruik(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void say(String message) {
        System.out.println("[spreiding] " + message);
    }
}
