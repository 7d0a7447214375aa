package nl.spreiding.allocation.verdeling;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * How exact values appear in explanations: exactly when the decimal expansion ends within the shown decimals,
 * otherwise marked as an approximation, so a reader never mistakes a rounded display for the value calculated with.
 */
final class Weergave {

    private static final int REST_DECIMALEN = 6;

    private Weergave() {
    }

    /** "1200", "0.2" or "≈ 0.333333333333". */
    static String getal(Breuk waarde) {
        BigDecimal exact = eindigend(waarde, Breuk.WEERGAVE_DECIMALEN);
        return exact != null ? kaal(exact) : "≈ " + waarde.alsDecimaal().toPlainString();
    }

    static String getal(BigDecimal waarde) {
        return kaal(waarde);
    }

    /**
     * A fractional part for a rounding step. Truncated, never rounded, and marked "…" when cut off: 0.4999999 must not
     * read as "0.50 &lt; 0.5".
     */
    static String rest(Breuk rest) {
        BigDecimal exact = eindigend(rest, REST_DECIMALEN);
        return exact != null ? kaal(exact) : rest.alsDecimaal(REST_DECIMALEN, RoundingMode.DOWN).toPlainString() + "…";
    }

    /**
     * {@link #rest(Breuk)} of teller/noemer (0 &lt; teller &lt; noemer ≤ Long.MAX_VALUE / 10) by long division, digit by
     * digit, without a fraction or a BigDecimal: the same text, for the fast calculation.
     */
    static String rest(long teller, long noemer) {
        StringBuilder tekst = new StringBuilder(REST_DECIMALEN + 3).append("0.");
        long rest = teller;
        int laatsteNietNul = 0;
        for (int i = 1; i <= REST_DECIMALEN; i++) {
            rest *= 10;
            long cijfer = rest / noemer;
            rest -= cijfer * noemer;
            tekst.append((char) ('0' + cijfer));
            if (cijfer != 0) {
                laatsteNietNul = i;
            }
        }
        if (rest == 0) {
            tekst.setLength(2 + laatsteNietNul);
            return tekst.toString();
        }
        return tekst.append('…').toString();
    }

    private static BigDecimal eindigend(Breuk waarde, int decimalen) {
        Breuk geschaald = waarde.maal(Breuk.van(BigInteger.TEN.pow(decimalen), BigInteger.ONE));
        return geschaald.isGeheel() ? new BigDecimal(geschaald.teller(), decimalen) : null;
    }

    private static String kaal(BigDecimal waarde) {
        return waarde.signum() == 0 ? "0" : waarde.stripTrailingZeros().toPlainString();
    }
}
