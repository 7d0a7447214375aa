package nl.spreiding.allocation.csv;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a number from a CSV cell as people and spreadsheets write it. A Dutch spreadsheet writes a decimal comma
 * ({@code 0,123}) and, if the cell is formatted so, a point or space between thousands ({@code 931.298}); a
 * thousands separator is refused with a message that says so, never read as a decimal sign.
 */
public final class CsvGetal {

    /** Groups of three digits after a first group of one to three (not starting with 0, so 0.123 is no group). */
    private static final Pattern DUIZENDTALLEN = Pattern.compile("[+-]?[1-9]\\d{0,2}([.,'\\s\\u00A0\\u202F]\\d{3})+([.,]\\d+)?");
    private static final Pattern SPATIE = Pattern.compile("[\\s\\u00A0\\u202F]");

    private CsvGetal() {
    }

    /** Why a cell is not the number it should be, in words for the caller. */
    public static final class Ongeldig extends Exception {
        public Ongeldig(String reden) {
            super(reden, null, false, false);
        }
    }

    public static long geheel(String waarde) throws Ongeldig {
        try {
            return Long.parseLong(waarde);
        } catch (NumberFormatException e) {
            if (DUIZENDTALLEN.matcher(waarde).matches()) {
                throw new Ongeldig("'" + waarde + "' bevat een scheidingsteken voor duizendtallen; schrijf het getal "
                        + "zonder, zoals " + waarde.replaceAll("[^0-9+-]", ""));
            }
            throw new Ongeldig("'" + waarde + "' is geen geheel getal");
        }
    }

    /**
     * @param decimaleKomma true for a file from a Dutch spreadsheet (semicolon separated): a comma is the decimal
     *            sign, and a point too when there is no comma (CBS and other programs write one)
     */
    public static BigDecimal decimaal(String waarde, boolean decimaleKomma) throws Ongeldig {
        boolean komma = waarde.indexOf(',') >= 0;
        boolean punt = waarde.indexOf('.') >= 0;
        if (SPATIE.matcher(waarde).find() || (decimaleKomma && komma && punt)
                || (decimaleKomma && waarde.indexOf(',') != waarde.lastIndexOf(','))) {
            throw duizendtallen(waarde);
        }
        try {
            return new BigDecimal(decimaleKomma ? waarde.replace(',', '.') : waarde);
        } catch (NumberFormatException e) {
            if (DUIZENDTALLEN.matcher(waarde).matches()) {
                throw duizendtallen(waarde);
            }
            throw new Ongeldig("'" + waarde + "' is geen decimaal getal (" + (decimaleKomma
                    ? "gebruik een komma als decimaalteken, zoals -0,123)" : "gebruik een punt, zoals -0.123)"));
        }
    }

    private static Ongeldig duizendtallen(String waarde) {
        return new Ongeldig("'" + waarde + "' bevat een scheidingsteken voor duizendtallen; schrijf het getal zonder "
                + "punten of spaties tussen de cijfers en met één decimaalteken");
    }
}
