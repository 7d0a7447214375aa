package nl.spreiding.allocation.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.spreiding.platform.errors.DomainException;

/**
 * Reads RFC 4180 CSV with Apache Commons CSV: quoted fields may hold the separator, quotes ("") and line breaks. The
 * separator is taken from the header line: a comma (our documented layout) or a semicolon (CBS StatLine and Excel in
 * Dutch). Each record keeps the line on which it starts, so that an error names the line a spreadsheet shows.
 * Exports are written by the platform's {@code CsvSchrijver}.
 */
public final class CsvBestand {

    /** One record with the line on which it starts (the header is line 1). */
    public record Regel(int regelnummer, List<String> velden) {
    }

    private CsvBestand() {
    }

    /** Every non-blank record; a field left open at the end of the file ends there. */
    public static List<Regel> lees(String tekst) {
        return lees(tekst, scheidingsteken(tekst));
    }

    /**
     * The same with a known separator: a CBS export is always semicolon separated, and its first line may be a title
     * whose quoted text holds commas.
     */
    public static List<Regel> lees(String tekst, char scheidingsteken) {
        String inhoud = zonderBom(tekst);
        // Empty lines are read (and skipped below) so that the parser's line count stays the file's.
        CSVFormat formaat = CSVFormat.RFC4180.builder().setDelimiter(scheidingsteken).setIgnoreEmptyLines(false)
                .setLenientEof(true).setTrailingData(true).get();
        List<Regel> regels = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(inhoud)).setFormat(formaat).get()) {
            // After each record the parser stands at the line where it ended; the next one begins on the line after.
            long vorigeEinde = 0;
            for (CSVRecord record : parser) {
                int beginRegel = (int) vorigeEinde + 1;
                vorigeEinde = parser.getCurrentLineNumber();
                boolean leeg = record.size() == 1 && record.get(0).isBlank();
                if (!leeg) {
                    regels.add(new Regel(beginRegel, record.toList()));
                }
            }
            return regels;
        } catch (IOException | UncheckedIOException e) {
            // Lenient as the format is set, a String reader leaves nothing to fail on; still, never a 500 for a file.
            throw ongeldig();
        }
    }

    private static DomainException ongeldig() {
        return DomainException.invalid("Het bestand is afgekeurd: 1 probleem; er is niets gewijzigd.",
                "bestand", "is geen geldige CSV");
    }

    private static String zonderBom(String tekst) {
        return tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
    }

    /**
     * The separator of a file: a semicolon if the header has one and no comma, else a comma. A semicolon file comes
     * from a Dutch spreadsheet, which writes a decimal comma.
     */
    public static char scheidingsteken(String tekst) {
        String inhoud = zonderBom(tekst);
        int einde = inhoud.indexOf('\n');
        String kop = einde < 0 ? inhoud : inhoud.substring(0, einde);
        return kop.indexOf(';') >= 0 && kop.indexOf(',') < 0 ? ';' : ',';
    }
}
