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
import nl.spreiding.pledge.api.Datumbereik;

public final class BesluitDtos {

    private BesluitDtos() {
    }

    @Schema(name = "NieuwVerdeelbesluit", description = "Stelt een concept-verdeelbesluit op uit de ingediende plannen, met "
            + "voorgestelde aanwijzingen volgens de regel.", example = "{\"cyclus\":\"2026-2028\"}")
    public record NieuwVerdeelbesluit(@NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING)
            @Schema(required = true, description = "Cyclus van het besluit (JJJJ-JJJJ); zij moet een gepubliceerde "
                    + "asielopgave hebben", example = "2026-2028") String cyclus) {
    }

    @Schema(name = "AanwijzingInvoer", description = "Een aanwijzing zoals de minister haar vaststelt.", example = """
            {"gemeentecode":"GM0363","aantalPlaatsen":120,"aantalAmv":10,"toelichting":"Aangepast na zienswijze"}""")
    public record AanwijzingInvoer(
            @NotNull @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) @Schema(required = true,
                    description = "CBS-code van de aangewezen gemeente; zij heeft een asielopgave in de cyclus",
                    example = "GM0363") String gemeentecode,
            @NotNull @Min(0) @Max(100000) @Schema(required = true, minimum = "0", maximum = "100000",
                    description = "Aantal opvangplaatsen dat de gemeente moet realiseren", example = "120") Integer aantalPlaatsen,
            @NotNull @Min(0) @Max(100000) @Schema(required = true, minimum = "0", maximum = "100000",
                    description = "Aantal plaatsen voor alleenstaande minderjarige vreemdelingen (amv) dat de gemeente moet "
                            + "realiseren; aantalPlaatsen en aantalAmv zijn niet allebei 0", example = "10") Integer aantalAmv,
            @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING) @Size(max = 2000) @Schema(maxLength = 2000, description = "Toelichting van de minister bij de aanwijzing (ten "
                    + "hoogste 2000 tekens)", example = "Aangepast na zienswijze") String toelichting) {
    }

    @Schema(name = "Aanwijzingen", description = "De volledige set aanwijzingen van een concept-besluit (vervangt de vorige).",
            example = """
            {"aanwijzingen":[{"gemeentecode":"GM0363","aantalPlaatsen":120,"aantalAmv":10,
             "toelichting":"Aangepast na zienswijze"}]}""")
    public record AanwijzingenInvoer(@NotNull @Size(max = 400) @Schema(required = true, maxItems = 400, description = "Alle "
            + "aanwijzingen van het besluit, elke gemeente ten hoogste eens; een lege lijst wijst niemand aan")
            List<@Valid @NotNull AanwijzingInvoer> aanwijzingen) {
    }

    @Schema(name = "Vaststelling", description = "Het nemen van het besluit; zonder besluitdatum geldt vandaag. De "
            + "besluitdatum ligt niet in de toekomst.", example = "{\"besluitdatum\":\"2026-10-28\"}")
    public record Vaststelling(@Datumbereik @Schema(description = "Datum van het besluit, niet na vandaag (standaard "
            + "vandaag); de realisatietermijn telt vanaf deze datum", example = "2026-10-28") LocalDate besluitdatum) {
    }

    @Schema(name = "Aanwijzing", description = "De aanwijzing van een gemeente om plaatsen te realiseren.", example = """
            {"id":"7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9","besluitId":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
             "cyclus":"2024-2026","provinciecode":"PV27","gemeentecode":"GM0363","aantalPlaatsen":120,"aantalAmv":10,
             "voorgesteldPlaatsen":120,"voorgesteldAmv":10,"toelichting":null,"status":"AANGEWEZEN",
             "realisatieUiterlijk":"2025-06-20","aantalGerealiseerd":40,"termijnVerstrekenOp":null,
             "indeplaatsstellingOp":null,"indeplaatsstellingDoor":null}""")
    public record AanwijzingDto(@Schema(description = "Id van de aanwijzing", example = "7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9") UUID id,
            @Schema(description = "Id van het verdeelbesluit", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID besluitId,
            @Schema(description = "Cyclus van het besluit", example = "2024-2026") String cyclus,
            @Schema(description = "CBS-code van de provincie van de gemeente", example = "PV27") String provinciecode,
            @Schema(description = "CBS-code van de aangewezen gemeente", example = "GM0363") String gemeentecode,
            @Schema(description = "Aantal opvangplaatsen dat de gemeente moet realiseren", example = "120") int aantalPlaatsen,
            @Schema(description = "Aantal plaatsen voor alleenstaande minderjarige vreemdelingen (amv) dat de gemeente moet "
                    + "realiseren", example = "10") int aantalAmv,
            @Schema(description = "Aantal plaatsen dat de regel voorstelde (0 als de minister de gemeente toevoegde)",
                    example = "120") int voorgesteldPlaatsen,
            @Schema(description = "Aantal amv-plaatsen dat de regel voorstelde", example = "10") int voorgesteldAmv,
            @Schema(description = "Toelichting van de minister", nullable = true, example = "Aangepast na zienswijze") String toelichting,
            @Schema(description = "Waar de aanwijzing staat") Aanwijzing.Status status,
            @Schema(description = "Laatste dag van de realisatietermijn; leeg zolang het besluit niet genomen is",
                    nullable = true, example = "2025-06-20") LocalDate realisatieUiterlijk,
            @Schema(description = "Gerealiseerd op de locaties van deze aanwijzing (laatste melding per locatie)", example = "40")
            int aantalGerealiseerd,
            @Schema(description = "Wanneer de termijn als verstreken werd gemarkeerd (UTC)", nullable = true,
                    example = "2025-06-21T01:00:00Z") Instant termijnVerstrekenOp,
            @Schema(description = "Wanneer de minister de indeplaatsstelling startte (UTC)", nullable = true,
                    example = "2025-07-01T09:00:00Z") Instant indeplaatsstellingOp,
            @Schema(description = "Wie de indeplaatsstelling startte (upn uit het token)", nullable = true,
                    example = "minister@minjenv.example") String indeplaatsstellingDoor) {
    }

    @Schema(name = "BesluitProvincie", description = "Wat het besluit voor een provincie nam: haar plan, of zonder plan "
            + "haar toezeggingen; het tekort en wat daarvan is aangewezen.", example = """
            {"provinciecode":"PV27","planId":"3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98","grondslag":"PLAN","tekort":1020,
             "amvTekort":0,"aangewezen":1020,"amvAangewezen":0,"kansrijk":0,"tekortNaKansrijk":1020,
             "amvTekortNaKansrijk":0}""")
    public record BesluitProvincieDto(@Schema(description = "CBS-code van de provincie", example = "PV27") String provinciecode,
            @Schema(description = "Id van het geldende plan dat het besluit nam; leeg zonder plan", nullable = true,
                    example = "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98") UUID planId,
            @Schema(description = "PLAN of TOEZEGGINGEN (geen plan ingediend)", example = "PLAN") String grondslag,
            @Schema(description = "Tekort van de provincie op haar asielopgave, in plaatsen", example = "1020") int tekort,
            @Schema(description = "Tekort op haar amv-opgave, in plaatsen", example = "0") int amvTekort,
            @Schema(description = "Som van de aangewezen plaatsen in de provincie", example = "1020") int aangewezen,
            @Schema(description = "Som van de aangewezen amv-plaatsen in de provincie", example = "0") int amvAangewezen,
            @Schema(description = "Plaatsen van de als kansrijk initiatief aanvaarde toezeggingen in de provincie; zij "
                    + "tellen voor het plan", example = "0") int kansrijk,
            @Schema(description = "Tekort na de kansrijke initiatieven (tekort - kansrijk, niet onder 0): wat de regel "
                    + "over de achterblijvers verdeelt", example = "1020") int tekortNaKansrijk,
            @Schema(description = "Amv-tekort na de kansrijke initiatieven (niet onder 0)", example = "0") int amvTekortNaKansrijk) {
    }

    @Schema(name = "KansrijkInvoer", description = "Een toezegging die de minister als kansrijk initiatief aanvaardt.",
            example = """
            {"toezeggingId":"0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10","criterium":"LOKALE_BESLUITVORMING_AFGEROND",
             "reden":"Gemeenteraad stemde op 14 november 2024 in met de locatie"}""")
    public record KansrijkInvoer(
            @NotNull @Schema(required = true, description = "Id van een niet ingetrokken asieltoezegging van de cyclus die "
                    + "volgens de telregels (nog) niet meetelt", example = "0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10") UUID toezeggingId,
            @NotNull @Schema(required = true, description = "Het criterium waarop zij is aanvaard") Criterium criterium,
            @NotNull @jakarta.validation.constraints.NotBlank @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING)
            @Size(max = 1000) @Schema(required = true, maxLength = 1000, description = "Waarom zij aan het criterium voldoet "
                    + "(ten hoogste 1000 tekens)", example = "Gemeenteraad stemde op 14 november 2024 in met de locatie")
            String reden) {
    }

    @Schema(name = "KansrijkeInitiatieven", description = "Alle kansrijke initiatieven van een concept-besluit (vervangt de "
            + "vorige).", example = """
            {"initiatieven":[{"toezeggingId":"0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10",
             "criterium":"LOKALE_BESLUITVORMING_AFGEROND","reden":"Gemeenteraad stemde in"}]}""")
    public record KansrijkeInitiatievenInvoer(@NotNull @Size(max = 1000) @Schema(required = true, maxItems = 1000,
            description = "De aanvaarde toezeggingen, elk ten hoogste eens; een lege lijst aanvaardt er geen")
            List<@Valid @NotNull KansrijkInvoer> initiatieven) {
    }

    @Schema(name = "KansrijkInitiatief", description = "Een toezegging die het besluit als kansrijk initiatief aanvaardde.",
            example = """
            {"toezeggingId":"0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10","provinciecode":"PV20","gemeentecode":"GM0037",
             "aantalPlaatsen":60,"aantalAmv":0,"criterium":"LOKALE_BESLUITVORMING_AFGEROND",
             "reden":"Gemeenteraad stemde in","aanvaardDoor":"minister@minjenv.example","aanvaardOp":"2024-12-15T10:00:00Z"}""")
    public record KansrijkInitiatiefDto(@Schema(description = "Id van de toezegging", example = "0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10") UUID toezeggingId,
            @Schema(description = "CBS-code van de provincie", example = "PV20") String provinciecode,
            @Schema(description = "CBS-code van de gemeente", example = "GM0037") String gemeentecode,
            @Schema(description = "Plaatsen van de toezegging bij aanvaarding", example = "60") int aantalPlaatsen,
            @Schema(description = "Waarvan amv", example = "0") int aantalAmv,
            @Schema(description = "Het criterium") Criterium criterium,
            @Schema(description = "De reden", example = "Gemeenteraad stemde in") String reden,
            @Schema(description = "Wie aanvaardde (upn uit het token)", example = "minister@minjenv.example") String aanvaardDoor,
            @Schema(description = "Wanneer (UTC)", example = "2024-12-15T10:00:00Z") Instant aanvaardOp) {

        public static KansrijkInitiatiefDto van(KansrijkInitiatief k) {
            return new KansrijkInitiatiefDto(k.toezeggingId, k.provinciecode, k.gemeentecode, k.aantalPlaatsen,
                    k.aantalAmv, k.criterium, k.reden, k.aanvaardDoor, k.aanvaardOp);
        }
    }

    @Schema(name = "Verdeelbesluit", description = "Het verdeelbesluit van een cyclus, met de aanwijzingen.", example = """
            {"id":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","cyclus":"2024-2026","status":"GENOMEN",
             "regel":"TEKORT_NAAR_RATO_BIJ_ACHTERBLIJVENDE_GEMEENTEN","besluitdatum":"2024-12-20",
             "realisatieUiterlijk":"2025-06-20","opgesteldDoor":"minister@minjenv.example",
             "opgesteldOp":"2024-12-10T09:00:00Z","genomenDoor":"minister@minjenv.example",
             "genomenOp":"2024-12-20T09:00:00Z","versie":2,"provincies":[],
             "aanwijzingen":[],"kansrijkeInitiatieven":[]}""")
    public record VerdeelbesluitDto(@Schema(description = "Id van het verdeelbesluit", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
            @Schema(description = "Cyclus van het besluit", example = "2024-2026") String cyclus,
            @Schema(description = "CONCEPT of GENOMEN", example = "GENOMEN") Verdeelbesluit.Status status,
            @Schema(description = "De regel die de aanwijzingen voorstelde",
                    example = "TEKORT_NAAR_RATO_BIJ_ACHTERBLIJVENDE_GEMEENTEN") String regel,
            @Schema(description = "Datum van het besluit; leeg bij een concept", nullable = true, example = "2024-12-20") LocalDate besluitdatum,
            @Schema(description = "Laatste dag van de realisatietermijn van de aanwijzingen; leeg bij een concept",
                    nullable = true, example = "2025-06-20") LocalDate realisatieUiterlijk,
            @Schema(description = "Wie het concept opstelde (upn uit het token)", example = "minister@minjenv.example") String opgesteldDoor,
            @Schema(description = "Tijdstip van opstellen (UTC)", example = "2024-12-10T09:00:00Z") Instant opgesteldOp,
            @Schema(nullable = true, description = "Wie de voorgestelde aanwijzingen het laatst aanpaste; leeg als ze "
                    + "zijn zoals de regel ze voorstelde", example = "minister@minjenv.example") String aangepastDoor,
            @Schema(description = "Tijdstip van de laatste aanpassing (UTC)", nullable = true, example = "2024-12-15T14:00:00Z") Instant aangepastOp,
            @Schema(description = "Wie het besluit nam (upn uit het token); leeg bij een concept", nullable = true,
                    example = "minister@minjenv.example") String genomenDoor,
            @Schema(description = "Tijdstip van nemen (UTC); leeg bij een concept", nullable = true,
                    example = "2024-12-20T09:00:00Z") Instant genomenOp,
            @Schema(description = "Versie, bij 0 beginnend en bij elke aanpassing of het nemen één hoger; ook de ETag",
                    example = "2") int versie,
            @Schema(description = "Per provincie de grondslag en het tekort") List<BesluitProvincieDto> provincies,
            @Schema(description = "De aanwijzingen van het besluit, per provincie en gemeente") List<AanwijzingDto> aanwijzingen,
            @Schema(description = "De als kansrijk initiatief aanvaarde toezeggingen; zij tellen voor het plan en staan "
                    + "apart van de aanwijzingen") List<KansrijkInitiatiefDto> kansrijkeInitiatieven) {
    }
}
