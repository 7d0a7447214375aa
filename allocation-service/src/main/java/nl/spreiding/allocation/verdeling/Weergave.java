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

    private static BigDecimal eindigend(Breuk waarde, int decimalen) {
        Breuk geschaald = waarde.maal(Breuk.van(BigInteger.TEN.pow(decimalen), BigInteger.ONE));
        return geschaald.isGeheel() ? new BigDecimal(geschaald.teller(), decimalen) : null;
    }

    private static String kaal(BigDecimal waarde) {
        return waarde.signum() == 0 ? "0" : waarde.stripTrailingZeros().toPlainString();
    }
}
