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

    /**
     * In lowest terms unless {@link #genormaliseerd} is false; noemer > 0 always. Null in a value made from longs
     * ({@link #lui(long, long)}) until first needed, then {@link #kleineTeller}/{@link #kleineNoemer} as BigIntegers: a
     * benign race, BigInteger being immutable with final fields.
     */
    private BigInteger teller;
    private BigInteger noemer;
    private final long kleineTeller;
    private final long kleineNoemer;
    private final boolean genormaliseerd;
    /** Lowest terms of a lazily created value, computed once when asked; a benign race (its fields are final). */
    private Breuk normaal;

    /** Only for already normalised values: noemer > 0 and gcd(teller, noemer) = 1; equals relies on it. */
    private Breuk(BigInteger teller, BigInteger noemer) {
        this(teller, noemer, true);
    }

    private Breuk(BigInteger teller, BigInteger noemer, boolean genormaliseerd) {
        this.teller = teller;
        this.noemer = noemer;
        this.kleineTeller = 0;
        this.kleineNoemer = 0;
        this.genormaliseerd = genormaliseerd;
    }

    /** Not normalised, no BigInteger yet: the fast calculation makes six of these per municipality. */
    private Breuk(long teller, long noemer) {
        this.kleineTeller = teller;
        this.kleineNoemer = noemer;
        this.genormaliseerd = noemer == 1;
    }

    private BigInteger t() {
        BigInteger t = teller;
        if (t == null) {
            t = BigInteger.valueOf(kleineTeller);
            teller = t;
        }
        return t;
    }

    private BigInteger n() {
        BigInteger n = noemer;
        if (n == null) {
            n = BigInteger.valueOf(kleineNoemer);
            noemer = n;
        }
        return n;
    }

    /**
     * The fraction teller/noemer (noemer &gt; 0), brought to lowest terms only when its teller, noemer, equality or text
     * is asked for. The fast calculation makes several fractions per municipality that are mostly only compared or
     * shown as decimals; a gcd for each would cost more than the whole calculation.
     */
    static Breuk lui(long teller, long noemer) {
        if (noemer <= 0) {
            throw new ArithmeticException("noemer moet positief zijn: " + noemer);
        }
        return new Breuk(teller, noemer);
    }

    /** As {@link #lui(long, long)}. */
    static Breuk lui(BigInteger teller, BigInteger noemer) {
        if (noemer.signum() <= 0) {
            throw new ArithmeticException("noemer moet positief zijn: " + noemer);
        }
        return new Breuk(teller, noemer, noemer.equals(BigInteger.ONE));
    }

    private Breuk normaal() {
        if (genormaliseerd) {
            return this;
        }
        Breuk n = normaal;
        if (n == null) {
            n = van(t(), n());
            normaal = n;
        }
        return n;
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
        return normaal().t();
    }

    public BigInteger noemer() {
        return normaal().n();
    }

    public Breuk plus(Breuk b) {
        return van(t().multiply(b.n()).add(b.t().multiply(n())), n().multiply(b.n()));
    }

    public Breuk min(Breuk b) {
        return van(t().multiply(b.n()).subtract(b.t().multiply(n())), n().multiply(b.n()));
    }

    public Breuk maal(Breuk b) {
        return van(t().multiply(b.t()), n().multiply(b.n()));
    }

    public Breuk maal(long factor) {
        return van(t().multiply(BigInteger.valueOf(factor)), n());
    }

    public Breuk gedeeldDoor(Breuk b) {
        if (b.signum() == 0) {
            throw new ArithmeticException("deling door 0");
        }
        return van(t().multiply(b.n()), n().multiply(b.t()));
    }

    public int signum() {
        return teller == null ? Long.signum(kleineTeller) : teller.signum();
    }

    public boolean isGeheel() {
        return normaal().n().equals(BigInteger.ONE);
    }

    /** floor: the largest integer ≤ this value (also for negative values, unlike BigInteger.divide). */
    public BigInteger naarBeneden() {
        BigInteger[] qr = t().divideAndRemainder(n());
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** ceil: the smallest integer ≥ this value. */
    public BigInteger naarBoven() {
        BigInteger[] qr = t().divideAndRemainder(n());
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** Rounds to the nearest integer, exactly one half upwards: floor(x + 1/2). */
    public BigInteger halfNaarBoven() {
        return plus(HALF).naarBeneden();
    }

    /** x − floor(x), always in [0, 1). */
    public Breuk restNaKomma() {
        return van(t().mod(n()), n());
    }

    public BigDecimal alsDecimaal(int decimalen, RoundingMode afronding) {
        return new BigDecimal(t()).divide(new BigDecimal(n()), decimalen, afronding);
    }

    /** The value with {@link #WEERGAVE_DECIMALEN} decimals, half up: for display only, never to calculate with. */
    public BigDecimal alsDecimaal() {
        return alsDecimaal(WEERGAVE_DECIMALEN, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Breuk b) {
        return t().multiply(b.n()).compareTo(b.t().multiply(n()));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Breuk b)) {
            return false;
        }
        Breuk x = normaal();
        Breuk y = b.normaal();
        return x.t().equals(y.t()) && x.n().equals(y.n());
    }

    @Override
    public int hashCode() {
        Breuk x = normaal();
        return 31 * x.t().hashCode() + x.n().hashCode();
    }

    @Override
    public String toString() {
        Breuk x = normaal();
        return x.isGeheel() ? x.t().toString() : x.t() + "/" + x.n();
    }
}
