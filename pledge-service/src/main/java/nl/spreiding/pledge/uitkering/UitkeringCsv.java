package nl.spreiding.pledge.uitkering;

import java.math.BigDecimal;
import java.util.List;

import nl.spreiding.platform.csv.CsvCel;
import nl.spreiding.platform.csv.CsvDialect;
import nl.spreiding.platform.csv.CsvSchrijver;
import nl.spreiding.pledge.uitkering.UitkeringDtos.Overzicht;
import nl.spreiding.pledge.uitkering.UitkeringDtos.RechtDto;
import nl.spreiding.pledge.uitkering.UitkeringDtos.Totaal;

/** The overview as CSV: one row per municipality, then per province, then the total; amounts in cents and in euros. */
public final class UitkeringCsv {

    public static final List<String> KOLOMMEN = List.of("niveau", "code", "naam", "provinciecode", "opgave",
            "duurzamePlaatsen", "automatischCent", "opAanvraagCent", "toegekendCent", "totaalEuro", "status",
            "toelichting");

    private UitkeringCsv() {
    }

    public static CsvSchrijver csv(Overzicht o, CsvDialect dialect) {
        CsvSchrijver csv = new CsvSchrijver(dialect, KOLOMMEN);
        for (RechtDto r : o.gemeenten()) {
            csv.regel(CsvCel.tekst("GEMEENTE"), CsvCel.tekst(r.gemeentecode()), CsvCel.tekst(r.naam()),
                    CsvCel.tekst(r.provinciecode()), CsvCel.getal(r.opgave()), CsvCel.getal(r.duurzamePlaatsen()),
                    CsvCel.getal(r.automatischCent()), CsvCel.getal(r.opAanvraagCent()), CsvCel.getal(r.toegekendCent()),
                    CsvCel.getal(euro(r.automatischCent() + r.opAanvraagCent())), CsvCel.tekst(r.status()),
                    CsvCel.tekst(r.toelichting()));
        }
        for (Totaal t : o.provincies()) {
            totaal(csv, t);
        }
        if (o.provinciecode() == null) {
            totaal(csv, o.landelijk());
        }
        return csv;
    }

    private static void totaal(CsvSchrijver csv, Totaal t) {
        csv.regel(CsvCel.tekst(t.niveau()), CsvCel.tekst(t.code()), CsvCel.tekst(""), CsvCel.tekst(""),
                CsvCel.tekst(""), CsvCel.getal(t.duurzamePlaatsen()), CsvCel.getal(t.automatischCent()),
                CsvCel.getal(t.opAanvraagCent()), CsvCel.getal(t.toegekendCent()),
                CsvCel.getal(euro(t.automatischCent() + t.opAanvraagCent())), CsvCel.tekst(""),
                CsvCel.tekst(t.gemeenten() + " gemeenten"));
    }

    private static BigDecimal euro(long cent) {
        return BigDecimal.valueOf(cent, 2);
    }
}
