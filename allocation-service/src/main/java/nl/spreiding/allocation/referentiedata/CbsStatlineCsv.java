package nl.spreiding.allocation.referentiedata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.spreiding.allocation.csv.CsvBestand;
import nl.spreiding.allocation.invoer.Invoergrenzen;
import nl.spreiding.allocation.csv.CsvGetal;
import nl.spreiding.platform.errors.DomainException.FieldError;

/**
 * Reads one measure per municipality from a CBS StatLine open-data CSV export ("TypedDataSet": semicolon separated,
 * quoted, a {@code RegioS} column with codes such as {@code "GM0363  "}, a {@code Perioden} column such as
 * {@code 2022JJ00}, and one column per measure, e.g. {@code GemiddeldeScore_29} in 86092NED or
 * {@code BevolkingAanHetBeginVanDePeriode_1} in 03759ned). Rows of other regions (NL, provinces, districts) are skipped.
 */
final class CbsStatlineCsv {

    /** CBS marks a missing value with a dot (or leaves it empty). */
    private static final String ONBEKEND = ".";

    private CbsStatlineCsv() {
    }

    /**
     * @param controle why a value cannot be this measure (checked before it is used), or null when it can
     * @return value per gemeentecode, in file order
     */
    static Map<String, BigDecimal> waarden(String tekst, String kolom, String periode, Function<BigDecimal, String> controle) {
        List<CsvBestand.Regel> regels = CsvBestand.lees(tekst);
        List<FieldError> problemen = new ArrayList<>();
        if (regels.isEmpty()) {
            throw new GemeentenCsv.Afgekeurd(List.of(new FieldError("regel[1]", "het bestand is leeg")));
        }
        List<String> kop = regels.get(0).velden().stream().map(String::trim).toList();
        int regio = kop.indexOf("RegioS");
        int perioden = kop.indexOf("Perioden");
        int meting = kop.indexOf(kolom);
        if (regio < 0) {
            problemen.add(new FieldError("regel[1].RegioS", "kolom RegioS ontbreekt; is dit een CBS open-data CSV?"));
        }
        if (meting < 0) {
            problemen.add(new FieldError("regel[1]." + kolom, "kolom ontbreekt; aanwezig zijn " + kop));
        }
        if (!problemen.isEmpty()) {
            throw new GemeentenCsv.Afgekeurd(problemen);
        }
        Map<String, BigDecimal> waarden = new LinkedHashMap<>();
        for (CsvBestand.Regel regel : regels.subList(1, regels.size())) {
            List<String> velden = regel.velden();
            String code = veld(velden, regio);
            if (!code.matches("GM\\d{4}")) {
                continue;
            }
            if (perioden >= 0 && periode != null && !periode.equals(veld(velden, perioden))) {
                continue;
            }
            String naam = "regel[" + regel.regelnummer() + "]." + kolom;
            String waarde = veld(velden, meting);
            if (waarde.isEmpty() || ONBEKEND.equals(waarde)) {
                problemen.add(new FieldError(naam, code + " heeft geen waarde (CBS: '" + waarde + "')"));
                continue;
            }
            try {
                // Short texts only: a number of thousands of digits is no measure of CBS and would be slow to read.
                if (waarde.length() > Invoergrenzen.MAX_GETAL_TEKENS) {
                    throw new CsvGetal.Ongeldig(Invoergrenzen.citaat(waarde) + " is geen getal");
                }
                // CBS writes a decimal point; a file saved again by Dutch Excel has a decimal comma.
                BigDecimal getal = CsvGetal.decimaal(waarde, true);
                String fout = controle.apply(getal);
                if (fout != null) {
                    problemen.add(new FieldError(naam, code + ": " + fout));
                } else if (waarden.put(code, getal) != null) {
                    problemen.add(new FieldError(naam, code + " komt meer dan eens voor; kies een periode met ?periode="));
                }
            } catch (CsvGetal.Ongeldig e) {
                problemen.add(new FieldError(naam, e.getMessage()));
            }
        }
        if (!problemen.isEmpty()) {
            throw new GemeentenCsv.Afgekeurd(problemen);
        }
        return waarden;
    }

    private static String veld(List<String> velden, int index) {
        return index < velden.size() ? velden.get(index).trim() : "";
    }
}
