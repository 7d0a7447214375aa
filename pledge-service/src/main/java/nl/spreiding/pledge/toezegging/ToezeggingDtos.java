package nl.spreiding.pledge.toezegging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.api.Datumbereik;
import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.telregel.Beoordeling;

/** The request and response bodies of the pledge resources. */
public final class ToezeggingDtos {

    private ToezeggingDtos() {
    }

    @Schema(name = "Toezegging", description = "Toezegging van opvangplaatsen door een gemeente op een locatie. Alleen "
            + "duurzame (ten minste vijf jaar beschikbare) asielplaatsen tellen voor de opgave van de Spreidingswet.",
            example = """
            {"id":"0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10","cyclus":"2024-2026","provinciecode":"PV27",
             "gemeentecode":"GM0363","locatie":"Amsterdam, Willinklaan","doelgroep":"ASIEL","aantalPlaatsen":250,
             "aantalAmv":40,"duurzaam":true,"beschikbaarVanaf":"2025-03-01","beschikbaarTot":"2035-03-01",
             "status":"GEPLAND","versie":0,"teltVoorOpgave":true,"aangemaaktOp":"2024-06-01T09:30:00Z",
             "gewijzigdOp":"2024-06-01T09:30:00Z","redenenNietMeegeteld":[]}""")
    public record ToezeggingDto(
            @Schema(description = "Id van de toezegging", example = "0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10") UUID id,
            @Schema(description = "Cyclus van de Spreidingswet waarvoor de toezegging geldt (JJJJ-JJJJ)", example = "2024-2026") String cyclus,
            @Schema(description = "CBS-code van de provincie van de gemeente", example = "PV27") String provinciecode,
            @Schema(description = "CBS-code van de gemeente die de plaatsen toezegt", example = "GM0363") String gemeentecode,
            @Schema(description = "Naam of adres van de opvanglocatie", example = "Amsterdam, Willinklaan") String locatie,
            @Schema(description = "Doelgroep van de plaatsen") Doelgroep doelgroep,
            @Schema(description = "Toegezegde opvangplaatsen op deze locatie, in plaatsen", example = "250") int aantalPlaatsen,
            @Schema(description = "Waarvan voor alleenstaande minderjarige vreemdelingen (amv), in plaatsen", example = "40") int aantalAmv,
            @Schema(description = "Duurzaam: de plaatsen zijn ten minste vijf jaar beschikbaar", example = "true") boolean duurzaam,
            @Schema(description = "Eerste dag waarop de plaatsen beschikbaar zijn (leeg: onbekend)", nullable = true,
                    example = "2025-03-01") LocalDate beschikbaarVanaf,
            @Schema(description = "Laatste dag waarop de plaatsen beschikbaar zijn (leeg: onbepaald)", nullable = true,
                    example = "2035-03-01") LocalDate beschikbaarTot,
            @Schema(description = "Waar de toezegging staat") Toezegging.Status status,
            @Schema(description = "Versie, bij 0 beginnend en bij elke wijziging één hoger; ook de ETag", example = "0") int versie,
            @Schema(description = "Telt mee voor de opgave van de Spreidingswet: asiel, niet ingetrokken, en volgens de "
                    + "telregels van de cyclus (GET /cycli/{cyclus}/telregels; zonder vaststelling: duurzaam)",
                    example = "true") boolean teltVoorOpgave,
            @Schema(description = "Tijdstip van registratie (UTC)", example = "2024-06-01T09:30:00Z") Instant aangemaaktOp,
            @Schema(description = "Tijdstip van de laatste wijziging (UTC)", example = "2024-06-01T09:30:00Z") Instant gewijzigdOp,
            @Schema(description = "Waarom de toezegging niet meetelt, elke reden apart; leeg als zij meetelt",
                    example = "[]") List<String> redenenNietMeegeteld) {

        public static ToezeggingDto van(Toezegging t, Beoordeling b) {
            return new ToezeggingDto(t.id, t.cyclus, t.provinciecode, t.gemeentecode, t.locatie, t.doelgroep,
                    t.aantalPlaatsen, t.aantalAmv, t.duurzaam, t.beschikbaarVanaf, t.beschikbaarTot, t.status, t.versie,
                    b.telt(), t.aangemaaktOp, t.gewijzigdOp, b.redenen());
        }
    }

    @Schema(name = "NieuweToezegging", description = "Een nieuwe toezegging. De provincie volgt uit de gemeente.",
            example = """
            {"cyclus":"2026-2028","gemeentecode":"GM0363","locatie":"Amsterdam, Willinklaan","doelgroep":"ASIEL",
             "aantalPlaatsen":250,"aantalAmv":40,"duurzaam":true,"beschikbaarVanaf":"2027-03-01",
             "beschikbaarTot":"2037-03-01","status":"GEPLAND"}""")
    public record NieuweToezegging(
            @NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING)
            @Schema(required = true, description = "Cyclus waarvoor de toezegging geldt (JJJJ-JJJJ); de gemeente moet er een "
                    + "gepubliceerde opgave in hebben", example = "2026-2028") String cyclus,
            @NotNull @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING)
            @Schema(required = true, description = "CBS-code van de gemeente die de plaatsen toezegt", example = "GM0363") String gemeentecode,
            @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING) @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, description = "Naam of adres van de "
                    + "opvanglocatie (ten hoogste 200 tekens)", example = "Amsterdam, Willinklaan") String locatie,
            @NotNull @Schema(required = true, description = "Doelgroep van de plaatsen") Doelgroep doelgroep,
            @NotNull @Min(1) @Max(100000) @Schema(required = true, minimum = "1", maximum = "100000",
                    description = "Toegezegde opvangplaatsen op deze locatie, in plaatsen", example = "250") Integer aantalPlaatsen,
            @Min(0) @Max(100000) @Schema(description = "Waarvan voor alleenstaande minderjarige vreemdelingen (amv), in "
                    + "plaatsen; alleen bij ASIEL, ten hoogste aantalPlaatsen; standaard 0", minimum = "0",
                    maximum = "100000", example = "40") Integer aantalAmv,
            @NotNull @Schema(required = true, description = "Duurzaam: de plaatsen zijn ten minste vijf jaar beschikbaar",
                    example = "true") Boolean duurzaam,
            @Datumbereik @Schema(description = "Eerste dag waarop de plaatsen beschikbaar zijn (1900-01-01 tot en met "
                    + "9999-12-31)", example = "2027-03-01") LocalDate beschikbaarVanaf,
            @Datumbereik @Schema(description = "Laatste dag waarop de plaatsen beschikbaar zijn, na beschikbaarVanaf; bij "
                    + "een duurzame plaats ten minste vijf jaar later", example = "2037-03-01") LocalDate beschikbaarTot,
            @Schema(description = "Status bij registratie; standaard GEPLAND, INGETROKKEN kan niet", example = "GEPLAND")
            Toezegging.Status status) {

        NieuweToezegging genormaliseerd() {
            return new NieuweToezegging(cyclus, gemeentecode, locatie.strip(), doelgroep, aantalPlaatsen,
                    aantalAmv == null ? 0 : aantalAmv, duurzaam, beschikbaarVanaf, beschikbaarTot,
                    status == null ? Toezegging.Status.GEPLAND : status);
        }

        Inhoud inhoud() {
            return new Inhoud(locatie, doelgroep, aantalPlaatsen, aantalAmv == null ? 0 : aantalAmv, duurzaam,
                    beschikbaarVanaf, beschikbaarTot, status == null ? Toezegging.Status.GEPLAND : status);
        }
    }

    @Schema(name = "ToezeggingWijziging", description = "De nieuwe inhoud van een toezegging (vervangt de vorige). Cyclus "
            + "en gemeente liggen vast; intrekken gaat via de intrekking.", example = """
            {"locatie":"Amsterdam, Willinklaan","doelgroep":"ASIEL","aantalPlaatsen":300,"aantalAmv":40,"duurzaam":true,
             "beschikbaarVanaf":"2027-03-01","beschikbaarTot":"2037-03-01","status":"IN_VOORBEREIDING"}""")
    public record ToezeggingWijziging(
            @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING) @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, description = "Naam of adres van de "
                    + "opvanglocatie (ten hoogste 200 tekens)", example = "Amsterdam, Willinklaan") String locatie,
            @NotNull @Schema(required = true, description = "Doelgroep van de plaatsen") Doelgroep doelgroep,
            @NotNull @Min(1) @Max(100000) @Schema(required = true, minimum = "1", maximum = "100000",
                    description = "Toegezegde opvangplaatsen op deze locatie, in plaatsen", example = "300") Integer aantalPlaatsen,
            @Min(0) @Max(100000) @Schema(minimum = "0", maximum = "100000", description = "Waarvan voor alleenstaande "
                    + "minderjarige vreemdelingen (amv), in plaatsen; alleen bij ASIEL; standaard 0", example = "40") Integer aantalAmv,
            @NotNull @Schema(required = true, description = "Duurzaam: de plaatsen zijn ten minste vijf jaar beschikbaar",
                    example = "true") Boolean duurzaam,
            @Datumbereik @Schema(description = "Eerste dag waarop de plaatsen beschikbaar zijn (1900-01-01 tot en met "
                    + "9999-12-31)", example = "2027-03-01") LocalDate beschikbaarVanaf,
            @Datumbereik @Schema(description = "Laatste dag waarop de plaatsen beschikbaar zijn, na beschikbaarVanaf; bij "
                    + "een duurzame plaats ten minste vijf jaar later", example = "2037-03-01") LocalDate beschikbaarTot,
            @NotNull @Schema(required = true, description = "Nieuwe status: gelijk of verder dan de huidige (GEPLAND, "
                    + "IN_VOORBEREIDING, GEREALISEERD); intrekken gaat via de intrekking", example = "IN_VOORBEREIDING")
            Toezegging.Status status) {

        Inhoud inhoud() {
            return new Inhoud(locatie, doelgroep, aantalPlaatsen, aantalAmv == null ? 0 : aantalAmv, duurzaam,
                    beschikbaarVanaf, beschikbaarTot, status);
        }
    }

    /** The changeable content of a pledge, after defaults. */
    record Inhoud(String locatie, Doelgroep doelgroep, int aantalPlaatsen, int aantalAmv, boolean duurzaam,
            LocalDate beschikbaarVanaf, LocalDate beschikbaarTot, Toezegging.Status status) {
    }

    @Schema(name = "Intrekking", description = "Waarom een toezegging wordt ingetrokken.", example = """
            {"reden":"Locatie valt af na bezwaar"}""")
    public record Intrekking(@Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING) @Size(max = 1000) @Schema(maxLength = 1000, description = "Waarom de toezegging vervalt "
            + "(ten hoogste 1000 tekens); komt in de gebeurtenis toezegging.ingetrokken", example = "Locatie valt af na bezwaar")
            String reden) {
    }

    @Schema(name = "ToezeggingHistorie", description = "Eén wijziging van een toezegging: wie, wanneer, en de toezegging "
            + "ervoor en erna.", example = """
            {"actie":"GEWIJZIGD","versie":1,"door":"regietafel@pv27.example","op":"2024-06-02T10:00:00Z",
             "voor":{"aantalPlaatsen":250},"na":{"aantalPlaatsen":300}}""")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record HistorieDto(
            @Schema(description = "GEREGISTREERD, GEWIJZIGD of INGETROKKEN", example = "GEWIJZIGD") String actie,
            @Schema(description = "Versie na de wijziging", example = "1") int versie,
            @Schema(description = "Wie de wijziging deed (upn uit het token)", example = "regietafel@pv27.example") String door,
            @Schema(description = "Tijdstip van de wijziging (UTC)", example = "2024-06-02T10:00:00Z") Instant op,
            @Schema(implementation = ToezeggingDto.class, nullable = true,
                    description = "De toezegging vóór de wijziging, zoals GET /toezeggingen/{id} haar toen gaf (leeg bij registratie)")
            JsonNode voor,
            @Schema(implementation = ToezeggingDto.class, description = "De toezegging na de wijziging, zoals GET "
                    + "/toezeggingen/{id} haar toen gaf") JsonNode na) {
    }
}
