package nl.spreiding.platform.csv;

import java.math.BigDecimal;

/**
 * One typed cell of a CSV export. The type decides how a dialect writes it: a number gets the dialect's decimal
 * sign and is never taken for a formula (a negative number starts with {@code -}); a text may be.
 */
public sealed interface CsvCel {

    record Tekst(String waarde) implements CsvCel {
    }

    record GeheelGetal(long waarde) implements CsvCel {
    }

    record Decimaal(BigDecimal waarde) implements CsvCel {
    }

    record Leeg() implements CsvCel {
    }

    /** A text; {@code null} is an empty cell. */
    static CsvCel tekst(Object waarde) {
        return waarde == null ? new Leeg() : new Tekst(waarde.toString());
    }

    static CsvCel getal(long waarde) {
        return new GeheelGetal(waarde);
    }

    /** An integer; {@code null} is an empty cell. */
    static CsvCel getal(Integer waarde) {
        return waarde == null ? new Leeg() : new GeheelGetal(waarde);
    }

    /** An integer; {@code null} is an empty cell. */
    static CsvCel getal(Long waarde) {
        return waarde == null ? new Leeg() : new GeheelGetal(waarde);
    }

    /** A decimal, written in full (no exponent); {@code null} is an empty cell. */
    static CsvCel getal(BigDecimal waarde) {
        return waarde == null ? new Leeg() : new Decimaal(waarde);
    }
}
