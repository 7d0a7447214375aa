package nl.spreiding.pledge.oekraine;

import java.math.BigDecimal;
import java.util.List;

import nl.spreiding.platform.csv.CsvCel;
import nl.spreiding.platform.csv.CsvDialect;
import nl.spreiding.platform.csv.CsvSchrijver;
import nl.spreiding.pledge.oekraine.OekraineDtos.DeclaratieDto;
import nl.spreiding.pledge.oekraine.OekraineDtos.RegelDto;

/** A month's declaration as CSV: one row per period with one daily amount, then the total. */
public final class DeclaratieCsv {

    public static final List<String> KOLOMMEN = List.of("gemeentecode", "maand", "van", "tot", "dagen", "plaatsdagen",
            "bedragPerDagCent", "bedragCent", "bedragEuro", "aanname", "toelichting");

    private DeclaratieCsv() {
    }

    public static CsvSchrijver csv(DeclaratieDto d, CsvDialect dialect) {
        CsvSchrijver csv = new CsvSchrijver(dialect, KOLOMMEN);
        for (RegelDto r : d.regels()) {
            csv.regel(CsvCel.tekst(d.gemeentecode()), CsvCel.tekst(d.maand()), CsvCel.tekst(r.van()),
                    CsvCel.tekst(r.tot()), CsvCel.getal(r.dagen()), CsvCel.getal(r.plaatsdagen()),
                    CsvCel.getal(r.bedragPerDagCent()), CsvCel.getal(r.bedragCent()),
                    CsvCel.getal(BigDecimal.valueOf(r.bedragCent(), 2)), CsvCel.tekst(r.aanname() ? "ja" : "nee"),
                    CsvCel.tekst(r.toelichting()));
        }
        csv.regel(CsvCel.tekst(d.gemeentecode()), CsvCel.tekst(d.maand()), CsvCel.tekst("TOTAAL"), CsvCel.tekst(""),
                CsvCel.tekst(""), CsvCel.getal(d.plaatsdagen()), CsvCel.tekst(""), CsvCel.getal(d.bedragCent()),
                CsvCel.getal(BigDecimal.valueOf(d.bedragCent(), 2)), CsvCel.tekst(""), CsvCel.tekst(d.toelichting()));
        return csv;
    }
}
