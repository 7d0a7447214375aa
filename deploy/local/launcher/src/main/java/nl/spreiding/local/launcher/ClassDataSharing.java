package nl.spreiding.local.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * Application class data sharing for the services of the local stack: the first run of a build records the classes
 * it loaded into an archive when it exits ({@code -XX:ArchiveClassesAtExit}), every later run maps them instead of
 * loading, verifying and parsing them again, which took a quarter to a third off a service's startup here
 * (bench/budgets.sh machine: 15.9-19.5 s to 13.1-13.2 s at a load of about 20). A new build makes the archive
 * stale (the JVM would ignore it), so an archive older than the application is recorded afresh.
 */
final class ClassDataSharing {

    private ClassDataSharing() {
    }

    static List<String> options(Path application, Path archive) {
        try {
            Files.createDirectories(archive.getParent());
            if (Files.isRegularFile(archive) && newestIn(application.getParent()).compareTo(Files.getLastModifiedTime(archive)) <= 0) {
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
            }
            Files.deleteIfExists(archive);
            return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** The newest modification time of the packaged application (quarkus-run.jar and its lib, app and quarkus folders). */
    private static FileTime newestIn(Path quarkusApp) throws IOException {
        try (Stream<Path> files = Files.walk(quarkusApp)) {
            return files.filter(Files::isRegularFile).map(ClassDataSharing::modified).max(FileTime::compareTo)
                    .orElse(FileTime.fromMillis(0));
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
