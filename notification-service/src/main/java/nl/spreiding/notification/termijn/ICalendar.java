package nl.spreiding.notification.termijn;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes deadlines as an RFC 5545 calendar: CRLF line ends, content lines folded at 75 octets (never inside a
 * UTF-8 sequence), escaped text, all-day events ({@code VALUE=DATE}) with a UID that stays the same for a deadline.
 */
public final class ICalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    public static String van(String naam, List<Termijn> termijnen, Instant nu) {
        StringBuilder out = new StringBuilder();
        regel(out, "BEGIN:VCALENDAR");
        regel(out, "VERSION:2.0");
        regel(out, "PRODID:-//Spreiding//notification-service//NL");
        regel(out, "CALSCALE:GREGORIAN");
        regel(out, "METHOD:PUBLISH");
        regel(out, "X-WR-CALNAME:" + tekst(naam));
        for (Termijn t : termijnen) {
            regel(out, "BEGIN:VEVENT");
            regel(out, "UID:" + t.id + "@spreiding.nl");
            regel(out, "DTSTAMP:" + UTC.format(nu));
            if (t.gewijzigdOp != null) {
                regel(out, "LAST-MODIFIED:" + UTC.format(t.gewijzigdOp));
            }
            regel(out, "DTSTART;VALUE=DATE:" + DATUM.format(t.vervaldatum));
            regel(out, "DTEND;VALUE=DATE:" + DATUM.format(t.vervaldatum.plusDays(1)));
            regel(out, "SUMMARY:" + tekst(t.omschrijving + (t.organisatie == null ? "" : " (" + t.organisatie + ")")));
            regel(out, "DESCRIPTION:" + tekst("Cyclus " + t.cyclus + ", termijn " + t.soort
                    + (t.organisatie == null ? ", voor alle organisaties" : ", voor " + t.organisatie)
                    + (t.afgerondOp == null ? "" : ". Afgerond op " + t.afgerondOp) + "."));
            regel(out, "CATEGORIES:" + t.soort);
            regel(out, "TRANSP:TRANSPARENT");
            regel(out, "STATUS:CONFIRMED");
            regel(out, "END:VEVENT");
        }
        regel(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String tekst(String waarde) {
        return waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends one content line, folded so that no physical line exceeds 75 octets (RFC 5545 3.1). */
    static void regel(StringBuilder out, String regel) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < regel.length(); ) {
            int cp = regel.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
