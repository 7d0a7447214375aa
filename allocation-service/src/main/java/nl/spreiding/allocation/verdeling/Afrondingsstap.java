package nl.spreiding.allocation.verdeling;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Why a municipality's number is what it is after rounding, in words a civil servant can check. A value: equal when
 * kind, remainder, rank and text are equal. The fast calculation gives the text as a recipe ({@link #lui}) that is
 * written out once, when first asked: for 100,000 regions the texts cost more than the arithmetic, and a simulation
 * that only reads the numbers never needs them.
 */
public final class Afrondingsstap {

    public enum Soort {
        /** The unrounded value was already whole. */
        GEHEEL,
        NAAR_BOVEN_AFGEROND,
        NAAR_BENEDEN_AFGEROND,
        /** Largest remainder: one of the places left after flooring went to this municipality. */
        OVERSCHOT_TOEGEKEND,
        /** Largest remainder: floored, the remaining places went to larger remainders. */
        OVERSCHOT_NIET_TOEGEKEND
    }

    private static final String GEHEEL = "geen afronding nodig (geheel getal)";
    private static final Afrondingsstap GEHEEL_ZONDER_RANG = new Afrondingsstap(Soort.GEHEEL, Breuk.NUL, null, GEHEEL);
    /** No rank (rules other than largest remainder); a rank is ≥ 1. */
    private static final int GEEN_RANG = 0;

    private final Soort soort;
    private final Breuk restNaKomma;
    /** An int, not an Integer: boxing 100,000 ranks above 127 would allocate 100,000 objects. */
    private final int rang;
    /** Null when the text was given; kept after use, so that a racing reader always finds a recipe. */
    private final Supplier<String> recept;
    /** Written once from the recipe; a benign race: two threads write equal immutable Strings. */
    private String toelichting;

    /** @param rangOverschot the position in the largest-remainder order (1 = largest remainder); null for other rules */
    public Afrondingsstap(Soort soort, Breuk restNaKomma, Integer rangOverschot, String toelichting) {
        this(soort, restNaKomma, rangOverschot == null ? GEEN_RANG : rangOverschot, null,
                Objects.requireNonNull(toelichting, "toelichting"));
    }

    private Afrondingsstap(Soort soort, Breuk restNaKomma, int rang, Supplier<String> recept, String toelichting) {
        this.soort = Objects.requireNonNull(soort, "soort");
        this.restNaKomma = Objects.requireNonNull(restNaKomma, "restNaKomma");
        this.rang = rang;
        this.recept = recept;
        this.toelichting = toelichting;
    }

    /**
     * A step whose text is written only when asked for; the recipe must give the same text every time.
     *
     * @param rangOverschot the position in the largest-remainder order, from 1
     */
    static Afrondingsstap lui(Soort soort, Breuk restNaKomma, int rangOverschot, Supplier<String> toelichting) {
        return new Afrondingsstap(soort, restNaKomma, rangOverschot, Objects.requireNonNull(toelichting, "toelichting"), null);
    }

    /** As {@link #lui(Soort, Breuk, int, Supplier)}, for a rule without a rank. */
    static Afrondingsstap lui(Soort soort, Breuk restNaKomma, Supplier<String> toelichting) {
        return lui(soort, restNaKomma, GEEN_RANG, toelichting);
    }

    static Afrondingsstap geheel() {
        return GEHEEL_ZONDER_RANG;
    }

    /** A whole value at this place in the largest-remainder order. */
    static Afrondingsstap geheel(Breuk restNaKomma, int rangOverschot) {
        return new Afrondingsstap(Soort.GEHEEL, restNaKomma, rangOverschot, null, GEHEEL);
    }

    public Soort soort() {
        return soort;
    }

    public Breuk restNaKomma() {
        return restNaKomma;
    }

    /** The position in the largest-remainder order (1 = largest remainder); null for other rules. */
    public Integer rangOverschot() {
        return rang == GEEN_RANG ? null : rang;
    }

    public String toelichting() {
        String tekst = toelichting;
        if (tekst == null) {
            tekst = recept.get();
            toelichting = tekst;
        }
        return tekst;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Afrondingsstap s && soort == s.soort && rang == s.rang && restNaKomma.equals(s.restNaKomma)
                && toelichting().equals(s.toelichting());
    }

    @Override
    public int hashCode() {
        return Objects.hash(soort, restNaKomma, rang, toelichting());
    }

    @Override
    public String toString() {
        return toelichting();
    }
}
