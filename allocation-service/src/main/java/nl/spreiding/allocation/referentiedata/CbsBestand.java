package nl.spreiding.allocation.referentiedata;

import java.util.List;

import nl.spreiding.allocation.csv.CsvBestand;
import nl.spreiding.platform.errors.DomainException.FieldError;

/**
 * Recognises which of CBS's layouts a file is in and hands it to that layout's reader: JSON (an OData TypedDataSet),
 * a CSV whose header names the keys {@code Perioden} and {@code WijkenEnBuurten} or {@code RegioS} (the TypedDataSet as
 * CSV), or a CSV with a line of Dutch labels starting {@code "Wijken en buurten";"Perioden"} (StatLine's download with
 * statistical symbols). The content decides, not the Content-Type: a saved file keeps its layout, not its header.
 */
final class CbsBestand {

    private CbsBestand() {
    }

    static CbsTabel lees(String tekst, String kolom) {
        String inhoud = tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
        if (inhoud.isBlank()) {
            throw afgekeurd("regel[1]", "het bestand is leeg");
        }
        if (inhoud.stripLeading().startsWith("{")) {
            return CbsODataJson.lees(inhoud, kolom);
        }
        List<CsvBestand.Regel> regels = CsvBestand.lees(inhoud, scheidingsteken(inhoud));
        List<String> kop = regels.get(0).velden().stream().map(String::trim).toList();
        if (CbsODataCsv.herkent(kop)) {
            return CbsODataCsv.lees(regels, kolom);
        }
        int labelregel = CbsStatlineSymbolenCsv.labelregel(regels);
        if (labelregel >= 0) {
            return CbsStatlineSymbolenCsv.lees(regels, labelregel, kolom);
        }
        throw afgekeurd("regel[1]", "geen CBS-export herkend: verwacht JSON van een OData TypedDataSet, een CSV met de "
                + "kolommen WijkenEnBuurten (of RegioS) en Perioden, of StatLine's 'CSV met statistische symbolen' met "
                + "een regel \"Wijken en buurten\";\"Perioden\"; de eerste regel is " + kop);
    }

    /**
     * CBS separates with semicolons; a file without one in its first lines was saved again with commas. (The first line
     * alone does not tell: a StatLine title is one quoted field that may hold commas, or a semicolon.)
     */
    private static char scheidingsteken(String inhoud) {
        int einde = 0;
        for (int regel = 0; regel < 10 && einde >= 0; regel++) {
            einde = inhoud.indexOf('\n', einde + 1);
        }
        return (einde < 0 ? inhoud : inhoud.substring(0, einde)).indexOf(';') >= 0 ? ';' : ',';
    }

    private static GemeentenCsv.Afgekeurd afgekeurd(String naam, String reden) {
        return new GemeentenCsv.Afgekeurd(List.of(new FieldError(naam, reden)));
    }
}
