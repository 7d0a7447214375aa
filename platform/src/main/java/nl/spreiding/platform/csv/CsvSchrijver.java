package nl.spreiding.platform.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a CSV export in a {@link CsvDialect}: a header and rows of typed cells. Text cells that a spreadsheet would
 * run as a formula get a leading apostrophe and quotes (OWASP). A text cell holding a comma or a semicolon is
 * quoted in both dialects, so that a spreadsheet that splits on the other separator cannot make a new cell of it.
 */
public final class CsvSchrijver {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CsvDialect dialect;
    private final CSVFormat waarNodig;
    private final CSVFormat altijd;
    private final StringBuilder uitvoer = new StringBuilder();

    public CsvSchrijver(CsvDialect dialect, List<String> kolommen) {
        this.dialect = dialect;
        this.waarNodig = dialect.formaat();
        this.altijd = waarNodig.builder().setQuoteMode(QuoteMode.ALL).get();
        if (dialect.byteOrderMark()) {
            uitvoer.append(BYTE_ORDER_MARK);
        }
        regel(kolommen.stream().map(CsvCel::tekst).toList());
    }

    public CsvSchrijver regel(CsvCel... cellen) {
        return regel(List.of(cellen));
    }

    public CsvSchrijver regel(List<CsvCel> cellen) {
        try {
            boolean eerste = true;
            for (CsvCel cel : cellen) {
                schrijf(cel, eerste);
                eerste = false;
            }
            waarNodig.println(uitvoer);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return this;
    }

    private void schrijf(CsvCel cel, boolean eerste) throws IOException {
        if (cel instanceof CsvCel.Tekst t) {
            boolean formule = Formulecel.begintAlsFormule(t.waarde());
            boolean scheiding = t.waarde().indexOf(',') >= 0 || t.waarde().indexOf(';') >= 0;
            (formule || scheiding ? altijd : waarNodig).print(Formulecel.neutraliseer(t.waarde()), uitvoer, eerste);
        } else if (cel instanceof CsvCel.GeheelGetal g) {
            waarNodig.print(Long.toString(g.waarde()), uitvoer, eerste);
        } else if (cel instanceof CsvCel.Decimaal d) {
            waarNodig.print(d.waarde().toPlainString().replace('.', dialect.decimaalteken()), uitvoer, eerste);
        } else {
            waarNodig.print("", uitvoer, eerste);
        }
    }

    public CsvDialect dialect() {
        return dialect;
    }

    public String alsTekst() {
        return uitvoer.toString();
    }

    /** The file as sent: UTF-8 (with its byte order mark if the dialect has one). */
    public byte[] alsBytes() {
        return alsTekst().getBytes(StandardCharsets.UTF_8);
    }
}
