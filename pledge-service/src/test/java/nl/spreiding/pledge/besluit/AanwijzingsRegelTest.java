package nl.spreiding.pledge.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.spreiding.pledge.besluit.AanwijzingsRegel.Achterstand;

class AanwijzingsRegelTest {

    @Test
    void hetTekortKomtAlleenNaarRatoBijGemeentenDieAchterblijven() {
        Map<String, Integer> uitkomst = AanwijzingsRegel.verdeel(170, List.of(new Achterstand("GM0363", 0),
                new Achterstand("GM0392", 100), new Achterstand("GM0361", 100), new Achterstand("GM0394", 70)));
        // 170 × 100/270 = 62.96, 62.96, 170 × 70/270 = 44.07: floors 62 + 62 + 44 = 168, the two largest remainders +1.
        assertThat(uitkomst).containsExactly(Map.entry("GM0361", 63), Map.entry("GM0392", 63), Map.entry("GM0394", 44));
    }

    @Test
    void bijGelijkeStandBeslistDeGrootsteAchterstandDanDeLaagsteCode() {
        // 10 over lacks 3, 3, 3, 6 (L = 15): quotas 2, 2, 2, 4 exactly: no remainder.
        assertThat(AanwijzingsRegel.verdeel(10, List.of(new Achterstand("GM0003", 3), new Achterstand("GM0001", 3),
                new Achterstand("GM0002", 3), new Achterstand("GM0004", 6))))
                .containsExactly(Map.entry("GM0001", 2), Map.entry("GM0002", 2), Map.entry("GM0003", 2),
                        Map.entry("GM0004", 4));
        // 2 over lacks 1, 1, 1 (L = 3): every remainder is 2, one place each to the lowest codes.
        assertThat(AanwijzingsRegel.verdeel(2, List.of(new Achterstand("GM0009", 1), new Achterstand("GM0005", 1),
                new Achterstand("GM0007", 1)))).containsExactly(Map.entry("GM0005", 1), Map.entry("GM0007", 1));
        // 1 over lacks 2 and 4 (L = 6): remainders 2 and 4, the larger remainder wins.
        assertThat(AanwijzingsRegel.verdeel(1, List.of(new Achterstand("GM0001", 2), new Achterstand("GM0002", 4))))
                .containsExactly(Map.entry("GM0002", 1));
    }

    @Test
    void deAanwijzingenTellenPreciesOpTotHetTekort() {
        List<Achterstand> gemeenten = List.of(new Achterstand("GM0001", 7), new Achterstand("GM0002", 13),
                new Achterstand("GM0003", 29), new Achterstand("GM0004", 1), new Achterstand("GM0005", 0));
        List<Achterstand> omgekeerd = new java.util.ArrayList<>(gemeenten);
        java.util.Collections.reverse(omgekeerd);
        for (int tekort = 1; tekort <= 200; tekort++) {
            Map<String, Integer> uitkomst = AanwijzingsRegel.verdeel(tekort, gemeenten);
            assertThat(uitkomst.values().stream().mapToInt(Integer::intValue).sum()).as("tekort %d", tekort)
                    .isEqualTo(tekort);
            assertThat(uitkomst).doesNotContainKey("GM0005");
            assertThat(AanwijzingsRegel.verdeel(tekort, omgekeerd)).isEqualTo(uitkomst);
        }
    }

    @Test
    void zonderTekortOfAchterblijversWordtNietsVoorgesteld() {
        assertThat(AanwijzingsRegel.verdeel(0, List.of(new Achterstand("GM0001", 5)))).isEmpty();
        assertThat(AanwijzingsRegel.verdeel(12, List.of(new Achterstand("GM0001", 0)))).isEmpty();
    }
}
