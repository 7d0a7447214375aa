package nl.spreiding.allocation.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes RFC 4180 CSV: quoted fields may hold the separator, quotes ("") and line breaks. The separator is
 * taken from the header line: a comma (our documented layout) or a semicolon (CBS StatLine and Excel in Dutch).
 */
public final class CsvBestand {

    /** One record with the line on which it starts (the header is line 1). */
    public record Regel(int regelnummer, List<String> velden) {
    }

    private CsvBestand() {
    }

    public static List<Regel> lees(String tekst) {
        String inhoud = tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
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

    private static void voegToe(List<Regel> regels, int regelnummer, List<String> velden) {
        boolean leeg = velden.size() == 1 && velden.get(0).isBlank();
        if (!leeg) {
            regels.add(new Regel(regelnummer, List.copyOf(velden)));
        }
    }

    private static char scheidingsteken(String inhoud) {
        int einde = inhoud.indexOf('\n');
        String kop = einde < 0 ? inhoud : inhoud.substring(0, einde);
        return kop.indexOf(';') >= 0 && kop.indexOf(',') < 0 ? ';' : ',';
    }

    /** One field as written: quoted when it holds a separator, a quote or a line break. */
    public static String veld(Object waarde) {
        if (waarde == null) {
            return "";
        }
        String tekst = waarde.toString();
        if (tekst.contains(",") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r")) {
            return '"' + tekst.replace("\"", "\"\"") + '"';
        }
        return tekst;
    }
}
