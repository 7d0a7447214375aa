package nl.spreiding.notification.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The calendar as RFC 5545 text, one rule per test. */
class ICalendarTest {

    private static final Map<String, String> NAMEN = Map.of("PV21", "Fryslân");

    @Test
    void langeRegelsWordenNa75OctetsGevouwenZonderEenTekenTeSplitsen() {
        Termijn t = planVanFryslan();
        t.omschrijving = "Provinciaal plan van Fryslân indienen; met één, twee of drie locaties ".repeat(4) + "€€€";

        String ics = ICalendar.van("Spreiding", List.of(t), NAMEN);

        for (String regel : ics.split("\r\n")) {
            assertThat(regel.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(regel).doesNotContain("\uFFFD");
        }
        assertThat(ontvouwen(ics)).contains("SUMMARY:" + t.omschrijving.replace(";", "\\;").replace(",", "\\,")
                + " (Fryslân)\r\n");
    }

    @Test
    void elkeRegelEindigtOpCrlf() {
        String ics = ICalendar.van("Spreiding", List.of(planVanFryslan()), NAMEN);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void tekstOntsnaptBackslashesPuntkommasKommasEnRegeleinden() {
        assertThat(ICalendar.tekst("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
    }

    @Test
    void tekstLaatStuurtekensWeg() {
        assertThat(ICalendar.tekst("a\u0000b\u0007c\u001Bd")).isEqualTo("abcd");
    }

    @Test
    void eenTermijnIsEenHeleDagAfspraakDieDeVolgendeDagEindigt() {
        String ics = ontvouwen(ICalendar.van("Spreiding", List.of(planVanFryslan()), NAMEN));

        assertThat(ics).contains("DTSTART;VALUE=DATE:20241101\r\nDTEND;VALUE=DATE:20241102\r\n");
    }

    @Test
    void uidEnDtstampHangenAlleenAfVanDeTermijn() {
        Termijn t = planVanFryslan();

        String ics = ICalendar.van("Spreiding", List.of(t), NAMEN);

        assertThat(ics).contains("UID:5d1f0c2a-8a3e-4a7b-bb55-0f3c2d6e7a91@spreiding.nl\r\n")
                .contains("DTSTAMP:20240131T100000Z\r\n");
        assertThat(ICalendar.van("Spreiding", List.of(t), NAMEN)).isEqualTo(ics);
    }

    @Test
    void deOrganisatieStaatErMetHaarNaamInEnNietAlleenMetHaarCode() {
        String ics = ontvouwen(ICalendar.van("Spreiding", List.of(planVanFryslan()), NAMEN));

        assertThat(ics).contains("SUMMARY:Provinciaal plan indienen (Fryslân)\r\n")
                .contains("Voor: Fryslân (PV21).");
    }

    @Test
    void deSoortStaatErMetZijnNaamIn() {
        String ics = ontvouwen(ICalendar.van("Spreiding", List.of(planVanFryslan()), NAMEN));

        assertThat(ics).contains("CATEGORIES:Provinciaal plan\r\n").doesNotContain("PROVINCIAAL_PLAN");
    }

    @Test
    void deUitersteDatumStaatErInWoordenIn() {
        String ics = ontvouwen(ICalendar.van("Spreiding", List.of(planVanFryslan()), NAMEN));

        assertThat(ics).contains("Uiterste datum: 1 november 2024.");
    }

    @Test
    void eenAfgerondeTermijnNoemtDeDagVanAfrondingInNederland() {
        Termijn t = planVanFryslan();
        t.afgerondOp = Instant.parse("2024-10-29T23:30:00Z"); // 30 October, 00:30 in the Netherlands

        String ics = ontvouwen(ICalendar.van("Spreiding", List.of(t), NAMEN));

        assertThat(ics).contains("Afgerond op 30 oktober 2024.").doesNotContain("2024-10-29T");
    }

    @Test
    void eenOpenTermijnKrijgtVeertienDagenVoorafEenAlarmMetOmschrijving() {
        String ics = ontvouwen(ICalendar.van("Spreiding", List.of(planVanFryslan()), NAMEN));

        assertThat(ics).contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P14D\r\n"
                + "DESCRIPTION:Over 14 dagen: Provinciaal plan indienen (Fryslân)\r\nEND:VALARM\r\nEND:VEVENT\r\n");
    }

    @Test
    void eenAfgerondeTermijnKrijgtGeenAlarm() {
        Termijn t = planVanFryslan();
        t.afgerondOp = Instant.parse("2024-10-30T10:00:00Z");

        assertThat(ICalendar.van("Spreiding", List.of(t), NAMEN)).doesNotContain("VALARM");
    }

    @Test
    void eenAgendaZonderTermijnenHeeftTochEenComponent() {
        String ics = ICalendar.van("Spreiding", List.of(), NAMEN);

        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n").doesNotContain("VEVENT");
    }

    private static Termijn planVanFryslan() {
        Termijn t = new Termijn();
        t.id = UUID.fromString("5d1f0c2a-8a3e-4a7b-bb55-0f3c2d6e7a91");
        t.cyclus = "2024-2026";
        t.soort = Termijn.Soort.PROVINCIAAL_PLAN;
        t.organisatie = "PV21";
        t.vervaldatum = LocalDate.of(2024, 11, 1);
        t.omschrijving = "Provinciaal plan indienen";
        t.gewijzigdOp = Instant.parse("2024-01-31T10:00:00Z");
        return t;
    }

    private static String ontvouwen(String ics) {
        return ics.replace("\r\n ", "");
    }
}
