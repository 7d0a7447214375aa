package nl.spreiding.pledge.telregel;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.api.Datumbereik;

/** The request and answer of the counting rules API ({@code /api/v1/cycli/{cyclus}/telregels}). */
public final class TelregelDtos {

    private TelregelDtos() {
    }

    @Schema(name = "TelregelsInvoer", description = "De telregels van een cyclus, zoals de minister ze vaststelt. Elk "
            + "weggelaten veld krijgt de praktijk van cyclus 1: meer dan 100 plaatsen per locatie, vijf jaar, beschikbaar "
            + "uiterlijk aan het eind van de realisatietermijn (termijn verdeelbesluit plus realisatiemaanden) en ten "
            + "minste tot de volgende capaciteitsraming (de datum volgende cyclus).", example = """
            {"minimaleOmvangMeerDan":100,"telwijze":"PER_LOCATIE","minimumDuurJaren":5,
             "beschikbaarUiterlijkVanaf":"2025-07-01","beschikbaarTenMinsteTot":"2026-02-01",
             "bron":"Praktijk cyclus 1: locaties van meer dan 100 plaatsen, beschikbaar tot 1 februari 2026"}""")
    public record TelregelsInvoer(
            @Min(0) @Max(100000) @Schema(minimum = "0", maximum = "100000", description = "Een locatie (of gemeente, zie "
                    + "telwijze) telt alleen met méér plaatsen dan dit; 0: elke omvang. Standaard 100", example = "100")
            Integer minimaleOmvangMeerDan,
            @Schema(description = "PER_LOCATIE of PER_GEMEENTE; standaard PER_LOCATIE") Telwijze telwijze,
            @Min(1) @Max(50) @Schema(minimum = "1", maximum = "50", description = "Minimumduur van de beschikbaarheid, in "
                    + "jaren; standaard 5 (duurzame opvangplaats)", example = "5") Integer minimumDuurJaren,
            @Datumbereik @Schema(description = "De plaatsen zijn uiterlijk op deze dag beschikbaar; standaard het eind van "
                    + "de realisatietermijn van de cyclus", example = "2025-07-01") LocalDate beschikbaarUiterlijkVanaf,
            @Datumbereik @Schema(description = "De plaatsen zijn ten minste tot deze dag beschikbaar, na "
                    + "beschikbaarUiterlijkVanaf; standaard de datum van de volgende cyclus (capaciteitsraming)",
                    example = "2026-02-01") LocalDate beschikbaarTenMinsteTot,
            @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING) @Size(max = 2000) @Schema(maxLength = 2000,
                    description = "Bron van de telregels (ten hoogste 2000 tekens); standaard een tekst die de bronnen "
                            + "van cyclus 1 noemt", example = "Praktijk cyclus 1") String bron) {
    }

    @Schema(name = "Telregels", description = "Wat in een cyclus meetelt voor de asielopgave. vastgesteld=false: de "
            + "minister stelde niets vast en alleen de wettelijke regel geldt (duurzaam, ten minste vijf jaar).", example = """
            {"cyclus":"2024-2026","minimaleOmvangMeerDan":100,"telwijze":"PER_LOCATIE","minimumDuurJaren":5,
             "beschikbaarUiterlijkVanaf":"2025-06-30","beschikbaarTenMinsteTot":"2026-02-01",
             "bron":"Standaard naar de praktijk van cyclus 1","vastgesteld":true,
             "vastgesteldDoor":"minister@minjenv.example","vastgesteldOp":"2024-03-01T09:00:00Z","versie":0,
             "uitleg":"Telt: duurzame asielplaatsen (ten minste 5 jaar), op locaties met meer dan 100 plaatsen, beschikbaar uiterlijk 2025-06-30 en ten minste tot 2026-02-01."}""")
    public record TelregelsDto(@Schema(description = "Cyclus", example = "2024-2026") String cyclus,
            @Schema(description = "Minimale omvang: meer dan zoveel plaatsen (0: elke omvang)", example = "100") int minimaleOmvangMeerDan,
            @Schema(description = "Waarop de minimale omvang slaat") Telwijze telwijze,
            @Schema(description = "Minimumduur in jaren", example = "5") int minimumDuurJaren,
            @Schema(description = "Uiterlijk beschikbaar vanaf; leeg: niet getoetst", nullable = true, example = "2025-06-30")
            LocalDate beschikbaarUiterlijkVanaf,
            @Schema(description = "Ten minste beschikbaar tot; leeg: niet getoetst", nullable = true, example = "2026-02-01")
            LocalDate beschikbaarTenMinsteTot,
            @Schema(description = "Bron van de telregels", example = "Standaard naar de praktijk van cyclus 1") String bron,
            @Schema(description = "Door de minister vastgesteld; false: alleen de wettelijke regel", example = "true") boolean vastgesteld,
            @Schema(description = "Wie ze vaststelde (upn uit het token)", nullable = true, example = "minister@minjenv.example")
            String vastgesteldDoor,
            @Schema(description = "Wanneer (UTC)", nullable = true, example = "2024-03-01T09:00:00Z") Instant vastgesteldOp,
            @Schema(description = "Versie, bij 0 beginnend en bij elke nieuwe vaststelling één hoger", example = "0") int versie,
            @Schema(description = "De regels in één zin", example = "Telt: duurzame asielplaatsen (ten minste 5 jaar).") String uitleg) {

        public static TelregelsDto van(Telregels t) {
            return new TelregelsDto(t.cyclus(), t.minimaleOmvangMeerDan(), t.telwijze(), t.minimumDuurJaren(),
                    t.beschikbaarUiterlijkVanaf(), t.beschikbaarTenMinsteTot(), t.bron(), t.vastgesteld(),
                    t.vastgesteldDoor(), t.vastgesteldOp(), t.versie(), uitleg(t));
        }

        static String uitleg(Telregels t) {
            StringBuilder s = new StringBuilder("Telt: duurzame asielplaatsen (ten minste " + t.minimumDuurJaren() + " jaar)");
            if (t.minimaleOmvangMeerDan() > 0) {
                s.append(t.telwijze() == Telwijze.PER_LOCATIE ? ", op locaties" : ", in gemeenten")
                        .append(" met meer dan ").append(t.minimaleOmvangMeerDan()).append(" plaatsen");
            }
            if (t.beschikbaarUiterlijkVanaf() != null) {
                s.append(", beschikbaar uiterlijk ").append(t.beschikbaarUiterlijkVanaf());
            }
            if (t.beschikbaarTenMinsteTot() != null) {
                s.append(t.beschikbaarUiterlijkVanaf() != null ? " en" : ",").append(" ten minste tot ")
                        .append(t.beschikbaarTenMinsteTot());
            }
            return s.append('.').toString();
        }
    }
}
