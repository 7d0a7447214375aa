package nl.spreiding.allocation.verdeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fast path ({@link Verdeelberekening#bereken}, long arithmetic over common denominators) gives exactly what the
 * reference path in {@link Breuk}s gives ({@link Verdeelberekening#berekenExact}): every fraction, every rounding step
 * and its text, every province, every explanation. Random inputs (QuickTheories) with many equal weights, so that equal
 * remainders (ties) decide places, for every rounding rule (largest remainder, per municipality, upwards) and every
 * correction family.
 */
class SnelleVerdeelberekeningTest {

    private static final List<Verdeelsleutel> SLEUTELS = List.of(Verdeelsleutel.SPREIDINGSWET_SES_WOA,
            Verdeelsleutel.SPREIDINGSWET_SES_WOA_EXACT, Verdeelsleutel.INWONERS, Verdeelsleutel.INWONERS_PER_GEMEENTE,
            Verdeelsleutel.STATUSHOUDERS,
            sleutel(new Correctie.Lineair(new BigDecimal("0.75")), Afronding.GROOTSTE_OVERSCHOT),
            sleutel(new Correctie.BegrensdLineair(new BigDecimal("1.5"), new BigDecimal("0.6"), new BigDecimal("1.25")),
                    Afronding.PER_GEMEENTE),
            sleutel(new Correctie.Banden(List.of(new Correctie.Band(null, new BigDecimal("-0.2"), new BigDecimal("0.8")),
                    new Correctie.Band(new BigDecimal("-0.2"), new BigDecimal("0.2"), BigDecimal.ONE),
                    new Correctie.Band(new BigDecimal("0.2"), null, new BigDecimal("1.35")))), Afronding.GROOTSTE_OVERSCHOT),
            sleutel(new Correctie.Banden(List.of(new Correctie.Band(null, BigDecimal.ZERO, new BigDecimal("0.9")),
                    new Correctie.Band(BigDecimal.ZERO, null, new BigDecimal("1.1")))), Afronding.NAAR_BOVEN));

    record Opdracht(int totaal, int amvTotaal) {
    }

    @Test
    void hetSnellePadGeeftPreciesHetzelfdeAlsHetExactePad() {
        qt().withExamples(150).forAll(gemeenten(), opdrachten()).checkAssert((gemeenten, opdracht) -> {
            for (Verdeelsleutel sleutel : SLEUTELS) {
                Verdeling snel = Verdeelberekening.bereken(sleutel, gemeenten, opdracht.totaal(), opdracht.amvTotaal());
                Verdeling exact = Verdeelberekening.berekenExact(sleutel, gemeenten, opdracht.totaal(), opdracht.amvTotaal());

                assertThat(snel).as(sleutel.aanduiding()).isEqualTo(exact);
            }
        });
    }

    @Test
    void hetSnellePadLegtElkeGemeenteInDezelfdeWoordenUitAlsHetExactePad() {
        qt().withExamples(20).forAll(gemeenten(), opdrachten()).checkAssert((gemeenten, opdracht) -> {
            for (Verdeelsleutel sleutel : SLEUTELS) {
                Verdeling snel = Verdeelberekening.bereken(sleutel, gemeenten, opdracht.totaal(), opdracht.amvTotaal());
                Verdeling exact = Verdeelberekening.berekenExact(sleutel, gemeenten, opdracht.totaal(), opdracht.amvTotaal());

                for (GemeenteOpgave g : exact.gemeenten()) {
                    assertThat(snel.uitleg(g.gemeentecode()).orElseThrow().regels())
                            .isEqualTo(exact.uitleg(g.gemeentecode()).orElseThrow().regels());
                }
            }
        });
    }

    @Test
    void getallenTeGrootVoorEenLongGevenHetzelfdeAlsHetExactePad() {
        // Weights near Long.MAX_VALUE / 10 and factors with 18 decimals leave the long range: the exact path answers.
        List<GemeenteInvoer> gemeenten = List.of(
                GemeenteInvoer.van("GM0001", "Groot", "PV20", 400_000_000_000_000_000L, new BigDecimal("0.123456789012345678")),
                GemeenteInvoer.van("GM0002", "Groter", "PV21", 500_000_000_000_000_000L, new BigDecimal("-0.3")),
                GemeenteInvoer.van("GM0003", "Klein", "PV21", 7, new BigDecimal("0.1")));

        for (Verdeelsleutel sleutel : SLEUTELS) {
            assertThat(Verdeelberekening.bereken(sleutel, gemeenten, 96_000, 8_140))
                    .isEqualTo(Verdeelberekening.berekenExact(sleutel, gemeenten, 96_000, 8_140));
        }
    }

    @Test
    void eenProductBovenDeLongGrensPerGemeenteGeeftHetzelfdeAlsHetExactePad() {
        // ΣW fits in a long but W × totaal does not: that one task goes through BigInteger.
        List<GemeenteInvoer> gemeenten = List.of(
                GemeenteInvoer.van("GM0001", "Groot", "PV20", 90_000_000_000_000L, new BigDecimal("0.5")),
                GemeenteInvoer.van("GM0002", "Klein", "PV21", 3, new BigDecimal("0.5")));

        for (Verdeelsleutel sleutel : SLEUTELS) {
            assertThat(Verdeelberekening.bereken(sleutel, gemeenten, 1_000_000, 500_000))
                    .isEqualTo(Verdeelberekening.berekenExact(sleutel, gemeenten, 1_000_000, 500_000));
        }
    }

    private static Verdeelsleutel sleutel(Correctie correctie, Afronding afronding) {
        return new Verdeelsleutel("TEST_" + correctie.familie() + "_" + afronding, 1, "Testsleutel", "Test", correctie,
                afronding, afronding, null, null);
    }

    private static Gen<Opdracht> opdrachten() {
        return integers().between(0, 200_000).zip(integers().between(0, 1_000_000),
                (totaal, deel) -> new Opdracht(totaal, (int) ((long) totaal * deel / 1_000_000)));
    }

    /**
     * 1..300 municipalities; a third of the sets draw inhabitants and scores from a handful of values, so many weights
     * are equal and equal remainders must be broken by weight and code; scores with 1 to 4 decimals, so the common
     * denominator varies; now and then a score of exactly -1 (weight 0).
     */
    private static Gen<List<GemeenteInvoer>> gemeenten() {
        return integers().between(1, 300).zip(longs().all(), SnelleVerdeelberekeningTest::gemeenten);
    }

    private static List<GemeenteInvoer> gemeenten(int aantal, long zaad) {
        Random random = new Random(zaad);
        boolean veelGelijk = random.nextInt(3) == 0;
        List<GemeenteInvoer> lijst = new ArrayList<>();
        for (int k = 0; k < aantal; k++) {
            String code = String.format("GM%04d", k * 7 + random.nextInt(7));
            long inwoners = veelGelijk ? 1_000 * (1 + random.nextInt(3)) : 1 + random.nextInt(1_000_000);
            int decimalen = 1 + random.nextInt(4);
            int grens = (int) Math.pow(10, decimalen);
            BigDecimal ses = veelGelijk ? BigDecimal.valueOf(random.nextInt(3) - 1, 1)
                    : random.nextInt(50) == 0 ? BigDecimal.ONE.negate()
                            : BigDecimal.valueOf(random.nextInt(grens * 6 / 5 + 1) - grens * 3 / 5, decimalen);
            String provincie = "PV" + (20 + random.nextInt(12));
            int bestaande = random.nextBoolean() ? 0 : random.nextInt(3_001);
            lijst.add(new GemeenteInvoer(code, "Gemeente " + code, provincie, inwoners, ses, bestaande));
        }
        return lijst;
    }
}
