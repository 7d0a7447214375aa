package nl.spreiding.pledge.oekraine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.spreiding.pledge.api.Codes;

/** What the API of Ukrainian reception reads and writes: counts only, never persons. */
public final class OekraineDtos {

    public static final String MAAND = "\\d{4}-(0[1-9]|1[0-2])";
    public static final String MAAND_MELDING = "moet een maand zijn, zoals 2022-10";

    private OekraineDtos() {
    }

    @Schema(name = "OekraineOpvangMelding", description = "De maandmelding van een gemeente voor één opvanglocatie van "
            + "ontheemden uit Oekraïne: capaciteit en het aantal bezette plaatsen op elke dag van de maand. Alleen "
            + "aantallen, geen persoonsgegevens. Een latere melding voor dezelfde locatie en maand vervangt de eerdere.",
            example = """
            {"gemeentecode":"GM0014","locatie":"Groningen, Kompaszalen","maand":"2022-10","capaciteit":120,
             "bezettingPerDag":[100,100,100,100,100,100,100,100,100,100,100,100,100,100,110,110,110,110,110,110,110,110,
             110,110,110,110,110,110,110,110,110]}""")
    public record Melding(
            @NotNull @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) @Schema(required = true,
                    description = "CBS-code van de meldende gemeente", example = "GM0014") String gemeentecode,
            @NotBlank @Size(max = 200) @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING)
            @Schema(required = true, maxLength = 200, description = "Naam of adres van de opvanglocatie (geen persoonsgegevens)",
                    example = "Groningen, Kompaszalen") String locatie,
            @NotNull @Pattern(regexp = MAAND, message = MAAND_MELDING) @Schema(required = true,
                    description = "Maand van de melding (JJJJ-MM)", example = "2022-10") String maand,
            @NotNull @Min(0) @Max(100000) @Schema(required = true, minimum = "0", maximum = "100000",
                    description = "Opvangplaatsen op de locatie", example = "120") Integer capaciteit,
            @NotNull @Size(min = 28, max = 31) @Schema(required = true, minItems = 28, maxItems = 31, description = "Bezette "
                    + "plaatsen op dag 1, 2, … van de maand: precies één getal per dag (0 tot en met de capaciteit)")
            List<@NotNull @Min(0) @Max(100000) Integer> bezettingPerDag) {
    }

    @Schema(name = "OekraineOpvang", description = "Een vastgelegde maandmelding.")
    public record MeldingDto(@Schema(description = "Id van de melding") UUID id,
            @Schema(description = "CBS-code van de provincie", example = "PV20") String provinciecode,
            @Schema(description = "CBS-code van de gemeente", example = "GM0014") String gemeentecode,
            @Schema(description = "Opvanglocatie", example = "Groningen, Kompaszalen") String locatie,
            @Schema(description = "Maand (JJJJ-MM)", example = "2022-10") String maand,
            @Schema(description = "Opvangplaatsen", example = "120") int capaciteit,
            @Schema(description = "Bezette plaatsen per dag") List<Integer> bezettingPerDag,
            @Schema(description = "Bezette plaatsdagen: de som over de dagen", example = "3270") long bezettePlaatsdagen,
            @Schema(description = "Bezet op de laatste dag van de maand", example = "110") int bezettingEindeMaand,
            @Schema(description = "Wanneer gemeld (UTC)") Instant gemeldOp,
            @Schema(description = "Wie meldde (upn uit het token)") String gemeldDoor) {

        static MeldingDto van(OekraineMelding m) {
            List<Integer> dagen = m.bezetting();
            return new MeldingDto(m.id, m.provinciecode, m.gemeentecode, m.locatie, m.maand, m.capaciteit, dagen,
                    m.bezettePlaatsdagen, dagen.get(dagen.size() - 1), m.gemeldOp, m.gemeldDoor);
        }
    }

    @Schema(name = "Normbedrag", description = "Het normbedrag per bezette plaats per dag vanaf een ingangsdatum, tot de "
            + "volgende.")
    public record NormbedragDto(@Schema(description = "Eerste dag waarop het bedrag geldt", example = "2022-10-15")
            LocalDate ingangsdatum,
            @Schema(description = "Bedrag per bezette plaats per dag, eurocent", example = "8300") long bedragPerDagCent,
            @Schema(description = "De ingangsdatum is een aanname (de bron noemt alleen een maand of jaar)") boolean aanname,
            @Schema(description = "Bron") String bron) {

        static NormbedragDto van(Normbedrag n) {
            return new NormbedragDto(n.ingangsdatum, n.bedragPerDagCent, n.aanname, n.bron);
        }
    }

    @Schema(name = "DeclaratieRegel", description = "Opeenvolgende dagen met één normbedrag.")
    public record RegelDto(@Schema(description = "Eerste dag", example = "2022-10-01") LocalDate van,
            @Schema(description = "Laatste dag", example = "2022-10-14") LocalDate tot,
            @Schema(description = "Dagen", example = "14") int dagen,
            @Schema(description = "Bezette plaatsdagen", example = "1400") long plaatsdagen,
            @Schema(description = "Normbedrag per plaats per dag, eurocent; null als er geen gold", nullable = true,
                    example = "10000") Long bedragPerDagCent,
            @Schema(description = "Plaatsdagen × normbedrag, eurocent", example = "14000000") long bedragCent,
            @Schema(description = "De ingangsdatum van het normbedrag is een aanname") boolean aanname,
            @Schema(description = "De berekening in woorden") String toelichting) {

        static RegelDto van(Declaratieberekening.Regel r) {
            return new RegelDto(r.van(), r.tot(), r.dagen(), r.plaatsdagen(), r.bedragPerDagCent(), r.bedragCent(),
                    r.aanname(), r.toelichting());
        }
    }

    @Schema(name = "OekraineDeclaratie", description = "Wat een gemeente voor een maand opvang van ontheemden uit Oekraïne "
            + "mag declareren: per dag bezette plaatsen × het normbedrag van die dag, opgeteld, in eurocent.")
    public record DeclaratieDto(@Schema(description = "CBS-code van de gemeente", example = "GM0014") String gemeentecode,
            @Schema(description = "CBS-code van de provincie", example = "PV20") String provinciecode,
            @Schema(description = "Maand", example = "2022-10") String maand,
            @Schema(description = "Locaties in de berekening (de laatste melding per locatie)") List<MeldingDto> locaties,
            @Schema(description = "Bezette plaatsdagen samen", example = "3270") long plaatsdagen,
            @Schema(description = "Te declareren bedrag, eurocent", example = "28610000") long bedragCent,
            @Schema(description = "Per periode met één normbedrag") List<RegelDto> regels,
            @Schema(description = "De hele berekening in woorden") String toelichting) {
    }
}
