package nl.spreiding.local.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What the user asked for on the command line. */
record LaunchOptions(Path home, Path dataDirectory, boolean clean, int postgresPort, int kafkaPort, List<String> services,
        boolean help) {

    static final int DEFAULT_POSTGRES_PORT = 15432;
    static final int DEFAULT_KAFKA_PORT = 19092;
    static final List<String> ALL_SERVICES = List.of("allocation-service", "pledge-service", "notification-service");

    static final String USAGE = """
            Usage: ./run-local.sh [--clean] [--data-dir DIR] [--postgres-port PORT] [--kafka-port PORT] [--services LIST]

              --clean               remove the data of earlier runs first (databases, Kafka topics, logs)
              --data-dir DIR        where PostgreSQL, Kafka and the service logs keep their data
                                    (default: .spreiding-local in the project folder)
              --postgres-port PORT  port of the local PostgreSQL (default 15432; 0 picks a free one)
              --kafka-port PORT     port of the local Kafka broker (default 19092; 0 picks a free one)
              --services LIST       which services to run, comma-separated (default: all three);
                                    "none" runs only PostgreSQL and Kafka (each service's settings are in
                                    DIR/env/<service>.env, to start one by hand or from an IDE)
            """;

    static LaunchOptions parse(String[] args, Path home) {
        Path data = home.resolve(".spreiding-local");
        boolean clean = false;
        int postgresPort = DEFAULT_POSTGRES_PORT;
        int kafkaPort = DEFAULT_KAFKA_PORT;
        List<String> services = ALL_SERVICES;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clean" -> clean = true;
                case "--data-dir" -> data = Path.of(value(args, ++i, "--data-dir")).toAbsolutePath();
                case "--postgres-port" -> postgresPort = port(value(args, ++i, "--postgres-port"), "--postgres-port");
                case "--kafka-port" -> kafkaPort = port(value(args, ++i, "--kafka-port"), "--kafka-port");
                case "--services" -> services = services(value(args, ++i, "--services"));
                case "-h", "--help" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n\n" + USAGE);
            }
        }
        return new LaunchOptions(home, data, clean, postgresPort, kafkaPort, services, help);
    }

    private static List<String> services(String list) {
        if (list.equals("none")) {
            return List.of();
        }
        List<String> chosen = Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String service : chosen) {
            if (!ALL_SERVICES.contains(service)) {
                throw new IllegalArgumentException("Unknown service " + service + " (known: " + ALL_SERVICES + ", or none)");
            }
        }
        return chosen;
    }

    private static int port(String value, String option) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a port number (0 to 65535), not " + value);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n\n" + USAGE);
        }
        return args[index];
    }
}
