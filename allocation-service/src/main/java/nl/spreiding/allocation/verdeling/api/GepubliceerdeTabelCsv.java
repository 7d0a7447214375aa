package nl.spreiding.allocation.verdeling.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import nl.spreiding.allocation.csv.CsvBestand;
import nl.spreiding.allocation.verdeling.GepubliceerdeTabel;
import nl.spreiding.platform.csv.CsvInvoer;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.errors.DomainException.FieldError;

/**
 * Reads an uploaded published table, {@code gemeentecode;opgave;amv} (a Dutch spreadsheet's semicolons; a comma also
 * reads), strictly UTF-8, an optional byte order mark. Only the layout is checked here; every number and code is
 * checked against the reference year by {@link GepubliceerdeTabel}, so that one answer lists every problem.
 */
final class GepubliceerdeTabelCsv {

    static final List<String> KOLOMMEN = List.of("gemeentecode", "opgave", "amv");

    private GepubliceerdeTabelCsv() {
    }

    static List<GepubliceerdeTabel.Regel> lees(byte[] inhoud) {
        List<CsvBestand.Regel> regels = CsvBestand.lees(CsvInvoer.alsUtf8(inhoud == null ? new byte[0] : inhoud));
        if (regels.isEmpty()) {
            throw afgekeurd(List.of(new FieldError("bestand", "is leeg; verwacht een kopregel "
                    + String.join(";", KOLOMMEN) + " en een regel per gemeente")));
        }
        List<String> kop = regels.get(0).velden().stream().map(String::strip).toList();
        List<FieldError> problemen = new ArrayList<>();
        for (String kolom : KOLOMMEN) {
            if (!kop.contains(kolom)) {
                problemen.add(new FieldError("regel[1]." + kolom, "kolom ontbreekt; verwacht de kopregel "
                        + String.join(";", KOLOMMEN)));
            }
        }
        for (int i = 0; i < kop.size(); i++) {
            if (!KOLOMMEN.contains(kop.get(i)) || kop.indexOf(kop.get(i)) != i) {
                problemen.add(new FieldError("regel[1].kolom[" + (i + 1) + "]", "'" + kort(kop.get(i))
                        + "' is geen kolom van de tabel of staat er twee keer; verwacht " + String.join(";", KOLOMMEN)));
            }
        }
        if (!problemen.isEmpty()) {
            throw afgekeurd(problemen);
        }
        int code = kop.indexOf("gemeentecode");
        int opgave = kop.indexOf("opgave");
        int amv = kop.indexOf("amv");
        List<GepubliceerdeTabel.Regel> tabel = new ArrayList<>();
        for (CsvBestand.Regel r : regels.subList(1, regels.size())) {
            List<String> v = r.velden();
            // A short line reads its missing cells as empty, so that the domain names the missing number itself.
            String opmaakfout = v.size() == kop.size() ? null : "heeft " + v.size() + (v.size() == 1 ? " veld" : " velden")
                    + "; de kopregel " + kop.size();
            tabel.add(new GepubliceerdeTabel.Regel(r.regelnummer(), cel(v, code), cel(v, opgave), cel(v, amv), opmaakfout));
        }
        return tabel;
    }

    /** SHA-256 of the file as uploaded, hexadecimal. */
    static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud == null ? new byte[0] : inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static DomainException afgekeurd(List<FieldError> problemen) {
        return DomainException.invalid("De tabel is afgekeurd: " + problemen.size() + (problemen.size() == 1 ? " probleem"
                : " problemen") + " in de opmaak; er is niets vastgesteld.", problemen.stream()
                        .limit(DomainException.MAX_FIELDS).toList());
    }

    private static String cel(List<String> velden, int index) {
        return index < velden.size() ? velden.get(index) : "";
    }

    private static String kort(String tekst) {
        return tekst.length() <= 30 ? tekst : tekst.substring(0, 30) + "…";
    }
}
