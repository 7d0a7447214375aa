package nl.spreiding.allocation.referentiedata;

import java.util.ArrayList;
import java.util.List;

import nl.spreiding.allocation.csv.CsvBestand;
import nl.spreiding.platform.errors.DomainException.FieldError;

/**
 * Reads the CSV form of an OData TypedDataSet: a header of keys ({@code "ID";"WijkenEnBuurten";"Perioden";
 * "GemiddeldeScore_29"}, or {@code RegioS} as the region in tables such as 03759ned), semicolon separated, every
 * field quoted, codes padded with spaces ({@code "GM0014  "}), a decimal point, {@code .} or nothing for a suppressed
 * value. The file does not name its table.
 */
final class CbsODataCsv {

    private CbsODataCsv() {
    }

    /** Whether this header is one of a TypedDataSet: keys for the region and the period. */
    static boolean herkent(List<String> kop) {
        return kop.contains("Perioden") && (kop.contains("RegioS") || kop.contains("WijkenEnBuurten"));
    }

    static CbsTabel lees(List<CsvBestand.Regel> regels, String kolom) {
        List<String> kop = regels.get(0).velden().stream().map(String::trim).toList();
        // A table has one region dimension; should a file have both, RegioS holds the codes.
        int regio = kop.contains("RegioS") ? kop.indexOf("RegioS") : kop.indexOf("WijkenEnBuurten");
        int perioden = kop.indexOf("Perioden");
        int meting = kop.indexOf(kolom);
        if (meting < 0) {
            throw new GemeentenCsv.Afgekeurd(List.of(new FieldError("regel[1]." + kolom, "kolom ontbreekt; aanwezig zijn "
                    + kop)));
        }
        List<CbsTabel.Waarneming> waarnemingen = new ArrayList<>();
        for (CsvBestand.Regel regel : regels.subList(1, regels.size())) {
            List<String> velden = regel.velden();
            waarnemingen.add(new CbsTabel.Waarneming("regel[" + regel.regelnummer() + "]." + kolom, veld(velden, regio),
                    veld(velden, perioden), veld(velden, meting)));
        }
        return new CbsTabel(CbsTabel.Indeling.ODATA_CSV, null, kolom, waarnemingen, false);
    }

    static String veld(List<String> velden, int index) {
        return index >= 0 && index < velden.size() ? velden.get(index).trim() : "";
    }
}
