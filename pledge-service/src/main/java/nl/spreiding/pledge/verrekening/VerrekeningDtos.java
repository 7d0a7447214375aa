package nl.spreiding.pledge.verrekening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.spreiding.pledge.api.Datumbereik;

/** The request and answer of the crediting API ({@code /api/v1/verrekeningen}). */
public final class VerrekeningDtos {

    private VerrekeningDtos() {
    }

    @Schema(name = "NieuweVerrekening", description = "Een verrekening: vanGemeentecode leent aantalPlaatsen van haar "
            + "plaatsen administratief uit aan naarGemeentecode, tot een einddatum en onder een voorwaarde. Vastgelegd "
            + "door de provincie van één kant (namens); de provincie van de andere kant bevestigt.", example = """
            {"cyclus":"2024-2026","vanGemeentecode":"GM0303","naarGemeentecode":"GM0166","aantalPlaatsen":200,
             "tot":"2026-02-01","voorwaarde":"Kampen realiseert de rest van haar opgave zelf","namens":"PV24"}""")
    public record NieuweVerrekening(
            @NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) @Schema(required = true,
                    description = "Cyclus (JJJJ-JJJJ)", example = "2024-2026") String cyclus,
            @NotNull @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) @Schema(required = true,
                    description = "CBS-code van de gemeente die plaatsen uitleent; zij heeft een asielopgave in de cyclus",
                    example = "GM0303") String vanGemeentecode,
            @NotNull @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) @Schema(required = true,
                    description = "CBS-code van de gemeente voor wie de plaatsen tellen; een andere, ook in een andere "
                            + "provincie", example = "GM0166") String naarGemeentecode,
            @NotNull @Min(1) @Max(100000) @Schema(required = true, minimum = "1", maximum = "100000",
                    description = "Aantal verrekende plaatsen", example = "200") Integer aantalPlaatsen,
            @NotNull @Datumbereik @Schema(required = true, description = "Laatste dag van de verrekening",
                    example = "2026-02-01") LocalDate tot,
            @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING) @NotBlank @Size(max = 1000) @Schema(
                    required = true, maxLength = 1000, description = "Voorwaarde van de afspraak (ten hoogste 1000 tekens)",
                    example = "Kampen realiseert de rest van haar opgave zelf") String voorwaarde,
            @NotNull @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) @Schema(required = true,
                    description = "De provincie die vastlegt: die van vanGemeentecode of van naarGemeentecode; het token "
                            + "moet namens haar spreken", example = "PV24") String namens) {
    }

    @Schema(name = "VerrekeningStap", description = "Eén stap in de historie van een verrekening.", example = """
            {"actie":"BEVESTIGD","namens":"PV23","door":"regietafel@pv23.example","op":"2024-10-20T10:00:00Z"}""")
    public record Stap(@Schema(description = "VASTGELEGD of BEVESTIGD", example = "BEVESTIGD") String actie,
            @Schema(description = "Namens welke provincie", example = "PV23") String namens,
            @Schema(description = "Wie (upn uit het token)", example = "regietafel@pv23.example") String door,
            @Schema(description = "Wanneer (UTC)", example = "2024-10-20T10:00:00Z") Instant op) {
    }

    @Schema(name = "Verrekening", description = "Een verrekening van plaatsen tussen gemeenten. Bevestigd telt zij eenmaal: "
            + "voor naarGemeentecode (+aantalPlaatsen) en niet meer voor vanGemeentecode (-aantalPlaatsen).", example = """
            {"id":"6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d","cyclus":"2024-2026","vanGemeentecode":"GM0303",
             "vanProvinciecode":"PV24","naarGemeentecode":"GM0166","naarProvinciecode":"PV23","aantalPlaatsen":200,
             "tot":"2026-02-01","voorwaarde":"Kampen realiseert de rest van haar opgave zelf","status":"BEVESTIGD",
             "teBevestigenDoor":null,"historie":[{"actie":"VASTGELEGD","namens":"PV24","door":"regietafel@pv24.example",
             "op":"2024-10-15T09:00:00Z"},{"actie":"BEVESTIGD","namens":"PV23","door":"regietafel@pv23.example",
             "op":"2024-10-20T10:00:00Z"}]}""")
    public record VerrekeningDto(@Schema(description = "Id", example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d") UUID id,
            @Schema(description = "Cyclus", example = "2024-2026") String cyclus,
            @Schema(description = "Gemeente die uitleent", example = "GM0303") String vanGemeentecode,
            @Schema(description = "Haar provincie", example = "PV24") String vanProvinciecode,
            @Schema(description = "Gemeente voor wie de plaatsen tellen", example = "GM0166") String naarGemeentecode,
            @Schema(description = "Haar provincie", example = "PV23") String naarProvinciecode,
            @Schema(description = "Aantal verrekende plaatsen", example = "200") int aantalPlaatsen,
            @Schema(description = "Laatste dag van de verrekening", example = "2026-02-01") LocalDate tot,
            @Schema(description = "Voorwaarde van de afspraak", example = "Kampen realiseert de rest van haar opgave zelf") String voorwaarde,
            @Schema(description = "VASTGELEGD of BEVESTIGD") Verrekening.Status status,
            @Schema(description = "Provincie die nog moet bevestigen; leeg als bevestigd", nullable = true, example = "PV23")
            String teBevestigenDoor,
            @Schema(description = "Wie wanneer vastlegde en bevestigde") List<Stap> historie) {

        public static VerrekeningDto van(Verrekening v) {
            List<Stap> historie = new ArrayList<>();
            historie.add(new Stap("VASTGELEGD", v.vastgelegdNamens, v.vastgelegdDoor, v.vastgelegdOp));
            if (v.status == Verrekening.Status.BEVESTIGD) {
                historie.add(new Stap("BEVESTIGD", v.bevestigdNamens, v.bevestigdDoor, v.bevestigdOp));
            }
            return new VerrekeningDto(v.id, v.cyclus, v.vanGemeentecode, v.vanProvinciecode, v.naarGemeentecode,
                    v.naarProvinciecode, v.aantalPlaatsen, v.tot, v.voorwaarde, v.status,
                    v.status == Verrekening.Status.BEVESTIGD ? null : v.teBevestigenDoor(), historie);
        }
    }
}
