package nl.spreiding.allocation.referentiedata;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.spreiding.platform.errors.DomainException.FieldError;

/**
 * Reads an OData {@code TypedDataSet} as JSON, as {@code https://opendata.cbs.nl/ODataApi/odata/86092NED/TypedDataSet}
 * returns it: {@code {"odata.metadata":"…/86092NED/$metadata#Cbs.OData.WebAPI.TypedDataSet","value":[{"ID":0,
 * "WijkenEnBuurten":"GM0014  ","Perioden":"2022JJ00","GemiddeldeScore_29":-0.139},…]}}. OData v4 writes the metadata
 * as {@code @odata.context}; both name the table. A suppressed value is {@code null}. A page of a larger result carries
 * {@code odata.nextLink} (CBS returns at most 10,000 rows per request).
 */
final class CbsODataJson {

    /** Numbers as written: a double would turn 1e-999999999 into 0 without a word. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Pattern TABEL = Pattern.compile("/(\\d{5}[A-Z]{3})/");

    private CbsODataJson() {
    }

    static CbsTabel lees(String tekst, String kolom) {
        JsonNode wortel;
        try {
            wortel = JSON.readTree(tekst);
        } catch (JsonProcessingException e) {
            String waar = e.getLocation() == null ? "" : " (regel " + e.getLocation().getLineNr() + ", kolom "
                    + e.getLocation().getColumnNr() + ")";
            throw afgekeurd("bestand", "is geen geldige JSON" + waar);
        }
        JsonNode rijen = wortel == null ? null : wortel.get("value");
        if (rijen == null || !rijen.isArray()) {
            throw afgekeurd("value", "ontbreekt of is geen lijst; is dit een OData TypedDataSet van CBS?");
        }
        String regioKolom = null;
        List<CbsTabel.Waarneming> waarnemingen = new ArrayList<>();
        List<FieldError> problemen = new ArrayList<>();
        for (int i = 0; i < rijen.size(); i++) {
            JsonNode rij = rijen.get(i);
            String plaats = "value[" + i + "]";
            if (!rij.isObject()) {
                problemen.add(new FieldError(plaats, "is geen object"));
                continue;
            }
            if (rij.has("Measure") && rij.has("Value")) {
                throw afgekeurd(plaats, "dit zijn OData v4-Observations (Measure/Value); lees de TypedDataSet van "
                        + "opendata.cbs.nl/ODataApi/odata/<tabel>/TypedDataSet");
            }
            if (regioKolom == null) {
                regioKolom = rij.has("RegioS") ? "RegioS" : "WijkenEnBuurten";
            }
            if (!rij.has(regioKolom) || !rij.has("Perioden") || !rij.has(kolom)) {
                problemen.add(new FieldError(plaats, "mist " + ontbrekend(rij, regioKolom, kolom) + "; aanwezig zijn "
                        + namen(rij)));
                if (problemen.size() >= 3) {
                    break; // the same on every row: three say enough
                }
                continue;
            }
            waarnemingen.add(new CbsTabel.Waarneming(plaats + "." + kolom, tekst(rij.get(regioKolom)),
                    tekst(rij.get("Perioden")), tekst(rij.get(kolom))));
        }
        if (!problemen.isEmpty()) {
            throw new GemeentenCsv.Afgekeurd(problemen);
        }
        return new CbsTabel(CbsTabel.Indeling.ODATA_JSON, tabel(wortel), kolom, waarnemingen,
                wortel.has("odata.nextLink") || wortel.has("@odata.nextLink"));
    }

    private static String tabel(JsonNode wortel) {
        JsonNode metadata = wortel.has("odata.metadata") ? wortel.get("odata.metadata") : wortel.get("@odata.context");
        if (metadata == null) {
            return null;
        }
        Matcher m = TABEL.matcher(metadata.asText());
        return m.find() ? m.group(1).toUpperCase(java.util.Locale.ROOT) : null;
    }

    /** A null is CBS's suppressed value: the empty text, as in the CSV layouts. */
    private static String tekst(JsonNode waarde) {
        return waarde == null || waarde.isNull() ? "" : waarde.asText().trim();
    }

    private static String ontbrekend(JsonNode rij, String regioKolom, String kolom) {
        List<String> mist = new ArrayList<>();
        for (String naam : List.of(regioKolom, "Perioden", kolom)) {
            if (!rij.has(naam)) {
                mist.add(naam);
            }
        }
        return String.join(", ", mist);
    }

    private static List<String> namen(JsonNode rij) {
        List<String> namen = new ArrayList<>();
        for (Iterator<String> it = rij.fieldNames(); it.hasNext() && namen.size() < 20;) {
            namen.add(it.next());
        }
        return namen;
    }

    private static GemeentenCsv.Afgekeurd afgekeurd(String naam, String reden) {
        return new GemeentenCsv.Afgekeurd(List.of(new FieldError(naam, reden)));
    }
}
