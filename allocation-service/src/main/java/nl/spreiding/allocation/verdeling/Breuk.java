package nl.spreiding.allocation.verdeling;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact fraction (teller/noemer). Shares of the national estimate are not finite decimals (1/3 of a place exists),
 * and a double would make the largest-remainder order depend on representation error, so the calculation never
 * leaves exact arithmetic; decimals appear only for display.
 */
public final class Breuk implements Comparable<Breuk> {

    /** Decimals used when an exact value is shown as a decimal number. */
    public static final int WEERGAVE_DECIMALEN = 12;

    public static final Breuk NUL = new Breuk(BigInteger.ZERO, BigInteger.ONE);
    public static final Breuk EEN = new Breuk(BigInteger.ONE, BigInteger.ONE);
    private static final Breuk HALF = new Breuk(BigInteger.ONE, BigInteger.TWO);

    private final BigInteger teller;
    private final BigInteger noemer;

    /** Only for already normalised values: noemer > 0 and gcd(teller, noemer) = 1; equals relies on it. */
    private Breuk(BigInteger teller, BigInteger noemer) {
        this.teller = teller;
        this.noemer = noemer;
    }

    public static Breuk van(BigInteger teller, BigInteger noemer) {
        Objects.requireNonNull(teller, "teller");
        Objects.requireNonNull(noemer, "noemer");
        if (noemer.signum() == 0) {
            throw new ArithmeticException("noemer is 0");
        }
        if (noemer.signum() < 0) {
            teller = teller.negate();
            noemer = noemer.negate();
        }
        BigInteger ggd = teller.gcd(noemer);
        if (!ggd.equals(BigInteger.ONE)) {
            teller = teller.divide(ggd);
            noemer = noemer.divide(ggd);
        }
        return new Breuk(teller, noemer);
    }

    public static Breuk van(long teller, long noemer) {
        return van(BigInteger.valueOf(teller), BigInteger.valueOf(noemer));
    }

    public static Breuk van(long geheel) {
        return new Breuk(BigInteger.valueOf(geheel), BigInteger.ONE);
    }

    /** Exact: a decimal is unscaledValue / 10^scale. */
    public static Breuk van(BigDecimal decimaal) {
        Objects.requireNonNull(decimaal, "decimaal");
        if (decimaal.scale() <= 0) {
            return new Breuk(decimaal.toBigIntegerExact(), BigInteger.ONE);
        }
        return van(decimaal.unscaledValue(), BigInteger.TEN.pow(decimaal.scale()));
    }

    public BigInteger teller() {
        return teller;
    }

    public BigInteger noemer() {
        return noemer;
    }

    public Breuk plus(Breuk b) {
        return van(teller.multiply(b.noemer).add(b.teller.multiply(noemer)), noemer.multiply(b.noemer));
    }

    public Breuk min(Breuk b) {
        return van(teller.multiply(b.noemer).subtract(b.teller.multiply(noemer)), noemer.multiply(b.noemer));
    }

    public Breuk maal(Breuk b) {
        return van(teller.multiply(b.teller), noemer.multiply(b.noemer));
    }

    public Breuk maal(long factor) {
        return van(teller.multiply(BigInteger.valueOf(factor)), noemer);
    }

    public Breuk gedeeldDoor(Breuk b) {
        if (b.signum() == 0) {
            throw new ArithmeticException("deling door 0");
        }
        return van(teller.multiply(b.noemer), noemer.multiply(b.teller));
    }

    public int signum() {
        return teller.signum();
    }

    public boolean isGeheel() {
        return noemer.equals(BigInteger.ONE);
    }

    /** floor: the largest integer ≤ this value (also for negative values, unlike BigInteger.divide). */
    public BigInteger naarBeneden() {
        BigInteger[] qr = teller.divideAndRemainder(noemer);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** ceil: the smallest integer ≥ this value. */
    public BigInteger naarBoven() {
        return isGeheel() ? teller : naarBeneden().add(BigInteger.ONE);
    }

    /** Rounds to the nearest integer, exactly one half upwards: floor(x + 1/2). */
    public BigInteger halfNaarBoven() {
        return plus(HALF).naarBeneden();
    }

    /** x − floor(x), always in [0, 1). */
    public Breuk restNaKomma() {
        return van(teller.mod(noemer), noemer);
    }

    public BigDecimal alsDecimaal(int decimalen, RoundingMode afronding) {
        return new BigDecimal(teller).divide(new BigDecimal(noemer), decimalen, afronding);
    }

    /** The value with {@link #WEERGAVE_DECIMALEN} decimals, half up: for display only, never to calculate with. */
    public BigDecimal alsDecimaal() {
        return alsDecimaal(WEERGAVE_DECIMALEN, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Breuk b) {
        return teller.multiply(b.noemer).compareTo(b.teller.multiply(noemer));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Breuk b && teller.equals(b.teller) && noemer.equals(b.noemer);
    }

    @Override
    public int hashCode() {
        return 31 * teller.hashCode() + noemer.hashCode();
    }

    @Override
    public String toString() {
        return isGeheel() ? teller.toString() : teller + "/" + noemer;
    }
}
