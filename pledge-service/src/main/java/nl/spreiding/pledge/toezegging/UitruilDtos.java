package nl.spreiding.pledge.toezegging;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.opgave.Doelgroep;

/** The request and answer of the trades API ({@code /api/v1/uitruilen}). */
public final class UitruilDtos {

    private UitruilDtos() {
    }

    @Schema(name = "NieuweUitruil", description = "Een uitruil: de gemeente (of zonder gemeente de provincie als geheel) "
            + "levert aantalPlaatsen meer van naarDoelgroep en evenveel minder van vanDoelgroep.", example = """
            {"cyclus":"2026-2028","provinciecode":"PV31","gemeentecode":"GM0935","vanDoelgroep":"ASIEL",
             "naarDoelgroep":"OEKRAINE","aantalPlaatsen":50,"reden":"Afspraak regietafel Limburg 12 september 2026"}""")
    public record NieuweUitruil(
            @NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) @Schema(required = true,
                    description = "Cyclus waarin de uitruil geldt (JJJJ-JJJJ)", example = "2026-2028") String cyclus,
            @NotNull @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) @Schema(required = true,
                    description = "CBS-code van de provincie van de regietafel", example = "PV31") String provinciecode,
            @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) @Schema(description = "CBS-code van de "
                    + "gemeente wier opgave verschuift, in die provincie; leeg: de provincie als geheel", example = "GM0935")
            String gemeentecode,
            @NotNull @Schema(required = true, description = "Doelgroep die plaatsen afstaat (haar opgave wordt kleiner)",
                    example = "ASIEL") Doelgroep vanDoelgroep,
            @NotNull @Schema(required = true, description = "Doelgroep die de plaatsen krijgt (haar opgave wordt groter); "
                    + "een andere dan vanDoelgroep", example = "OEKRAINE") Doelgroep naarDoelgroep,
            @NotNull @Min(1) @Max(100000) @Schema(required = true, minimum = "1", maximum = "100000",
                    description = "Aantal plaatsen dat van de ene naar de andere doelgroep gaat", example = "50") Integer aantalPlaatsen,
            @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING) @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000, description = "De afspraak aan de "
                    + "regietafel die de uitruil grondt (ten hoogste 1000 tekens)",
                    example = "Afspraak regietafel Limburg 12 september 2026") String reden) {
    }

    @Schema(name = "Uitruil", description = "Een vastgelegde uitruil tussen doelgroepen.", example = """
            {"id":"5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6","cyclus":"2024-2026","provinciecode":"PV31",
             "gemeentecode":"GM0935","vanDoelgroep":"ASIEL","naarDoelgroep":"OEKRAINE","aantalPlaatsen":50,
             "reden":"Afspraak regietafel Limburg 12 september 2024","vastgelegdDoor":"regietafel@pv31.example",
             "vastgelegdOp":"2024-09-12T14:00:00Z"}""")
    public record UitruilDto(@Schema(description = "Id van de uitruil", example = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6") UUID id,
            @Schema(description = "Cyclus waarin de uitruil geldt", example = "2024-2026") String cyclus,
            @Schema(description = "CBS-code van de provincie", example = "PV31") String provinciecode,
            @Schema(description = "CBS-code van de gemeente; leeg: de provincie als geheel", nullable = true,
                    example = "GM0935") String gemeentecode,
            @Schema(description = "Doelgroep die plaatsen afstaat") Doelgroep vanDoelgroep,
            @Schema(description = "Doelgroep die de plaatsen krijgt") Doelgroep naarDoelgroep,
            @Schema(description = "Aantal plaatsen dat van doelgroep wisselt", example = "50") int aantalPlaatsen,
            @Schema(description = "De afspraak aan de regietafel", example = "Afspraak regietafel Limburg 12 september 2024") String reden,
            @Schema(description = "Wie de uitruil vastlegde (upn uit het token)", example = "regietafel@pv31.example") String vastgelegdDoor,
            @Schema(description = "Tijdstip van vastleggen (UTC)", example = "2024-09-12T14:00:00Z") Instant vastgelegdOp) {

        public static UitruilDto van(Uitruil u) {
            return new UitruilDto(u.id, u.cyclus, u.provinciecode, u.gemeentecode, u.vanDoelgroep, u.naarDoelgroep,
                    u.aantalPlaatsen, u.reden, u.vastgelegdDoor, u.vastgelegdOp);
        }
    }
}
