package nl.spreiding.local.launcher;

import java.nio.file.Path;

/** What the user asked for on the command line. */
record LaunchOptions(Path home, Path dataDirectory, boolean clean, int postgresPort, boolean help) {

    static final String USAGE = """
            Usage: ./run-local.sh [--clean] [--data-dir DIR] [--postgres-port PORT]

              --clean               remove the data of earlier runs first (databases, Kafka topics, logs)
              --data-dir DIR        where PostgreSQL, Kafka and the service logs keep their data
                                    (default: .spreiding-local in the project folder)
              --postgres-port PORT  port of the local PostgreSQL (default 15432; 0 picks a free one)
            """;

    static LaunchOptions parse(String[] args, Path home) {
        Path data = home.resolve(".spreiding-local");
        boolean clean = false;
        int port = 15432;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clean" -> clean = true;
                case "--data-dir" -> data = Path.of(value(args, ++i, "--data-dir")).toAbsolutePath();
                case "--postgres-port" -> port = Integer.parseInt(value(args, ++i, "--postgres-port"));
                case "-h", "--help" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n\n" + USAGE);
            }
        }
        return new LaunchOptions(home, data, clean, port, help);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n\n" + USAGE);
        }
        return args[index];
    }
}
