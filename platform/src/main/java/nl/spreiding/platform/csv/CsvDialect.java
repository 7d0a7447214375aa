package nl.spreiding.platform.csv;

import java.util.List;

import org.apache.commons.csv.CSVFormat;

import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.api.ProblemException;

/**
 * The two ways a CSV export is written. Programs want RFC 4180; Dutch Excel, opening a file by double-click, splits
 * on its list separator {@code ;}, reads {@code 0,5} as a number and needs a byte order mark to read UTF-8 (without
 * it, {@code Súdwest-Fryslân} shows as {@code SÃºdwest-FryslÃ¢n}).
 */
public enum CsvDialect {

    /** RFC 4180: comma, decimal point, CRLF, no byte order mark. The default. */
    RFC4180(CsvDialect.NAAM_RFC4180, ',', '.', false),
    /** What Dutch spreadsheets open by double-click: semicolon, decimal comma, UTF-8 with byte order mark, CRLF. */
    SPREADSHEET_NL(CsvDialect.NAAM_SPREADSHEET_NL, ';', ',', true);

    /** The query parameter that chooses the dialect of a CSV export. */
    public static final String PARAMETER = "dialect";
    public static final String NAAM_RFC4180 = "rfc4180";
    public static final String NAAM_SPREADSHEET_NL = "spreadsheet-nl";
    /** For {@code @Pattern} on the parameter. */
    public static final String PATROON = NAAM_RFC4180 + "|" + NAAM_SPREADSHEET_NL;
    public static final String MELDING = "moet " + NAAM_RFC4180 + " of " + NAAM_SPREADSHEET_NL + " zijn";
    /** For {@code @Parameter} on the parameter: the same words on every CSV export. */
    public static final String BESCHRIJVING = "Indeling van het CSV-bestand (alleen bij Accept: text/csv). "
            + NAAM_RFC4180 + " (standaard): RFC 4180, komma als scheidingsteken, punt als decimaalteken, UTF-8 zonder "
            + "BOM, CRLF. " + NAAM_SPREADSHEET_NL + ": wat Nederlandstalige Excel en LibreOffice met een dubbelklik "
            + "goed openen: puntkomma als scheidingsteken, komma als decimaalteken, UTF-8 met BOM, CRLF. In beide "
            + "indelingen begint een tekstcel die met =, +, -, @, tab of regeleinde begint met een apostrof, zodat "
            + "een spreadsheet haar niet als formule uitvoert.";

    private final String naam;
    private final char scheidingsteken;
    private final char decimaalteken;
    private final boolean byteOrderMark;

    CsvDialect(String naam, char scheidingsteken, char decimaalteken, boolean byteOrderMark) {
        this.naam = naam;
        this.scheidingsteken = scheidingsteken;
        this.decimaalteken = decimaalteken;
        this.byteOrderMark = byteOrderMark;
    }

    /**
     * The dialect named by the query parameter; RFC 4180 when it is absent.
     *
     * @throws ProblemException 400 for an unknown name
     */
    public static CsvDialect van(String naam) {
        if (naam == null || naam.isEmpty()) {
            return RFC4180;
        }
        for (CsvDialect dialect : values()) {
            if (dialect.naam.equals(naam)) {
                return dialect;
            }
        }
        throw ProblemException.invalid("De aanvraag bevat 1 ongeldig veld.",
                List.of(new Problem.InvalidParam(PARAMETER, MELDING)));
    }

    public String naam() {
        return naam;
    }

    public char scheidingsteken() {
        return scheidingsteken;
    }

    public char decimaalteken() {
        return decimaalteken;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** Commons CSV's format for this dialect: quotes only where needed, CRLF after every record. */
    CSVFormat formaat() {
        return CSVFormat.RFC4180.builder().setDelimiter(scheidingsteken).setRecordSeparator("\r\n").get();
    }
}
