package nl.spreiding.allocation.referentiedata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spreiding.platform.errors.DomainException;

/**
 * A CBS period of a year, as the layouts write it: {@code 2022JJ00} (OData key; whether it is provisional is not in
 * the data), {@code 2022} (StatLine, final), {@code 2022*} or {@code 2022 (voorlopig)} (StatLine, provisional; also
 * "nader voorlopig").
 *
 * @param voorlopig true or false as the file marks it, null when its layout cannot say
 */
record CbsPeriode(int jaar, Boolean voorlopig) {

    private static final Pattern SLEUTEL = Pattern.compile("(\\d{4})JJ00");
    private static final Pattern LABEL = Pattern.compile("(\\d{4})\\s*(\\*{1,2}|\\(?\\s*(nader\\s+)?voorlopig\\s*\\)?)?",
            Pattern.CASE_INSENSITIVE);

    /** @return the period, or null when the text is no yearly period (a quarter, a month, nothing) */
    static CbsPeriode van(String tekst) {
        String t = tekst.trim();
        Matcher sleutel = SLEUTEL.matcher(t);
        if (sleutel.matches()) {
            return new CbsPeriode(Integer.parseInt(sleutel.group(1)), null);
        }
        Matcher label = LABEL.matcher(t);
        if (label.matches()) {
            return new CbsPeriode(Integer.parseInt(label.group(1)), label.group(2) != null);
        }
        return null;
    }

    /**
     * The report year a caller asked for: {@code verslagjaar}, or the year of the older parameter {@code periode}
     * ({@code 2022JJ00}); null when neither is given. Both, for different years, is refused.
     */
    static Integer verslagjaar(Integer verslagjaar, String periode) {
        CbsPeriode uitPeriode = periode == null ? null : van(periode);
        if (periode != null && uitPeriode == null) {
            throw DomainException.invalid("De periode is geen jaar.", "periode", "moet een CBS-periode van een jaar zijn, zoals 2022JJ00");
        }
        if (verslagjaar != null && uitPeriode != null && uitPeriode.jaar() != verslagjaar) {
            throw DomainException.invalid("Verslagjaar en periode spreken elkaar tegen.", "periode",
                    "is " + periode + ", maar verslagjaar is " + verslagjaar + "; geef er één");
        }
        return verslagjaar != null ? verslagjaar : uitPeriode == null ? null : uitPeriode.jaar();
    }
}
