package nl.spreiding.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as a child process from its packaged Quarkus application (local stack and integration tests). */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(String name, int port, Path logFile, Process process) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * How the services' JVMs are started here (local stack, integration tests, bench/budgets.sh); the container
     * images and Kubernetes manifests set the same limits (README, "Memory and startup"). Measured with
     * bench/budgets.sh: a service needs under 100 MB of heap after start and under a mixed read load, so the heap is
     * capped well below the 512 MB it had; the serial collector (one core's worth of work here, no GC threads),
     * C1 only (the C2 compiler threads competed with startup for the two cores; peak throughput is lower, which
     * these services do not need), small thread stacks and a capped code cache and metaspace keep the rest of the
     * footprint bounded. A JVM that runs out of memory exits, so the supervisor (or Kubernetes) starts it afresh.
     */
    public static final List<String> JVM_OPTIONS = List.of(
            "-Xms32m", "-Xmx192m", "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m",
            "-XX:MaxDirectMemorySize=64m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError");

    public static ServiceProcess start(String name, Path application, int port, Map<String, String> environment, Path logDirectory)
            throws IOException {
        return start(name, application, port, environment, logDirectory, List.of());
    }

    /** @param extraJvmOptions after {@link #JVM_OPTIONS}, e.g. a class data sharing archive */
    public static ServiceProcess start(String name, Path application, int port, Map<String, String> environment, Path logDirectory,
            List<String> extraJvmOptions) throws IOException {
        if (!Files.isRegularFile(application)) {
            throw new IllegalStateException(application + " is missing: build first with ./mvnw package -DskipTests");
        }
        return run(name, javaCommand(application, extraJvmOptions), port, environment, logDirectory);
    }

    /** The command that starts a packaged Quarkus application with {@link #JVM_OPTIONS}. */
    public static List<String> javaCommand(Path application, List<String> extraJvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.addAll(extraJvmOptions);
        command.addAll(List.of("-jar", application.toString()));
        return command;
    }

    /** Runs any command as the service {@code name}, its output appended to {@code logDirectory/name.log}. */
    public static ServiceProcess run(String name, List<String> command, int port, Map<String, String> environment,
            Path logDirectory) throws IOException {
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        return new ServiceProcess(name, port, log, builder.start());
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Process process() {
        return process;
    }

    /** True once the readiness check answers 200 (database and Kafka reachable, migrations done). */
    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM, so Quarkus shuts down gracefully; killed if it has not stopped after the grace period. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
