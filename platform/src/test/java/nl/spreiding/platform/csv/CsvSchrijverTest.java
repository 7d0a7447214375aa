package nl.spreiding.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvSchrijverTest {

    private static final List<String> KOLOMMEN = List.of("code", "naam", "aantalInwoners", "sesWoaScore");

    private static CsvSchrijver schrijver(CsvDialect dialect) {
        return new CsvSchrijver(dialect, KOLOMMEN)
                .regel(CsvCel.tekst("GM1900"), CsvCel.tekst("Súdwest-Fryslân"), CsvCel.getal(91_096L),
                        CsvCel.getal(new BigDecimal("-0.105")));
    }

    @Test
    void rfc4180SchrijftKommaPuntEnCrlfZonderBom() {
        assertThat(schrijver(CsvDialect.RFC4180).alsTekst()).isEqualTo(
                "code,naam,aantalInwoners,sesWoaScore\r\nGM1900,Súdwest-Fryslân,91096,-0.105\r\n");
    }

    @Test
    void spreadsheetNlSchrijftPuntkommaDecimaleKommaEnCrlf() {
        assertThat(schrijver(CsvDialect.SPREADSHEET_NL).alsTekst()).isEqualTo(
                "\uFEFFcode;naam;aantalInwoners;sesWoaScore\r\nGM1900;Súdwest-Fryslân;91096;-0,105\r\n");
    }

    @Test
    void spreadsheetNlBegintMetDeUtf8Bom() {
        byte[] bytes = schrijver(CsvDialect.SPREADSHEET_NL).alsBytes();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'c');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Súdwest-Fryslân");
    }

    @Test
    void eenDecimaalGetalKrijgtNooitEenExponent() {
        String csv = new CsvSchrijver(CsvDialect.SPREADSHEET_NL, List.of("aandeel"))
                .regel(CsvCel.getal(new BigDecimal("1E-7"))).alsTekst();
        assertThat(csv).endsWith("\r\n0,0000001\r\n");
    }

    @Test
    void eenTekstDieAlsFormuleBegintKrijgtEenApostrofEnAanhalingstekens() {
        for (String formule : List.of("=HYPERLINK(\"http://x\")", "+31", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            String csv = new CsvSchrijver(CsvDialect.RFC4180, List.of("naam")).regel(CsvCel.tekst(formule)).alsTekst();
            assertThat(csv).as(formule).isEqualTo("naam\r\n\"'" + formule.replace("\"", "\"\"") + "\"\r\n");
        }
    }

    @Test
    void eenNegatiefGetalWordtNietGeneutraliseerd() {
        String csv = new CsvSchrijver(CsvDialect.RFC4180, List.of("a", "b"))
                .regel(CsvCel.getal(-5L), CsvCel.getal(new BigDecimal("-0.5"))).alsTekst();
        assertThat(csv).isEqualTo("a,b\r\n-5,-0.5\r\n");
    }

    @Test
    void eenTekstMetKommaOfPuntkommaStaatInBeideDialectenTussenAanhalingstekens() {
        for (CsvDialect dialect : CsvDialect.values()) {
            String csv = new CsvSchrijver(dialect, List.of("naam"))
                    .regel(CsvCel.tekst("Nuenen, Gerwen en Nederwetten")).regel(CsvCel.tekst("a;=1+1")).alsTekst();
            assertThat(csv).as(dialect.naam())
                    .endsWith("\r\n\"Nuenen, Gerwen en Nederwetten\"\r\n\"a;=1+1\"\r\n");
        }
    }

    @Test
    void eenOntbrekendeWaardeIsEenLegeCel() {
        String csv = new CsvSchrijver(CsvDialect.RFC4180, List.of("a", "b", "c"))
                .regel(CsvCel.tekst("x"), CsvCel.getal((BigDecimal) null), CsvCel.getal((Integer) null)).alsTekst();
        assertThat(csv).isEqualTo("a,b,c\r\nx,,\r\n");
    }
}
