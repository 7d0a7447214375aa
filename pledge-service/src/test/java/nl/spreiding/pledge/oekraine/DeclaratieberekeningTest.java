package nl.spreiding.pledge.oekraine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.spreiding.pledge.oekraine.Declaratieberekening.Periode;
import nl.spreiding.pledge.oekraine.Declaratieberekening.Uitkomst;

/** Worked examples: per day occupied places × the amount in force that day. */
class DeclaratieberekeningTest {

    private static final List<Periode> PERIODEN = List.of(
            new Periode(LocalDate.of(2022, 10, 15), 8_300, false, "83"),
            new Periode(LocalDate.of(2022, 3, 1), 10_000, true, "100"));

    @Test
    void eenMaandMetEenWisselingVanHetNormbedragTeltElkeDagTegenHaarEigenBedrag() {
        // 1-14 October 2022: 100 places a day at EUR 100; 15-31 October: 110 places a day at EUR 83.
        long[] dagen = new long[31];
        Arrays.fill(dagen, 0, 14, 100);
        Arrays.fill(dagen, 14, 31, 110);
        Uitkomst u = Declaratieberekening.bereken(YearMonth.of(2022, 10), dagen, PERIODEN);
        assertThat(u.regels()).hasSize(2);
        assertThat(u.regels().get(0).bedragCent()).isEqualTo(1_400L * 10_000);
        assertThat(u.regels().get(1).bedragCent()).isEqualTo(1_870L * 8_300);
        assertThat(u.bedragCent()).isEqualTo(29_521_000L);
        assertThat(u.plaatsdagen()).isEqualTo(3_270L);
        assertThat(u.toelichting()).contains("€ 295.210,00");
    }

    @Test
    void dagenVoorHetEersteNormbedragLeverenNietsOp() {
        long[] dagen = new long[28];
        Arrays.fill(dagen, 5);
        Uitkomst u = Declaratieberekening.bereken(YearMonth.of(2022, 2), dagen, PERIODEN);
        assertThat(u.bedragCent()).isZero();
        assertThat(u.regels().get(0).bedragPerDagCent()).isNull();
    }

    @Test
    void eenTellingMetTeWeinigDagenWordtGeweigerd() {
        assertThatThrownBy(() -> Declaratieberekening.bereken(YearMonth.of(2022, 10), new long[30], PERIODEN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
