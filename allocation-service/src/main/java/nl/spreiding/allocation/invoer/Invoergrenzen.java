package nl.spreiding.allocation.invoer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The ranges every number, date and text of this service's input is checked against before any arithmetic or
 * storage: the database columns (db/migration) and what the law's figures can be. Input outside them is a 400 that
 * names the field, never an overflow or a database error.
 */
public final class Invoergrenzen {

    public static final int EERSTE_JAAR = 1900;
    public static final int LAATSTE_JAAR = 2200;

    /** A SES-WOA score of -1 or lower would give a weight of zero or less; real municipal scores lie near 0. */
    public static final BigDecimal SES_ONDERGRENS = new BigDecimal("-1");
    public static final BigDecimal SES_BOVENGRENS = new BigDecimal("1");

    /** More than any municipality can have (the Netherlands has about 18 million inhabitants). */
    public static final long MAX_INWONERS = 100_000_000L;
    public static final BigDecimal MAX_INWONERS_DECIMAAL = BigDecimal.valueOf(MAX_INWONERS);
    /** As many places as a capacity estimate may hold (see NieuweCapaciteitsraming). */
    public static final int MAX_PLAATSEN = 1_000_000;

    /** gemeente.naam, verdeling_gemeente.naam: varchar(100). */
    public static final int MAX_GEMEENTENAAM = 100;
    /** verdeling.sleutel_code: varchar(60). */
    public static final int MAX_SLEUTELCODE = 60;
    /** referentiedata_wijziging.bron is varchar(300): it names the CBS column and period. */
    public static final int MAX_CBS_KOLOM = 100;
    public static final int MAX_CBS_PERIODE = 20;
    /** A number in a CSV file is read only when its text is this short: longer is no figure of ours. */
    public static final int MAX_GETAL_TEKENS = 30;

    private Invoergrenzen() {
    }

    /** A value from the input as it may appear in a message: quoted, and cut off when long. */
    public static String citaat(String waarde) {
        return "'" + (waarde.length() <= 40 ? waarde : waarde.substring(0, 40) + "…") + "'";
    }

    /** Why this is no number of inhabitants, or null when it is one: a whole number from 1 to MAX_INWONERS. */
    public static String inwonersFout(BigDecimal waarde) {
        if (waarde.signum() <= 0 || waarde.compareTo(MAX_INWONERS_DECIMAAL) > 0 || waarde.stripTrailingZeros().scale() > 0) {
            return "aantal inwoners " + waarde + " is geen geheel getal van 1 tot en met " + MAX_INWONERS;
        }
        return null;
    }

    /** Why this is no SES-WOA score, or null when it is one: between -1 and 1 (exclusive), at most 3 decimals. */
    public static String sesWoaFout(BigDecimal waarde) {
        if (waarde.compareTo(SES_ONDERGRENS) <= 0 || waarde.compareTo(SES_BOVENGRENS) >= 0) {
            return "SES-WOA-score " + waarde + " ligt niet tussen -1 en 1 (exclusief)";
        }
        if (waarde.stripTrailingZeros().scale() > 3) {
            return "SES-WOA-score " + waarde + " heeft meer dan 3 decimalen (CBS publiceert er 3)";
        }
        return null;
    }

    public static boolean isRedelijk(LocalDate datum) {
        return datum.getYear() >= EERSTE_JAAR && datum.getYear() <= LAATSTE_JAAR;
    }

    /**
     * Why a text cannot be stored in a column of {@code maximum} characters, or null when it can. PostgreSQL counts
     * characters (code points) and refuses the NUL character in any text.
     */
    public static String tekstFout(String tekst, int maximum) {
        if (tekst.codePointCount(0, tekst.length()) > maximum) {
            return "is langer dan " + maximum + " tekens";
        }
        if (tekst.indexOf('\0') >= 0) {
            return "bevat het teken NUL (U+0000)";
        }
        return null;
    }
}
