package nl.spreiding.allocation.verdeling;

import java.util.Objects;

/**
 * Why a municipality's number is what it is after rounding, in words a civil servant can check.
 *
 * @param rangOverschot the position in the largest-remainder order (1 = largest remainder); null for other rules
 */
public record Afrondingsstap(Soort soort, Breuk restNaKomma, Integer rangOverschot, String toelichting) {

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

    public Afrondingsstap {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(restNaKomma, "restNaKomma");
        Objects.requireNonNull(toelichting, "toelichting");
    }

    static Afrondingsstap geheel() {
        return new Afrondingsstap(Soort.GEHEEL, Breuk.NUL, null, "geen afronding nodig (geheel getal)");
    }

    @Override
    public String toString() {
        return toelichting;
    }
}
