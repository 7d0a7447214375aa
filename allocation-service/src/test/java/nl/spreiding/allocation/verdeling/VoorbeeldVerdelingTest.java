package nl.spreiding.allocation.verdeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A case small enough to compute by hand:
 *
 * <pre>
 * gemeente        inwoners  SES-WOA  gewicht              aandeel  × 13   × 13 per gemeente  × 13 grootste overschot
 * GM0001 Aastad     1000     0.2     1000 × 1.2 = 1200    0.2      2.6    3 (0.6 ≥ 0.5)      2 + 1 (overschot 0.6, plaats 2)
 * GM0002 Beekdorp   2000    -0.1     2000 × 0.9 = 1800    0.3      3.9    4 (0.9 ≥ 0.5)      3 + 1 (overschot 0.9, plaats 1)
 * GM0003 Cewolde    3000     0       3000 × 1.0 = 3000    0.5      6.5    7 (0.5 ≥ 0.5)      6     (overschot 0.5, plaats 3)
 * total                              6000                 1        13     14                 13 (floors 11, 2 left)
 *
 * AMV, amvTotaal 3 of 13: amv-deel = opgave × 3 / 13
 *   per gemeente:       3×3/13 = 9/13 ≈ 0.69 → 1;  4×3/13 = 12/13 ≈ 0.92 → 1;  7×3/13 = 21/13 ≈ 1.62 → 2;   sum 4
 *   grootste overschot: 9/13 ≈ 0.69 → 0+1;        12/13 ≈ 0.92 → 0+1;        6×3/13 = 18/13 ≈ 1.38 → 1; sum 3
 * Existing durable places: Beekdorp 5, Cewolde 2 → remaining (exact key) max(0, 4−5) = 0, max(0, 6−2) = 4.
 * Provinces: PV27 = Aastad + Beekdorp, PV28 = Cewolde.
 * </pre>
 */
class VoorbeeldVerdelingTest {

    static final List<GemeenteInvoer> GEMEENTEN = List.of(
            GemeenteInvoer.van("GM0003", "Cewolde", "PV28", 3000, new BigDecimal("0.000")).metBestaandeDuurzamePlaatsen(2),
            GemeenteInvoer.van("GM0001", "Aastad", "PV27", 1000, new BigDecimal("0.2")),
            GemeenteInvoer.van("GM0002", "Beekdorp", "PV27", 2000, new BigDecimal("-0.1")).metBestaandeDuurzamePlaatsen(5));

    @Test
    void perGemeenteAfrondenVolgtDeGepubliceerdeWerkwijze() {
        Verdeling v = Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA, GEMEENTEN, 13, 3);

        assertThat(v.gemeenten()).extracting(GemeenteOpgave::gemeentecode).containsExactly("GM0001", "GM0002", "GM0003");
        assertThat(v.gemeenten()).extracting(GemeenteOpgave::gewicht)
                .containsExactly(Breuk.van(1200), Breuk.van(1800), Breuk.van(3000));
        assertThat(v.totaalGewicht()).isEqualTo(Breuk.van(6000));
        assertThat(v.gemeenten()).extracting(GemeenteOpgave::aandeel)
                .containsExactly(Breuk.van(1, 5), Breuk.van(3, 10), Breuk.van(1, 2));
        assertThat(v.gemeenten()).extracting(GemeenteOpgave::onafgerondeOpgave)
                .containsExactly(Breuk.van(26, 10), Breuk.van(39, 10), Breuk.van(65, 10));
        assertThat(v.gemeenten()).extracting(GemeenteOpgave::opgave).containsExactly(3, 4, 7);
        assertThat(v.gemeenten()).extracting(g -> g.afrondingsstap().toelichting()).containsExactly(
                "afgerond naar boven (0.6 ≥ 0.5)", "afgerond naar boven (0.9 ≥ 0.5)", "afgerond naar boven (0.5 ≥ 0.5)");
        assertThat(v.somOpgaven()).isEqualTo(14);
        assertThat(v.afwijkingVanTotaal()).isEqualTo(1);

        assertThat(v.gemeenten()).extracting(GemeenteOpgave::amvOnafgerond)
                .containsExactly(Breuk.van(9, 13), Breuk.van(12, 13), Breuk.van(21, 13));
        assertThat(v.gemeenten()).extracting(GemeenteOpgave::amv).containsExactly(1, 1, 2);
        assertThat(v.somAmv()).isEqualTo(4);
        assertThat(v.gemeenten()).extracting(GemeenteOpgave::resterendeOpgave).containsExactly(3, 0, 5);
    }

    @Test
    void grootsteOverschotTeltPreciesOp() {
        Verdeling v = Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA_EXACT, GEMEENTEN, 13, 3);

        assertThat(v.gemeenten()).extracting(GemeenteOpgave::opgave).containsExactly(3, 4, 6);
        assertThat(v.gemeenten()).extracting(g -> g.afrondingsstap().rangOverschot()).containsExactly(2, 1, 3);
        assertThat(v.gemeente("GM0001").orElseThrow().afrondingsstap().toelichting())
                .startsWith("grootste overschot: +1 op plaats 2 van 3");
        assertThat(v.gemeente("GM0003").orElseThrow().afrondingsstap().soort())
                .isEqualTo(Afrondingsstap.Soort.OVERSCHOT_NIET_TOEGEKEND);
        assertThat(v.somOpgaven()).isEqualTo(13);
        assertThat(v.afwijkingVanTotaal()).isZero();

        assertThat(v.gemeenten()).extracting(GemeenteOpgave::amvOnafgerond)
                .containsExactly(Breuk.van(9, 13), Breuk.van(12, 13), Breuk.van(18, 13));
        assertThat(v.gemeenten()).extracting(GemeenteOpgave::amv).containsExactly(1, 1, 1);
        assertThat(v.somAmv()).isEqualTo(3);
        assertThat(v.gemeenten()).extracting(GemeenteOpgave::resterendeOpgave).containsExactly(3, 0, 4);

        assertThat(v.provincies()).containsExactly(
                new ProvincieOpgave("PV27", 2, 3000, Breuk.van(65, 10), 7, 2, 5, 3),
                new ProvincieOpgave("PV28", 1, 3000, Breuk.van(65, 10), 6, 1, 2, 4));
        // Across the province Beekdorp's surplus place covers one of Aastad's: 7 − 5 = 2, not 3 + 0.
        assertThat(v.provincie("PV27").orElseThrow().resterendNaVerrekening()).isEqualTo(2);
    }

    @Test
    void perGemeenteAfrondenKanTweePlaatsenTeVeelGeven() {
        // Four equal weights (1000 × 1.2 = 1500 × 0.8 = 1200 × 1 = 800 × 1.5 = 1200): 10 places → 2.5 each → 3 each = 12.
        List<GemeenteInvoer> gelijk = List.of(
                GemeenteInvoer.van("GM0004", "Dalen", "PV22", 800, new BigDecimal("0.5")),
                GemeenteInvoer.van("GM0003", "Cewolde", "PV22", 1200, BigDecimal.ZERO),
                GemeenteInvoer.van("GM0002", "Beekdorp", "PV22", 1500, new BigDecimal("-0.2")),
                GemeenteInvoer.van("GM0001", "Aastad", "PV22", 1000, new BigDecimal("0.2")));

        Verdeling perGemeente = Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA, gelijk, 10);
        assertThat(perGemeente.gemeenten()).extracting(GemeenteOpgave::onafgerondeOpgave).containsOnly(Breuk.van(5, 2));
        assertThat(perGemeente.gemeenten()).extracting(GemeenteOpgave::opgave).containsExactly(3, 3, 3, 3);
        assertThat(perGemeente.somOpgaven()).isEqualTo(12);
        assertThat(perGemeente.afwijkingVanTotaal()).isEqualTo(2);
        assertThat(perGemeente.provincie("PV22").orElseThrow().opgave()).isEqualTo(12);

        // Largest remainder: 2 places left for four equal remainders and weights → the two lowest codes.
        Verdeling exact = Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA_EXACT, gelijk, 10);
        assertThat(exact.gemeenten()).extracting(GemeenteOpgave::opgave).containsExactly(3, 3, 2, 2);
        assertThat(exact.afwijkingVanTotaal()).isZero();
    }

    @Test
    void gelijkOverschotGaatEerstNaarHetGrootsteGewicht() {
        // Weights 300 and 500 of 4 places: 1.5 and 2.5, one place left; equal remainders, so the larger weight wins
        // even though its code is higher.
        List<GemeenteInvoer> twee = List.of(
                GemeenteInvoer.van("GM0001", "Aastad", "PV20", 300, null),
                GemeenteInvoer.van("GM0002", "Beekdorp", "PV20", 500, null));

        Verdeling v = Verdeelberekening.bereken(Verdeelsleutel.INWONERS, twee, 4);

        assertThat(v.gemeenten()).extracting(GemeenteOpgave::opgave).containsExactly(1, 3);
    }

    @Test
    void amvDeelVolgtHetGepubliceerdePaarVanBloemendaal() {
        // Weights chosen so that one municipality's task is exactly 169 of 96000, Bloemendaal's published task;
        // its published AMV part is 14 = round(169 × 8140 / 96000 = 14.33).
        List<GemeenteInvoer> gemeenten = List.of(
                GemeenteInvoer.van("GM0377", "Bloemendaal", "PV27", 169, BigDecimal.ZERO),
                GemeenteInvoer.van("GM0363", "Rest van Nederland", "PV27", 95_831, BigDecimal.ZERO));

        Verdeling v = Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA, gemeenten, 96_000, 8_140);

        GemeenteOpgave bloemendaal = v.gemeente("GM0377").orElseThrow();
        assertThat(bloemendaal.opgave()).isEqualTo(169);
        assertThat(bloemendaal.amvOnafgerond()).isEqualTo(Breuk.van(169L * 8140, 96_000));
        assertThat(bloemendaal.amv()).isEqualTo(14);
        assertThat(v.gemeente("GM0363").orElseThrow().amv()).isEqualTo(8126); // 95831 × 8140 / 96000 = 8125.67
    }

    @Test
    void statushoudersWordenNaarBovenAfgerond() {
        // 10 statushouders over 1000 : 2000 : 3000 inhabitants → 1.67, 3.33, 5 → 2, 4, 5 (sum 11 ≥ 10).
        Verdeling v = Verdeelberekening.bereken(Verdeelsleutel.STATUSHOUDERS, GEMEENTEN, 10);

        assertThat(v.gemeenten()).extracting(GemeenteOpgave::opgave).containsExactly(2, 4, 5);
        assertThat(v.gemeente("GM0003").orElseThrow().afrondingsstap().soort()).isEqualTo(Afrondingsstap.Soort.GEHEEL);
        assertThat(v.somOpgaven()).isEqualTo(11);
        assertThat(v.heeftAmvDeel()).isFalse();
        assertThat(v.gemeenten()).extracting(GemeenteOpgave::amv).containsOnly(0);
    }

    @Test
    void weergaveVanExacteWaardenHeeftTwaalfDecimalen() {
        Verdeling v = Verdeelberekening.bereken(Verdeelsleutel.INWONERS, GEMEENTEN, 10);

        GemeenteOpgave aastad = v.gemeente("GM0001").orElseThrow();
        assertThat(aastad.aandeel()).isEqualTo(Breuk.van(1, 6));
        assertThat(aastad.aandeelDecimaal()).isEqualByComparingTo("0.166666666667");
        assertThat(aastad.aandeelDecimaal().scale()).isEqualTo(12);
        assertThat(aastad.onafgerondeOpgaveDecimaal()).isEqualByComparingTo("1.666666666667");
    }

    @Test
    void geenTotaalGeeftNulPlaatsen() {
        Verdeling v = Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA_EXACT, GEMEENTEN, 0, 0);

        assertThat(v.gemeenten()).extracting(GemeenteOpgave::opgave).containsOnly(0);
        assertThat(v.gemeenten()).extracting(GemeenteOpgave::aandeel)
                .containsExactly(Breuk.van(1, 5), Breuk.van(3, 10), Breuk.van(1, 2));
    }
}
