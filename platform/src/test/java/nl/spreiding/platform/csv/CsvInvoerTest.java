package nl.spreiding.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.api.ProblemException;

class CsvInvoerTest {

    private static final String BESTAND = "gemeentecode;gemeentenaam\r\nGM0014;Groningen\r\nGM1900;Súdwest-Fryslân\r\n";

    @Test
    void eenWindows1252BestandWordtGeweigerdMetHetRegelnummer() {
        byte[] windows1252 = BESTAND.getBytes(Charset.forName("windows-1252"));

        ProblemException fout = catchThrowableOfType(ProblemException.class, () -> CsvInvoer.alsUtf8(windows1252));

        assertThat(fout.problem().status()).isEqualTo(400);
        assertThat(fout.problem().invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("regel[3]");
        assertThat(fout.problem().invalidParams().get(0).reason()).startsWith("byte 0xFA op positie 9 van de regel");
    }

    @Test
    void eenUtf8BestandMetBomWordtGelezenZoalsHetIs() {
        byte[] utf8 = ("\uFEFF" + BESTAND).getBytes(StandardCharsets.UTF_8);

        assertThat(CsvInvoer.alsUtf8(utf8)).isEqualTo("\uFEFF" + BESTAND);
    }

    @Test
    void eenAfgebrokenUtf8TekenAanHetEindeWordtGeweigerd() {
        byte[] utf8 = "GM1900;Súdwest-Fryslâ".getBytes(StandardCharsets.UTF_8);
        byte[] afgebroken = Arrays.copyOf(utf8, utf8.length - 1);

        ProblemException fout = catchThrowableOfType(ProblemException.class, () -> CsvInvoer.alsUtf8(afgebroken));

        assertThat(fout.problem().invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("regel[1]");
    }
}
