package nl.spreiding.allocation.verdeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class BreukTest {

    @Test
    void isGenormaliseerd() {
        assertThat(Breuk.van(6, -4)).isEqualTo(Breuk.van(-3, 2));
        assertThat(Breuk.van(6, -4).noemer()).isEqualTo(BigInteger.TWO);
        assertThat(Breuk.van(new BigDecimal("0.250"))).isEqualTo(Breuk.van(1, 4));
        assertThat(Breuk.van(new BigDecimal("1E+3"))).isEqualTo(Breuk.van(1000));
        assertThatThrownBy(() -> Breuk.van(1, 0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void rondtAfZonderFoutenBijNegatieveWaarden() {
        assertThat(Breuk.van(-7, 2).naarBeneden()).isEqualTo(BigInteger.valueOf(-4));
        assertThat(Breuk.van(-7, 2).naarBoven()).isEqualTo(BigInteger.valueOf(-3));
        assertThat(Breuk.van(-7, 2).restNaKomma()).isEqualTo(Breuk.van(1, 2));
        assertThat(Breuk.van(7, 2).halfNaarBoven()).isEqualTo(BigInteger.valueOf(4));
        assertThat(Breuk.van(249_999, 100_000).halfNaarBoven()).isEqualTo(BigInteger.TWO);
        assertThat(Breuk.van(6).naarBoven()).isEqualTo(BigInteger.valueOf(6));
    }

    @Test
    void vergelijktExact() {
        // 1/3 + 1/3 + 1/3 is exactly 1, which no double sum of 0.333… guarantees.
        Breuk derde = Breuk.van(1, 3);
        assertThat(derde.plus(derde).plus(derde)).isEqualTo(Breuk.EEN);
        assertThat(Breuk.van(2, 3)).isGreaterThan(Breuk.van(665_000, 1_000_000));
        assertThat(derde.alsDecimaal()).isEqualTo(new BigDecimal("0.333333333333"));
    }

    @Test
    void weergaveMarkeertBenaderingen() {
        assertThat(Weergave.getal(Breuk.van(6, 5))).isEqualTo("1.2");
        assertThat(Weergave.getal(Breuk.van(2, 3))).isEqualTo("≈ 0.666666666667");
        // Truncated so that a remainder just below one half can never read as one half.
        assertThat(Weergave.rest(Breuk.van(4_999_999, 10_000_000))).isEqualTo("0.499999…");
        assertThat(Weergave.rest(Breuk.NUL)).isEqualTo("0");
    }
}
