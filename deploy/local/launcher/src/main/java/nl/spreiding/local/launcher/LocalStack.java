package nl.spreiding.local.launcher;

import java.io.IOException;
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
 * afresh. A service that dies is started again on its port ({@link ServiceSupervisor}); Ctrl-C (or SIGTERM) stops
 * the services first, then Kafka, then PostgreSQL, and no service is restarted from then on.
 */
public final class LocalStack {

    /** name, port; the database is named after the service's domain. */
    private record Service(String module, String database, int port) {
    }

    private static final List<Service> ALL_SERVICES = List.of(
            new Service("allocation-service", "allocation", 8081),
            new Service("pledge-service", "pledge", 8082),
            new Service("notification-service", "notification", 8083));

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** Where in the data folder the development token key pair lives (see {@link DevToken}). */
    static final String TOKEN_FOLDER = "jwt";

    private final LaunchOptions options;
    private final List<Service> services;
    private final List<ServiceSupervisor> running = new ArrayList<>();
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LocalStack(LaunchOptions options) {
        this.options = options;
        this.services = ALL_SERVICES.stream().filter(s -> options.services().contains(s.module())).toList();
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
        List<Integer> ports = new ArrayList<>(services.stream().map(Service::port).toList());
        List.of(options.postgresPort(), options.kafkaPort()).stream().filter(port -> port != 0).forEach(ports::add);
        List<Integer> bezet = ports.stream().filter(port -> !Ports.free(port)).toList();
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
        for (Service service : ALL_SERVICES) {
            postgres.ensureDatabase(service.database());
        }
        kafka = LocalKafka.start(data.resolve("kafka"), options.kafkaPort());
        say("PostgreSQL on port " + postgres.port() + " (user " + LocalPostgres.USER + "), Kafka on " + kafka.bootstrapServers());

        writeEnvironmentFiles(data.resolve("env"));
        if (services.isEmpty()) {
            say("No services started (--services none); their settings are in " + data.resolve("env") + ". Press Ctrl-C to stop.");
            stopped.await();
            return 0;
        }

        for (Service service : services) {
            Path application = options.home().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
            Map<String, String> environment = environment(service);
            ServiceSupervisor supervisor = new ServiceSupervisor(service.module(), () -> ServiceProcess.start(
                    service.module(), application, service.port(), environment, data.resolve("logs"),
                    ClassDataSharing.options(application, data.resolve("cds").resolve(service.module() + ".jsa"))),
                    ServiceSupervisor.Policy.LOCAL_STACK, LocalStack::say);
            synchronized (this) {
                if (stopped.getCount() == 0) {
                    return 1;
                }
                running.add(supervisor);
                supervisor.start();
            }
        }
        say("Starting " + services.size() + " services (logs in " + data.resolve("logs") + ") ...");
        if (!awaitReady()) {
            return 1;
        }

        System.out.println();
        say("Spreiding is running. Swagger UI:");
        for (ServiceSupervisor service : List.copyOf(running)) {
            System.out.printf("  %-22s http://localhost:%d/q/swagger-ui   (OpenAPI: http://localhost:%d/api/v1/openapi.json)   pid %d%n",
                    service.name(), service.current().port(), service.current().port(), service.current().pid());
        }
        List.copyOf(running).stream().filter(p -> p.name().equals("pledge-service")).findFirst().ifPresent(pledge -> {
            say("Web pages (no login): national map, a province's regietafel, a municipality:");
            System.out.printf("  http://localhost:%d/pagina   http://localhost:%d/pagina/provincies/PV27   http://localhost:%d/pagina/gemeenten/GM0363%n",
                    pledge.current().port(), pledge.current().port(), pledge.current().port());
        });
        say("Writes need a bearer token; get a development token per role with ./dev-token.sh, e.g.");
        System.out.println("  curl -H \"Authorization: Bearer $(./dev-token.sh minister)\" ...   (roles: minister, provincie PV27, gemeente GM0363, coa, beheerder)");
        say("A service that stops is started again (backoff 1 s doubling to 30 s, at most 5 failures in a row). "
                + "Press Ctrl-C to stop everything.");
        stopped.await();
        return 0;
    }

    /** One file per service with its settings, so it can be started by hand (or from an IDE) against this stack. */
    private void writeEnvironmentFiles(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Service service : ALL_SERVICES) {
            StringBuilder lines = new StringBuilder();
            environment(service).forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
            lines.append("QUARKUS_HTTP_PORT=").append(service.port()).append('\n');
            Files.writeString(directory.resolve(service.module() + ".env"), lines);
        }
        Files.writeString(directory.resolve("jvm.options"), String.join(" ", ServiceProcess.JVM_OPTIONS) + "\n");
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
        List<ServiceSupervisor> waiting = new ArrayList<>(running);
        while (!waiting.isEmpty()) {
            for (ServiceSupervisor service : List.copyOf(waiting)) {
                if (service.state() == ServiceSupervisor.State.GAVE_UP) {
                    say(service.name() + " did not start; see " + service.current().logFile());
                    return false;
                }
                if (service.state() == ServiceSupervisor.State.RUNNING && service.current().isReady()) {
                    say(service.name() + " is ready on port " + service.current().port());
                    waiting.remove(service);
                }
            }
            if (stopped.getCount() == 0) {
                return false;
            }
            if (System.nanoTime() > deadline) {
                say("Not ready after " + READY_TIMEOUT.toMinutes() + " minutes: " + waiting.stream().map(ServiceSupervisor::name).toList());
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    /** Services first (they flush their outbox and commit offsets), then the broker, then the database. */
    private void stop() {
        List<ServiceSupervisor> services;
        synchronized (this) {
            stopped.countDown();
            services = List.copyOf(running);
            running.clear();
        }
        stopInfrastructure(services);
    }

    private synchronized void stopInfrastructure(List<ServiceSupervisor> services) {
        if (services.isEmpty() && kafka == null && postgres == null) {
            return;
        }
        say("Stopping ...");
        // No restart can follow: each supervisor is marked stopped before its process gets SIGTERM.
        services.parallelStream().forEach(ServiceSupervisor::stop);
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
