package nl.spreiding.allocation.referentiedata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spreiding.allocation.csv.CsvBestand;
import nl.spreiding.platform.errors.DomainException.FieldError;

/**
 * Reads StatLine's download "CSV met statistische symbolen": a title line, optionally lines that group the measures
 * ({@code "SES-WOA"}, {@code "Totaalscore"}), the line of Dutch labels that starts with {@code "Wijken en buurten"} (or
 * {@code "Regio's"}) and {@code "Perioden"}, optionally a line of units, the data, and lines such as
 * {@code "Bron: CBS"} at the end. Values have a decimal comma; {@code .} is a suppressed value; a provisional year
 * reads {@code 2022*}. The region must show its CBS code ({@code GM0014}, {@code GM0014 Groningen} or
 * {@code Groningen (GM0014)}): a name alone does not tell a municipality from a neighbourhood of the same name.
 */
final class CbsStatlineSymbolenCsv {

    private static final Pattern CODE = Pattern.compile("\\b(NL\\d{2}|LD\\d{2}|PV\\d{2}|GM\\d{4}|WK\\d{6}|BU\\d{8})\\b");
    private static final List<String> REGIO_LABELS = List.of("wijken en buurten", "regio's", "regios");
    /** The label fragment of the measure keys this service reads, for a file that names its columns in Dutch. */
    private static final Map<String, String> LABEL_VAN_SLEUTEL = Map.of(
            "GemiddeldeScore_29", "gemiddelde score",
            "BevolkingAanHetBeginVanDePeriode_1", "bevolking aan het begin van de periode");

    private CbsStatlineSymbolenCsv() {
    }

    /** The index of the label line, or -1 when this is not a StatLine download. */
    static int labelregel(List<CsvBestand.Regel> regels) {
        for (int i = 0; i < regels.size() && i < 20; i++) {
            List<String> velden = regels.get(i).velden();
            if (velden.size() >= 2 && REGIO_LABELS.contains(klein(velden.get(0)))
                    && velden.stream().anyMatch(v -> klein(v).equals("perioden"))) {
                return i;
            }
        }
        return -1;
    }

    static CbsTabel lees(List<CsvBestand.Regel> regels, int labelregel, String kolom) {
        List<String> labels = regels.get(labelregel).velden();
        int perioden = indexVan(labels, "perioden");
        List<String> volledig = volledigeLabels(regels, labelregel);
        int meting = meting(volledig, kolom);
        String plaatsKop = "regel[" + regels.get(labelregel).regelnummer() + "]";
        if (meting < 0) {
            throw new GemeentenCsv.Afgekeurd(List.of(new FieldError(plaatsKop + "." + kolom,
                    "kolom ontbreekt; aanwezig zijn " + volledig)));
        }
        String naam = volledig.get(meting);
        List<CbsTabel.Waarneming> waarnemingen = new ArrayList<>();
        String zonderCode = null;
        for (CsvBestand.Regel regel : regels.subList(labelregel + 1, regels.size())) {
            List<String> velden = regel.velden();
            String regio = CbsODataCsv.veld(velden, 0);
            String periode = CbsODataCsv.veld(velden, perioden);
            if (periode.isEmpty()) {
                continue; // a line of units, or "Bron: CBS" and the like at the end
            }
            Matcher code = CODE.matcher(regio);
            if (!code.find()) {
                zonderCode = zonderCode == null ? regel.regelnummer() + ": '" + regio + "'" : zonderCode;
                continue;
            }
            waarnemingen.add(new CbsTabel.Waarneming("regel[" + regel.regelnummer() + "]." + naam, code.group(1),
                    periode, CbsODataCsv.veld(velden, meting)));
        }
        if (waarnemingen.isEmpty() && zonderCode != null) {
            throw new GemeentenCsv.Afgekeurd(List.of(new FieldError(plaatsKop + "." + labels.get(0).trim(),
                    "de regio's staan er zonder CBS-code (regel " + zonderCode + "); download de tabel met de "
                            + "regiocodes (GM…), want een naam alleen onderscheidt een gemeente niet van een buurt")));
        }
        return new CbsTabel(CbsTabel.Indeling.STATLINE_SYMBOLEN, null, naam, waarnemingen, false);
    }

    /** Each column's label with the group labels above it: "SES-WOA / Totaalscore / Gemiddelde score (Getal)". */
    private static List<String> volledigeLabels(List<CsvBestand.Regel> regels, int labelregel) {
        List<String> labels = regels.get(labelregel).velden();
        List<String> volledig = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            List<String> delen = new ArrayList<>();
            // The title is one field on its own line; group lines have a label above the measure columns.
            for (CsvBestand.Regel groep : regels.subList(0, labelregel)) {
                String deel = CbsODataCsv.veld(groep.velden(), k);
                if (groep.velden().size() > 1 && k >= 2 && !deel.isEmpty()) {
                    delen.add(deel);
                }
            }
            delen.add(labels.get(k).trim());
            volledig.add(String.join(" / ", delen));
        }
        return volledig;
    }

    /**
     * The measure column: the one whose label is {@code kolom}, or for a key this service knows (GemiddeldeScore_29)
     * the column of its label; of several "Gemiddelde score" columns the total score's, which CBS puts first.
     */
    private static int meting(List<String> volledig, String kolom) {
        for (int k = 2; k < volledig.size(); k++) {
            String label = klein(volledig.get(k));
            if (label.equals(klein(kolom)) || label.endsWith("/ " + klein(kolom))) {
                return k;
            }
        }
        String fragment = LABEL_VAN_SLEUTEL.get(kolom);
        if (fragment == null) {
            return -1;
        }
        int eerste = -1;
        for (int k = 2; k < volledig.size(); k++) {
            String label = klein(volledig.get(k));
            if (label.contains(fragment)) {
                if (label.contains("totaalscore")) {
                    return k;
                }
                eerste = eerste < 0 ? k : eerste;
            }
        }
        return eerste;
    }

    private static int indexVan(List<String> labels, String label) {
        for (int k = 0; k < labels.size(); k++) {
            if (klein(labels.get(k)).equals(label)) {
                return k;
            }
        }
        return -1;
    }

    private static String klein(String tekst) {
        return tekst.trim().toLowerCase(Locale.ROOT);
    }
}
