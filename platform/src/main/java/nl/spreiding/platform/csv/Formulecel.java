package nl.spreiding.platform.csv;

/**
 * CSV formula injection (OWASP): a spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return as a formula, which can fetch URLs or start programs on the reader's machine.
 * Exports neutralise such text cells; uploads refuse names that start so.
 */
public final class Formulecel {

    /** The characters in words, for messages. */
    public static final String TEKENS = "=, +, -, @, tab of regeleinde";

    private Formulecel() {
    }

    public static boolean begintAlsFormule(String tekst) {
        if (tekst == null || tekst.isEmpty()) {
            return false;
        }
        return switch (tekst.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    /** OWASP's advice: a leading apostrophe makes the spreadsheet show the text as text (the writer also quotes it). */
    static String neutraliseer(String tekst) {
        return begintAlsFormule(tekst) ? "'" + tekst : tekst;
    }
}
