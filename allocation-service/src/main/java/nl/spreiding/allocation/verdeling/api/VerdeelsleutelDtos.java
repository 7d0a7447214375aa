package nl.spreiding.allocation.verdeling.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.spreiding.allocation.verdeling.Afronding;
import nl.spreiding.allocation.verdeling.Correctie;
import nl.spreiding.allocation.verdeling.Correctiebron;
import nl.spreiding.allocation.verdeling.Verdeelsleutel;
import nl.spreiding.allocation.verdeling.opslag.Verdeelsleutelbeheer;

/** What the key endpoints receive and answer about a key's correction function (README "Correctiefuncties"). */
final class VerdeelsleutelDtos {

    static final String CODE = "[A-Z][A-Z0-9_]{1,59}";
    static final String CODE_MELDING = "moet een sleutelcode zijn: hoofdletters, cijfers en _, 2 tot 60 tekens, zoals "
            + "SPREIDINGSWET_SES_WOA";
    private static final String GEEN_NUL = "[^\\x00]*";
    private static final String GEEN_NUL_MELDING = "bevat het teken NUL (U+0000)";

    private VerdeelsleutelDtos() {
    }

    @Schema(name = "SesBand", description = "Eén band van een tabel van factoren per SES-WOA-score: scores s met "
            + "vanaf ≤ s < tot krijgen deze factor.", example = """
            {"vanaf":-0.1,"tot":0.1,"factor":1.0}""")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BandDto(
            @Schema(description = "Ondergrens (inclusief); leeg alleen bij de eerste band", example = "-0.1") BigDecimal vanaf,
            @Schema(description = "Bovengrens (exclusief); leeg alleen bij de laatste band", example = "0.1") BigDecimal tot,
            @NotNull @Schema(description = "Factor voor de inwoners van een gemeente in deze band, groter dan 0",
                    example = "1.0") BigDecimal factor) {

        Correctie.Band band() {
            return new Correctie.Band(vanaf, tot, factor);
        }

        static BandDto van(Correctie.Band b) {
            return new BandDto(b.vanaf(), b.tot(), b.factor());
        }
    }

    @Schema(name = "Correctiefunctie", description = "De correctiefunctie van een sleutel: een familie met parameters. "
            + "GEEN: gewicht = inwoners. LINEAIR: inwoners × (1 + a × S). BEGRENSD_LINEAIR: inwoners × (1 + a × S), de "
            + "factor begrensd tot [minimum, maximum]. SES_BANDEN: inwoners × de factor van de band waarin S valt; de "
            + "banden dekken alle scores zonder overlap. S is de SES-WOA-score; getallen exact, ten hoogste 6 decimalen.",
            example = """
                    {"familie":"BEGRENSD_LINEAIR","a":1,"minimum":0.5,"maximum":1.5}""")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CorrectieDto(
            @NotNull @Pattern(regexp = "GEEN|LINEAIR|BEGRENSD_LINEAIR|SES_BANDEN",
                    message = "moet GEEN, LINEAIR, BEGRENSD_LINEAIR of SES_BANDEN zijn")
            @Schema(description = "Familie van de functie", enumeration = { "GEEN", "LINEAIR", "BEGRENSD_LINEAIR", "SES_BANDEN" },
                    example = "BEGRENSD_LINEAIR") String familie,
            @Schema(description = "LINEAIR en BEGRENSD_LINEAIR: de helling a (a = 1 is de huidige SES-WOA-correctie)",
                    example = "1") BigDecimal a,
            @Schema(description = "BEGRENSD_LINEAIR: ondergrens van de factor, groter dan 0", example = "0.5") BigDecimal minimum,
            @Schema(description = "BEGRENSD_LINEAIR: bovengrens van de factor, niet kleiner dan het minimum", example = "1.5")
            BigDecimal maximum,
            @Size(max = 50) @Schema(description = "SES_BANDEN: de banden in oplopende volgorde, elk beginnend waar de "
                    + "vorige eindigt; de eerste zonder ondergrens, de laatste zonder bovengrens")
            List<@Valid @NotNull BandDto> banden,
            @Null(message = "wordt uit familie en parameters afgeleid; laat het weg")
            @Schema(description = "Alleen in antwoorden: de formule in woorden", readOnly = true,
                    example = "gewicht = aantal inwoners × (1 + 1 × SES-WOA-score), factor begrensd tot [0.5, 1.5]")
            String formule) {

        static CorrectieDto van(Correctie c) {
            BigDecimal a = null;
            BigDecimal minimum = null;
            BigDecimal maximum = null;
            List<BandDto> banden = null;
            if (c instanceof Correctie.Lineair l) {
                a = l.a();
            } else if (c instanceof Correctie.BegrensdLineair b) {
                a = b.a();
                minimum = b.minimum();
                maximum = b.maximum();
            } else if (c instanceof Correctie.Banden b) {
                banden = b.banden().stream().map(BandDto::van).toList();
            }
            return new CorrectieDto(c.familie(), a, minimum, maximum, banden, c.formule());
        }
    }

    @Schema(name = "Correctiebron", description = "Waar de correctiefunctie vandaan komt: een publicatie (met datum, "
            + "en zo mogelijk adres) of een aanname met haar reden.", example = """
            {"soort":"PUBLICATIE","tekst":"Stcrt. 2025, 12345","datum":"2025-03-12",
             "url":"https://zoek.officielebekendmakingen.nl/stcrt-2025-12345.html"}""")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BronDto(
            @NotNull @Schema(description = "PUBLICATIE of AANNAME", example = "PUBLICATIE") Correctiebron.Soort soort,
            @NotBlank @Size(max = 1000) @Pattern(regexp = GEEN_NUL, message = GEEN_NUL_MELDING)
            @Schema(description = "De publicatie, of de reden van de aanname; ten hoogste 1000 tekens",
                    example = "Stcrt. 2025, 12345") String tekst,
            @Schema(description = "Datum van de publicatie; verplicht bij PUBLICATIE, leeg bij AANNAME", example = "2025-03-12")
            LocalDate datum,
            @Size(max = 500) @Schema(description = "Adres van de publicatie (http of https); leeg bij AANNAME",
                    example = "https://zoek.officielebekendmakingen.nl/stcrt-2025-12345.html") String url) {

        static BronDto van(Correctiebron b) {
            return b == null ? null : new BronDto(b.soort(), b.tekst(), b.datum(), b.url());
        }
    }

    @Schema(name = "NieuweVerdeelsleutelversie", description = "Een nieuwe versie van een verdeelsleutel (of een nieuwe "
            + "sleutel): de volgende versie van de code, nooit een wijziging van een bestaande. Bestaande verdelingen "
            + "houden hun sleutelversie.", example = """
            {"code":"SPREIDINGSWET_SES_WOA_EXACT","omschrijving":"Aandeel in de bevolking, gecorrigeerd met de SES-WOA-score, factor begrensd tot [0.5, 1.5]",
             "rechtsgrond":"Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen (Stb. 2024, 12), art. 3",
             "correctie":{"familie":"BEGRENSD_LINEAIR","a":1,"minimum":0.5,"maximum":1.5},
             "afronding":"GROOTSTE_OVERSCHOT","amvAfronding":"GROOTSTE_OVERSCHOT",
             "bron":{"soort":"AANNAME","tekst":"Voorbeeld: de regeling is nog niet gepubliceerd"}}""")
    record NieuweSleutelversie(
            @NotNull @Pattern(regexp = CODE, message = CODE_MELDING)
            @Schema(description = "Code van de sleutel; een bestaande code krijgt een nieuwe versie",
                    example = "SPREIDINGSWET_SES_WOA_EXACT") String code,
            @NotBlank @Size(max = 2000) @Pattern(regexp = GEEN_NUL, message = GEEN_NUL_MELDING)
            @Schema(description = "Wat de sleutel doet, in woorden; ten hoogste 2000 tekens",
                    example = "Aandeel in de bevolking, gecorrigeerd met de SES-WOA-score") String omschrijving,
            @NotBlank @Size(max = 500) @Pattern(regexp = GEEN_NUL, message = GEEN_NUL_MELDING)
            @Schema(description = "Wettelijke grondslag; ten hoogste 500 tekens",
                    example = "Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen (Stb. 2024, 12), art. 3")
            String rechtsgrond,
            @NotNull @Valid @Schema(description = "De correctiefunctie (zonder formule: die volgt uit familie en parameters)")
            CorrectieDto correctie,
            @NotNull @Schema(description = "Afronding van de opgaven: PER_GEMEENTE, GROOTSTE_OVERSCHOT of NAAR_BOVEN",
                    example = "GROOTSTE_OVERSCHOT") Afronding afronding,
            @Schema(description = "Afronding van het amv-deel; standaard die van de opgaven. GROOTSTE_OVERSCHOT vraagt "
                    + "GROOTSTE_OVERSCHOT voor de opgaven", example = "GROOTSTE_OVERSCHOT") Afronding amvAfronding,
            @NotNull @Valid @Schema(description = "Bron van de correctiefunctie") BronDto bron) {

        Verdeelsleutelbeheer.Definitie definitie() {
            return new Verdeelsleutelbeheer.Definitie(code, omschrijving, rechtsgrond, correctie.familie(), correctie.a(),
                    correctie.minimum(), correctie.maximum(),
                    correctie.banden() == null ? null : correctie.banden().stream().map(BandDto::band).toList(),
                    afronding, amvAfronding, bron.soort(), bron.tekst(), bron.datum(), bron.url());
        }
    }

    /** The key's function in detail, next to the formula {@link VerdelingDtos.SleutelDto} has always shown. */
    static CorrectieDto correctie(Verdeelsleutel s) {
        return CorrectieDto.van(s.correctie());
    }
}
