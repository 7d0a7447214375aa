package nl.spreiding.pledge.besluit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.spreiding.pledge.api.Codes;

public final class BesluitDtos {

    private BesluitDtos() {
    }

    @Schema(name = "NieuwVerdeelbesluit", description = "Stelt een concept-verdeelbesluit op uit de ingediende plannen, met "
            + "voorgestelde aanwijzingen volgens de regel.", example = "{\"cyclus\":\"2024-2026\"}")
    public record NieuwVerdeelbesluit(@NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING)
            @Schema(required = true, example = "2024-2026") String cyclus) {
    }

    @Schema(name = "AanwijzingInvoer", description = "Een aanwijzing zoals de minister haar vaststelt.", example = """
            {"gemeentecode":"GM0363","aantalPlaatsen":120,"aantalAmv":10,"toelichting":"Aangepast na zienswijze"}""")
    public record AanwijzingInvoer(
            @NotNull @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) @Schema(required = true, example = "GM0363") String gemeentecode,
            @NotNull @Min(0) @Max(100000) @Schema(required = true, minimum = "0", maximum = "100000", example = "120") Integer aantalPlaatsen,
            @NotNull @Min(0) @Max(100000) @Schema(required = true, minimum = "0", maximum = "100000", example = "10") Integer aantalAmv,
            @Size(max = 2000) @Schema(maxLength = 2000, example = "Aangepast na zienswijze") String toelichting) {
    }

    @Schema(name = "Aanwijzingen", description = "De volledige set aanwijzingen van een concept-besluit (vervangt de vorige).",
            example = """
            {"aanwijzingen":[{"gemeentecode":"GM0363","aantalPlaatsen":120,"aantalAmv":10,
             "toelichting":"Aangepast na zienswijze"}]}""")
    public record AanwijzingenInvoer(@NotNull @Size(max = 400) @Schema(required = true) List<@Valid @NotNull AanwijzingInvoer> aanwijzingen) {
    }

    @Schema(name = "Vaststelling", description = "Het nemen van het besluit; zonder besluitdatum geldt vandaag. De "
            + "besluitdatum ligt niet in de toekomst.", example = "{\"besluitdatum\":\"2024-12-20\"}")
    public record Vaststelling(@Schema(example = "2024-12-20") LocalDate besluitdatum) {
    }

    @Schema(name = "Aanwijzing", description = "De aanwijzing van een gemeente om plaatsen te realiseren.", example = """
            {"id":"7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9","besluitId":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
             "cyclus":"2024-2026","provinciecode":"PV27","gemeentecode":"GM0363","aantalPlaatsen":120,"aantalAmv":10,
             "voorgesteldPlaatsen":120,"voorgesteldAmv":10,"toelichting":null,"status":"AANGEWEZEN",
             "realisatieUiterlijk":"2025-06-20","aantalGerealiseerd":40,"termijnVerstrekenOp":null,
             "indeplaatsstellingOp":null,"indeplaatsstellingDoor":null}""")
    public record AanwijzingDto(@Schema(example = "7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9") UUID id,
            @Schema(example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID besluitId,
            @Schema(example = "2024-2026") String cyclus, @Schema(example = "PV27") String provinciecode,
            @Schema(example = "GM0363") String gemeentecode, @Schema(example = "120") int aantalPlaatsen,
            @Schema(example = "10") int aantalAmv,
            @Schema(description = "Wat de regel voorstelde", example = "120") int voorgesteldPlaatsen,
            @Schema(example = "10") int voorgesteldAmv,
            @Schema(nullable = true, example = "Aangepast na zienswijze") String toelichting,
            Aanwijzing.Status status,
            @Schema(nullable = true, example = "2025-06-20") LocalDate realisatieUiterlijk,
            @Schema(description = "Gerealiseerd op de locaties van deze aanwijzing (laatste melding per locatie)", example = "40")
            int aantalGerealiseerd,
            @Schema(nullable = true, example = "2025-06-21T01:00:00Z") Instant termijnVerstrekenOp,
            @Schema(nullable = true, example = "2025-07-01T09:00:00Z") Instant indeplaatsstellingOp,
            @Schema(nullable = true, example = "minister@minjenv.example") String indeplaatsstellingDoor) {
    }

    @Schema(name = "BesluitProvincie", description = "Wat het besluit voor een provincie nam: haar plan, of zonder plan "
            + "haar toezeggingen; het tekort en wat daarvan is aangewezen.", example = """
            {"provinciecode":"PV27","planId":"3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98","grondslag":"PLAN","tekort":1020,
             "amvTekort":0,"aangewezen":1020,"amvAangewezen":0}""")
    public record BesluitProvincieDto(@Schema(example = "PV27") String provinciecode,
            @Schema(nullable = true, example = "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98") UUID planId,
            @Schema(description = "PLAN of TOEZEGGINGEN (geen plan ingediend)", example = "PLAN") String grondslag,
            @Schema(example = "1020") int tekort, @Schema(example = "0") int amvTekort,
            @Schema(example = "1020") int aangewezen, @Schema(example = "0") int amvAangewezen) {
    }

    @Schema(name = "Verdeelbesluit", description = "Het verdeelbesluit van een cyclus, met de aanwijzingen.", example = """
            {"id":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","cyclus":"2024-2026","status":"GENOMEN",
             "regel":"TEKORT_NAAR_RATO_BIJ_ACHTERBLIJVENDE_GEMEENTEN","besluitdatum":"2024-12-20",
             "realisatieUiterlijk":"2025-06-20","opgesteldDoor":"minister@minjenv.example",
             "opgesteldOp":"2024-12-10T09:00:00Z","genomenDoor":"minister@minjenv.example",
             "genomenOp":"2024-12-20T09:00:00Z","versie":2,"provincies":[],
             "aanwijzingen":[]}""")
    public record VerdeelbesluitDto(@Schema(example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
            @Schema(example = "2024-2026") String cyclus,
            @Schema(description = "CONCEPT of GENOMEN", example = "GENOMEN") Verdeelbesluit.Status status,
            @Schema(description = "De regel die de aanwijzingen voorstelde",
                    example = "TEKORT_NAAR_RATO_BIJ_ACHTERBLIJVENDE_GEMEENTEN") String regel,
            @Schema(nullable = true, example = "2024-12-20") LocalDate besluitdatum,
            @Schema(nullable = true, example = "2025-06-20") LocalDate realisatieUiterlijk,
            @Schema(example = "minister@minjenv.example") String opgesteldDoor,
            @Schema(example = "2024-12-10T09:00:00Z") Instant opgesteldOp,
            @Schema(nullable = true, description = "Wie de voorgestelde aanwijzingen het laatst aanpaste; leeg als ze "
                    + "zijn zoals de regel ze voorstelde", example = "minister@minjenv.example") String aangepastDoor,
            @Schema(nullable = true, example = "2024-12-15T14:00:00Z") Instant aangepastOp,
            @Schema(nullable = true, example = "minister@minjenv.example") String genomenDoor,
            @Schema(nullable = true, example = "2024-12-20T09:00:00Z") Instant genomenOp,
            @Schema(description = "Versie; ook de ETag", example = "2") int versie,
            List<BesluitProvincieDto> provincies, List<AanwijzingDto> aanwijzingen) {
    }
}
