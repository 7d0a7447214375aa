package nl.spreiding.pledge.uitkering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.uitkering.Uitkeringsberekening.Regel;

/** What the API of the specifieke uitkering reads and writes. */
public final class UitkeringDtos {

    private UitkeringDtos() {
    }

    @Schema(name = "UitkeringsTrede", description = "Een trede van de regeling: welke duurzame plaatsen tellen, het bedrag "
            + "per plaats in eurocent, automatisch of op aanvraag, met de bron.")
    public record TredeDto(
            @NotNull @Schema(required = true, description = "Welke plaatsen: BOVEN_OPGAVE (boven de indicatieve opgave) of "
                    + "TOT_OPGAVE (tot en met de opgave)", example = "BOVEN_OPGAVE") Trede.Grondslag grondslag,
            @NotNull @Min(0) @Max(100_000_000) @Schema(required = true, minimum = "0", maximum = "100000000",
                    description = "Bedrag per plaats in eurocent", example = "200000") Long bedragPerPlaatsCent,
            @NotNull @Schema(required = true, description = "AUTOMATISCH betaald of OP_AANVRAAG", example = "OP_AANVRAAG")
            Trede.Wijze wijze,
            @NotNull @Schema(required = true, description = "VASTGESTELD (gelezen in de regeling) of GEMELD (gemeld, onzeker)",
                    example = "GEMELD") Trede.Zekerheid zekerheid,
            @NotBlank @Size(max = 2000) @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING)
            @Schema(required = true, maxLength = 2000, description = "Bron van het bedrag (ten hoogste 2000 tekens)",
                    example = "Woordvoerder ministerie, RTV Noord, januari 2024") String bron) {

        static TredeDto van(Trede t) {
            return new TredeDto(t.grondslag(), t.bedragPerPlaatsCent(), t.wijze(), t.zekerheid(), t.bron());
        }
    }

    @Schema(name = "NieuweUitkeringsregeling", description = "Een nieuwe versie van de regeling van een cyclus; een "
            + "eerdere versie blijft ongewijzigd.", example = """
            {"cyclus":"2026-2028","aanvraagUiterlijk":"2028-01-31","bron":"Regeling specifieke uitkeringen, versie 2026",
             "treden":[{"grondslag":"BOVEN_OPGAVE","bedragPerPlaatsCent":200000,"wijze":"OP_AANVRAAG","zekerheid":"GEMELD",
             "bron":"Woordvoerder ministerie"}]}""")
    public record NieuweRegeling(
            @NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) @Schema(required = true,
                    description = "Cyclus van de regeling (JJJJ-JJJJ)", example = "2026-2028") String cyclus,
            @NotNull @Schema(required = true, description = "Laatste dag waarop een gemeente het deel op aanvraag kan "
                    + "aanvragen", example = "2028-01-31") LocalDate aanvraagUiterlijk,
            @NotBlank @Size(max = 2000) @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING)
            @Schema(required = true, maxLength = 2000, description = "Bron van de regeling en de termijn",
                    example = "Regeling specifieke uitkeringen") String bron,
            @NotEmpty @Size(max = 10) @Schema(required = true, description = "De treden, in volgorde (1 tot 10)")
            List<@Valid @NotNull TredeDto> treden) {
    }

    @Schema(name = "Uitkeringsregeling", description = "Eén versie van de regeling van een cyclus.")
    public record RegelingDto(@Schema(description = "Id van de versie") UUID id,
            @Schema(description = "Cyclus", example = "2024-2026") String cyclus,
            @Schema(description = "Versie (1, 2, …); de hoogste geldt", example = "1") int versie,
            @Schema(description = "Laatste dag voor een aanvraag", example = "2026-01-31") LocalDate aanvraagUiterlijk,
            @Schema(description = "Bron van de regeling en de termijn") String bron,
            @Schema(description = "De treden") List<TredeDto> treden,
            @Schema(description = "Wanneer ingesteld (UTC)") Instant ingesteldOp,
            @Schema(description = "Door wie ingesteld") String ingesteldDoor) {

        static RegelingDto van(Uitkeringsregeling r) {
            return new RegelingDto(r.id, r.cyclus, r.versie, r.aanvraagUiterlijk, r.bron,
                    r.treden().stream().map(TredeDto::van).toList(), r.ingesteldOp, r.ingesteldDoor);
        }
    }

    @Schema(name = "Uitkeringsberekening", description = "Het verzoek om na de realisatietermijn de uitkering per gemeente te "
            + "berekenen.", example = "{\"cyclus\":\"2024-2026\"}")
    public record Berekening(@NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) @Schema(required = true,
            description = "Cyclus (JJJJ-JJJJ)", example = "2024-2026") String cyclus) {
    }

    @Schema(name = "Uitkeringsaanvraag", description = "De aanvraag van een gemeente voor het deel op aanvraag.", example = """
            {"beschikbaarVanaf":"2024-06-01","toelichting":"Plaatsen Ter Apel, duurzaam beschikbaar"}""")
    public record Aanvraag(
            @NotNull @Schema(required = true, description = "Datum vanaf wanneer de plaatsen beschikbaar zijn (de regeling "
                    + "vraagt die ten minste)", example = "2024-06-01") LocalDate beschikbaarVanaf,
            @Size(max = 2000) @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING) @Schema(maxLength = 2000,
                    description = "Toelichting (ten hoogste 2000 tekens)", example = "Plaatsen Ter Apel") String toelichting) {
    }

    public enum Besluit { TOEGEKEND, AFGEWEZEN }

    @Schema(name = "Uitkeringsbesluit", description = "Het besluit van de minister op een aanvraag, met een reden.", example = """
            {"besluit":"TOEGEKEND","reden":"Plaatsen zijn duurzaam en tijdig gerealiseerd"}""")
    public record BesluitVerzoek(
            @NotNull @Schema(required = true, description = "TOEGEKEND of AFGEWEZEN", example = "TOEGEKEND") Besluit besluit,
            @NotBlank @Size(max = 2000) @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING)
            @Schema(required = true, maxLength = 2000, description = "Reden van het besluit (ten hoogste 2000 tekens)",
                    example = "Plaatsen zijn duurzaam en tijdig gerealiseerd") String reden) {
    }

    @Schema(name = "UitkeringsRegel", description = "Eén trede toegepast: plaatsen × bedrag per plaats.")
    public record RegelDto(@Schema(description = "Volgorde van de trede", example = "1") int volgorde,
            @Schema(description = "Welke plaatsen", example = "BOVEN_OPGAVE") Trede.Grondslag grondslag,
            @Schema(description = "Automatisch of op aanvraag", example = "OP_AANVRAAG") Trede.Wijze wijze,
            @Schema(description = "Plaatsen die de trede betaalt", example = "1900") int plaatsen,
            @Schema(description = "Bedrag per plaats in eurocent", example = "200000") long bedragPerPlaatsCent,
            @Schema(description = "Plaatsen × bedrag, in eurocent", example = "380000000") long bedragCent,
            @Schema(description = "De berekening in woorden") String toelichting) {

        static RegelDto van(Regel r) {
            return new RegelDto(r.volgorde(), r.grondslag(), r.wijze(), r.plaatsen(), r.bedragPerPlaatsCent(),
                    r.bedragCent(), r.toelichting());
        }
    }

    @Schema(name = "Uitkeringsrecht", description = "Waar een gemeente in een cyclus recht op heeft, waarom, en wat er met "
            + "haar aanvraag gebeurde. Bedragen in eurocent.")
    public record RechtDto(@Schema(description = "Id") UUID id,
            @Schema(description = "Cyclus", example = "2024-2026") String cyclus,
            @Schema(description = "Versie van de regeling waarmee is berekend", example = "1") int regelingVersie,
            @Schema(description = "CBS-code van de provincie", example = "PV20") String provinciecode,
            @Schema(description = "CBS-code van de gemeente", example = "GM1950") String gemeentecode,
            @Schema(description = "Naam van de gemeente", example = "Westerwolde") String naam,
            @Schema(description = "Indicatieve opgave", example = "131") int opgave,
            @Schema(description = "Gemelde duurzame plaatsen (laatste melding per locatie)", example = "2031")
            int gerealiseerdDuurzaam,
            @Schema(description = "Saldo van bevestigde verrekeningen met andere gemeenten (+ ontvangen, - uitgeleend): "
                    + "telt voor de opgave, niet voor de uitkering (de uitkering volgt de plaats)", example = "0")
            int verrekend,
            @Schema(description = "Duurzame plaatsen waarvoor de uitkering betaalt: de eigen gerealiseerde, zonder "
                    + "verrekening", example = "2031") int duurzamePlaatsen,
            @Schema(description = "Deel dat automatisch wordt betaald, eurocent", example = "0") long automatischCent,
            @Schema(description = "Deel op aanvraag, eurocent", example = "380000000") long opAanvraagCent,
            @Schema(description = "Per trede de berekening") List<RegelDto> regels,
            @Schema(description = "De hele berekening in woorden") String toelichting,
            @Schema(description = "Laatste dag voor de aanvraag", example = "2026-01-31") LocalDate aanvraagUiterlijk,
            @Schema(description = "BEREKEND, AANGEVRAAGD, TOEGEKEND of AFGEWEZEN", example = "BEREKEND")
            Uitkeringsrecht.Status status,
            @Schema(description = "Wanneer berekend (UTC)") Instant berekendOp,
            @Schema(description = "Door wie berekend") String berekendDoor,
            @Schema(description = "Beschikbaar vanaf, uit de aanvraag", nullable = true) LocalDate beschikbaarVanaf,
            @Schema(description = "Toelichting bij de aanvraag", nullable = true) String aanvraagToelichting,
            @Schema(description = "Wanneer aangevraagd (UTC)", nullable = true) Instant aangevraagdOp,
            @Schema(description = "Door wie aangevraagd", nullable = true) String aangevraagdDoor,
            @Schema(description = "Reden van het besluit", nullable = true) String besluitReden,
            @Schema(description = "Toegekend bedrag op aanvraag, eurocent (0 bij afwijzing)", nullable = true) Long toegekendCent,
            @Schema(description = "Wanneer besloten (UTC)", nullable = true) Instant beslotenOp,
            @Schema(description = "Door wie besloten", nullable = true) String beslotenDoor) {
    }

    @Schema(name = "UitkeringTotaal", description = "Totalen van een provincie of van het land, in eurocent.")
    public record Totaal(@Schema(description = "PROVINCIE of LANDELIJK", example = "PROVINCIE") String niveau,
            @Schema(description = "CBS-code van de provincie; NL voor het land", example = "PV20") String code,
            @Schema(description = "Gemeenten met een recht", example = "1") int gemeenten,
            @Schema(description = "Duurzame plaatsen waarvoor de uitkering betaalt (de eigen gerealiseerde)", example = "2031")
            long duurzamePlaatsen,
            @Schema(description = "Automatisch, eurocent", example = "0") long automatischCent,
            @Schema(description = "Op aanvraag, eurocent", example = "380000000") long opAanvraagCent,
            @Schema(description = "Toegekend op aanvraag, eurocent", example = "380000000") long toegekendCent) {
    }

    @Schema(name = "UitkeringOverzicht", description = "De uitkering per gemeente, per provincie en landelijk.")
    public record Overzicht(@Schema(description = "Cyclus", example = "2024-2026") String cyclus,
            @Schema(description = "Alleen deze provincie, of null voor het land", nullable = true) String provinciecode,
            @Schema(description = "Per gemeente") List<RechtDto> gemeenten,
            @Schema(description = "Per provincie") List<Totaal> provincies,
            @Schema(description = "Samen (het land, of de gevraagde provincie)") Totaal landelijk) {
    }
}
