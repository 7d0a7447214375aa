package nl.spreiding.allocation.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvBestandTest {

    @Test
    void elkeRegelKentDeRegelWaaropHijBegint() {
        List<CsvBestand.Regel> regels = CsvBestand.lees("a,b\r\n1,\"twee\nregels\"\n\n3,\"x\"\"y\"\n4,z");
        assertThat(regels).containsExactly(new CsvBestand.Regel(1, List.of("a", "b")),
                new CsvBestand.Regel(2, List.of("1", "twee\nregels")), new CsvBestand.Regel(5, List.of("3", "x\"y")),
                new CsvBestand.Regel(6, List.of("4", "z")));
    }

    @Test
    void hetScheidingstekenKomtUitDeKopregelEnDeBomTeltNiet() {
        assertThat(CsvBestand.lees("\uFEFFa;b\n1,5;2\n")).containsExactly(new CsvBestand.Regel(1, List.of("a", "b")),
                new CsvBestand.Regel(2, List.of("1,5", "2")));
    }

    @Test
    void eenVeldDatOpenBlijftEindigtAanHetEindVanHetBestand() {
        assertThat(CsvBestand.lees("a,b\n1,\"open")).containsExactly(new CsvBestand.Regel(1, List.of("a", "b")),
                new CsvBestand.Regel(2, List.of("1", "open")));
    }

    @Test
    void eenRegelMetAlleenSpatiesWordtOvergeslagen() {
        assertThat(CsvBestand.lees("a\n   \r\nb\r\n")).containsExactly(new CsvBestand.Regel(1, List.of("a")),
                new CsvBestand.Regel(3, List.of("b")));
    }
}
