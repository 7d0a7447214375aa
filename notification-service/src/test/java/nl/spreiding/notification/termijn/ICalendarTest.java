package nl.spreiding.notification.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ICalendarTest {

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingACharacterAndEscapesText() {
        Termijn t = new Termijn();
        t.id = UUID.fromString("5d1f0c2a-8a3e-4a7b-bb55-0f3c2d6e7a91");
        t.cyclus = "2024-2026";
        t.soort = Termijn.Soort.PROVINCIAAL_PLAN;
        t.organisatie = "PV21";
        t.vervaldatum = LocalDate.of(2024, 11, 1);
        t.omschrijving = "Provinciaal plan van Fryslân indienen; met één, twee of drie locaties ".repeat(4) + "€€€";

        String ics = ICalendar.van("Spreiding", List.of(t), Instant.parse("2024-02-01T09:00:00Z"));

        for (String regel : ics.split("\r\n")) {
            assertThat(regel.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(regel).doesNotContain("\uFFFD");
        }
        String ontvouwen = ics.replace("\r\n ", "");
        assertThat(ontvouwen).contains("SUMMARY:" + t.omschrijving.replace(";", "\\;").replace(",", "\\,") + " (PV21)\r\n")
                .contains("UID:5d1f0c2a-8a3e-4a7b-bb55-0f3c2d6e7a91@spreiding.nl\r\n")
                .contains("DTSTAMP:20240201T090000Z\r\n")
                .contains("DTSTART;VALUE=DATE:20241101\r\nDTEND;VALUE=DATE:20241102\r\n");
        assertThat(ics.length()).isGreaterThan(ontvouwen.length());
    }

    @Test
    void escapesNewlinesBackslashesCommasAndSemicolons() {
        assertThat(ICalendar.tekst("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
    }
}
