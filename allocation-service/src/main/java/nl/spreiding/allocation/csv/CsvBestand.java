package nl.spreiding.allocation.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: quoted fields may hold the separator, quotes ("") and line breaks. The separator is taken from
 * the header line: a comma (our documented layout) or a semicolon (CBS StatLine and Excel in Dutch). Exports are
 * written by the platform's {@code CsvSchrijver}.
 */
public final class CsvBestand {

    /** One record with the line on which it starts (the header is line 1). */
    public record Regel(int regelnummer, List<String> velden) {
    }

    private CsvBestand() {
    }

    public static List<Regel> lees(String tekst) {
        String inhoud = zonderBom(tekst);
        char scheiding = scheidingsteken(inhoud);
        List<Regel> regels = new ArrayList<>();
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        int regel = 1;
        int beginRegel = 1;
        for (int i = 0; i < inhoud.length(); i++) {
            char c = inhoud.charAt(i);
            if (tussenAanhalingstekens) {
                if (c == '"' && i + 1 < inhoud.length() && inhoud.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else if (c == '"') {
                    tussenAanhalingstekens = false;
                } else {
                    if (c == '\n') {
                        regel++;
                    }
                    veld.append(c);
                }
            } else if (c == '"') {
                tussenAanhalingstekens = true;
            } else if (c == scheiding) {
                velden.add(veld.toString());
                veld.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < inhoud.length() && inhoud.charAt(i + 1) == '\n') {
                    i++;
                }
                velden.add(veld.toString());
                veld.setLength(0);
                voegToe(regels, beginRegel, velden);
                velden = new ArrayList<>();
                regel++;
                beginRegel = regel;
            } else {
                veld.append(c);
            }
        }
        if (!veld.isEmpty() || !velden.isEmpty()) {
            velden.add(veld.toString());
            voegToe(regels, beginRegel, velden);
        }
        return regels;
    }

    private static String zonderBom(String tekst) {
        return tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
    }

    private static void voegToe(List<Regel> regels, int regelnummer, List<String> velden) {
        boolean leeg = velden.size() == 1 && velden.get(0).isBlank();
        if (!leeg) {
            regels.add(new Regel(regelnummer, List.copyOf(velden)));
        }
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
