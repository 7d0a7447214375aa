package nl.spreiding.notification.termijn;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes deadlines as an RFC 5545 calendar to subscribe to: CRLF line ends, content lines folded at 75 octets (never
 * inside a UTF-8 sequence), escaped text, all-day events ({@code VALUE=DATE}, DTEND the next day) with a UID and a
 * DTSTAMP that stay the same as long as the deadline does, names instead of codes, and an alarm before every open
 * deadline.
 *
 * <p>The calendar has no METHOD: it is published for subscription, not an iTIP message, so DTSTAMP is when the deadline
 * last changed (RFC 5545 3.8.7.2) and the same data always gives the same bytes (and the same ETag). It always carries
 * the VTIMEZONE of the Netherlands, so even a calendar without deadlines has the component RFC 5545 requires.
 */
public final class ICalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    /** How long before a deadline a calendar application reminds its user. */
    public static final int ALARM_DAGEN_VOORAF = 14;

    private static final String CRLF = "\r\n";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LEESBAAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /** Europe/Amsterdam since 1996 (EU summer time: last Sunday of March to last Sunday of October). */
    private static final List<String> TIJDZONE = List.of(
            "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE");

    private ICalendar() {
    }

    /**
     * An all-day entry of the calendar that is not a deadline of a cycle (a legal date, say): what its VEVENT says.
     *
     * @param geannuleerd written as {@code STATUS:CANCELLED} (a superseded date: agenda applications strike it through)
     * @param alarm       whether a {@code VALARM} reminds before it
     */
    public record Afspraak(java.util.UUID id, Instant gewijzigdOp, LocalDate datum, String samenvatting,
            String beschrijving, String categorie, boolean geannuleerd, boolean alarm) {
    }

    /**
     * @param naam      the calendar's name, as an agenda application shows it
     * @param termijnen the deadlines, in the order to write them
     * @param namen     CBS names by code (PV27 → Noord-Holland); a code without a name is shown as the code
     */
    public static String van(String naam, List<Termijn> termijnen, Map<String, String> namen) {
        return van(naam, termijnen, namen, List.of());
    }

    /**
     * The deadlines and other entries in one calendar, by date (deadlines first on the same day, each list in its
     * own order otherwise).
     */
    public static String van(String naam, List<Termijn> termijnen, Map<String, String> namen, List<Afspraak> overige) {
        List<Afspraak> alle = new java.util.ArrayList<>();
        for (Termijn t : termijnen) {
            String wie = t.organisatie == null ? null : namen.getOrDefault(t.organisatie, t.organisatie);
            alle.add(new Afspraak(t.id, t.gewijzigdOp, t.vervaldatum, t.omschrijving + (wie == null ? "" : " (" + wie + ")"),
                    beschrijving(t, wie), t.soort.weergave(), false, t.afgerondOp == null));
        }
        alle.addAll(overige);
        alle.sort(java.util.Comparator.comparing(Afspraak::datum));
        StringBuilder out = new StringBuilder();
        regel(out, "BEGIN:VCALENDAR");
        regel(out, "VERSION:2.0");
        regel(out, "PRODID:-//Spreiding//notification-service//NL");
        regel(out, "CALSCALE:GREGORIAN");
        regel(out, "NAME:" + tekst(naam));
        regel(out, "X-WR-CALNAME:" + tekst(naam));
        regel(out, "X-WR-TIMEZONE:Europe/Amsterdam");
        regel(out, "REFRESH-INTERVAL;VALUE=DURATION:PT12H");
        regel(out, "X-PUBLISHED-TTL:PT12H");
        TIJDZONE.forEach(r -> regel(out, r));
        for (Afspraak a : alle) {
            regel(out, "BEGIN:VEVENT");
            regel(out, "UID:" + a.id() + "@spreiding.nl");
            regel(out, "DTSTAMP:" + UTC.format(a.gewijzigdOp()));
            regel(out, "LAST-MODIFIED:" + UTC.format(a.gewijzigdOp()));
            regel(out, "DTSTART;VALUE=DATE:" + DATUM.format(a.datum()));
            regel(out, "DTEND;VALUE=DATE:" + DATUM.format(a.datum().plusDays(1)));
            regel(out, "SUMMARY:" + tekst(a.samenvatting()));
            regel(out, "DESCRIPTION:" + tekst(a.beschrijving()));
            regel(out, "CATEGORIES:" + tekst(a.categorie()));
            regel(out, "TRANSP:TRANSPARENT");
            regel(out, "STATUS:" + (a.geannuleerd() ? "CANCELLED" : "CONFIRMED"));
            if (a.alarm()) {
                regel(out, "BEGIN:VALARM");
                regel(out, "ACTION:DISPLAY");
                regel(out, "TRIGGER:-P" + ALARM_DAGEN_VOORAF + "D");
                regel(out, "DESCRIPTION:" + tekst("Over " + ALARM_DAGEN_VOORAF + " dagen: " + a.samenvatting()));
                regel(out, "END:VALARM");
            }
            regel(out, "END:VEVENT");
        }
        regel(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String beschrijving(Termijn t, String wie) {
        return "Cyclus " + t.cyclus + ", termijn " + t.soort.weergave().toLowerCase(Locale.ROOT) + ": " + t.omschrijving
                + ". Uiterste datum: " + leesbaar(t.vervaldatum) + ". Voor: "
                + (t.organisatie == null ? "alle provincies en gemeenten." : wie + " (" + t.organisatie + ").")
                + (t.afgerondOp == null ? "" : " Afgerond op " + leesbaar(LocalDate.ofInstant(t.afgerondOp, NL)) + ".");
    }

    /** A date as Dutch text: 1 november 2024. */
    public static String leesbaar(LocalDate datum) {
        return LEESBAAR.format(datum);
    }

    /** TEXT value escaping (RFC 5545 3.3.11); control characters, which TEXT may not hold, are left out. */
    static String tekst(String waarde) {
        return waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
                .replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "");
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
