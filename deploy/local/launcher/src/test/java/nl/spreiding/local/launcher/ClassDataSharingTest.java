package nl.spreiding.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    @TempDir
    Path map;

    private Path applicatie;
    private Path archief;

    @BeforeEach
    void bouw() throws IOException {
        applicatie = Files.createDirectories(map.resolve("quarkus-app")).resolve("quarkus-run.jar");
        Files.writeString(applicatie, "jar");
        Files.setLastModifiedTime(applicatie, FileTime.fromMillis(1_000_000));
        archief = map.resolve("cds").resolve("dienst.jsa");
    }

    @Test
    void zonderArchiefLegtDeEersteRunDeKlassenVast() {
        assertThat(ClassDataSharing.options(applicatie, archief)).contains("-XX:ArchiveClassesAtExit=" + archief);
    }

    @Test
    void eenArchiefVanDezeBuildWordtGebruikt() throws IOException {
        Files.createDirectories(archief.getParent());
        Files.writeString(archief, "archief");
        Files.setLastModifiedTime(archief, FileTime.fromMillis(2_000_000));

        assertThat(ClassDataSharing.options(applicatie, archief)).contains("-XX:SharedArchiveFile=" + archief);
    }

    @Test
    void naEenNieuweBuildWordtHetArchiefOpnieuwVastgelegd() throws IOException {
        Files.createDirectories(archief.getParent());
        Files.writeString(archief, "archief");
        Files.setLastModifiedTime(archief, FileTime.fromMillis(500_000));

        assertThat(ClassDataSharing.options(applicatie, archief)).contains("-XX:ArchiveClassesAtExit=" + archief);
    }
}
