package nl.spreiding.pledge.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.spreiding.pledge.api.Codes;

public final class PlanDtos {

    private PlanDtos() {
    }

    @Schema(name = "PlanIndiening", description = "Het indienen van het provinciaal plan: het plan wordt samengesteld uit "
            + "de duurzame asieltoezeggingen van de provincie op dit moment.", example = """
            {"cyclus":"2026-2028","provinciecode":"PV27","toelichting":"Vastgesteld door de regietafel op 28 oktober 2026"}""")
    public record PlanIndiening(
            @NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) @Schema(required = true,
                    description = "Cyclus van het plan (JJJJ-JJJJ); moet geopend zijn", example = "2026-2028") String cyclus,
            @NotNull @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) @Schema(required = true,
                    description = "CBS-code van de provincie die het plan indient", example = "PV27") String provinciecode,
            @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING) @Size(max = 2000) @Schema(maxLength = 2000, description = "Toelichting van de provincie bij het plan (ten "
                    + "hoogste 2000 tekens)", example = "Vastgesteld door de regietafel op 28 oktober 2026") String toelichting) {
    }

    @Schema(name = "PlanLocatie", description = "Een toezegging die in het plan meetelt.", example = """
            {"toezeggingId":"0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10","locatie":"Amsterdam, Willinklaan","aantalPlaatsen":250,
             "aantalAmv":40}""")
    public record PlanLocatie(@Schema(description = "Id van de toezegging", example = "0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10") UUID toezeggingId,
            @Schema(description = "Naam of adres van de opvanglocatie", example = "Amsterdam, Willinklaan") String locatie,
            @Schema(description = "Toegezegde duurzame asielplaatsen op deze locatie", example = "250") int aantalPlaatsen,
            @Schema(description = "Waarvan voor alleenstaande minderjarige vreemdelingen (amv)", example = "40") int aantalAmv) {
    }

    @Schema(name = "PlanGemeente", description = "Eén gemeente in het plan; tekort is wat zij nog mist van haar eigen "
            + "indicatieve opgave (opgave - bestaandePlaatsen - toegezegd, niet onder 0).", example = """
            {"gemeentecode":"GM0363","naam":"Amsterdam","opgave":5090,"bestaandePlaatsen":0,"amvOpgave":432,
             "toegezegd":4800,"amvToegezegd":432,"tekort":290,"amvTekort":0,"onderOpgave":true,
             "locaties":[{"toezeggingId":"0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10","locatie":"Amsterdam, Willinklaan",
             "aantalPlaatsen":4800,"aantalAmv":432}]}""")
    public record PlanGemeenteDto(@Schema(description = "CBS-code van de gemeente", example = "GM0363") String gemeentecode,
            @Schema(description = "Naam van de gemeente", example = "Amsterdam") String naam,
            @Schema(description = "Indicatieve asielopgave van de gemeente, in plaatsen", example = "5090") int opgave,
            @Schema(description = "Bestaande duurzame plaatsen die van de opgave afgaan", example = "0") int bestaandePlaatsen,
            @Schema(description = "Deel van de opgave voor alleenstaande minderjarige vreemdelingen (amv)", example = "432") int amvOpgave,
            @Schema(description = "Toegezegde duurzame asielplaatsen van de gemeente", example = "4800") int toegezegd,
            @Schema(description = "Waarvan voor amv", example = "432") int amvToegezegd,
            @Schema(description = "Wat de gemeente nog mist van haar opgave (opgave - bestaandePlaatsen - toegezegd, niet "
                    + "onder 0)", example = "290") int tekort,
            @Schema(description = "Wat de gemeente nog mist van haar amv-opgave (niet onder 0)", example = "0") int amvTekort,
            @Schema(description = "De gemeente haalt haar eigen indicatieve opgave niet (tekort groter dan 0)", example = "true")
            boolean onderOpgave,
            @Schema(description = "De toezeggingen die meetellen") List<PlanLocatie> locaties,
            @Schema(description = "Plaatsen die door bevestigde verrekeningen voor de gemeente tellen (+, geleend) of niet "
                    + "meer (-, uitgeleend); tekort = opgave - bestaandePlaatsen - toegezegd - verrekend", example = "0")
            int verrekend) {
    }

    @Schema(name = "ProvinciaalPlan", description = "Een provinciaal plan: een concept (uit de huidige toezeggingen) of "
            + "een ingediende, onveranderlijke versie. Alleen duurzame asielplaatsen tellen.", example = """
            {"id":"3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98","cyclus":"2024-2026","provinciecode":"PV27","planversie":1,
             "status":"INGEDIEND","ingediendOp":"2024-10-30T12:00:00Z","ingediendDoor":"regietafel@pv27.example",
             "teLaat":false,
             "opgave":17020,"bestaandePlaatsen":0,"toegezegd":16000,"amvOpgave":1443,"amvToegezegd":1443,
             "dektOpgave":false,"tekort":1020,"amvTekort":0,"gemeentenOnderOpgave":["GM0363"],
             "toelichting":"Vastgesteld door de regietafel op 28 oktober 2024","gemeenten":[],"verrekend":0,
             "nietMeegeteld":0}""")
    public record PlanDto(@Schema(description = "Id van de planversie; leeg bij een concept", nullable = true,
            example = "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98") UUID id,
            @Schema(description = "Cyclus van het plan", example = "2024-2026") String cyclus,
            @Schema(description = "CBS-code van de provincie", example = "PV27") String provinciecode,
            @Schema(description = "Volgnummer van de ingediende versie, vanaf 1; leeg bij een concept", nullable = true,
                    example = "1") Integer planversie,
            @Schema(description = "CONCEPT, INGEDIEND (geldend) of VERVANGEN (door een latere versie)", example = "INGEDIEND") String status,
            @Schema(description = "Tijdstip van indienen (UTC); leeg bij een concept", nullable = true,
                    example = "2024-10-30T12:00:00Z") Instant ingediendOp,
            @Schema(description = "Wie het plan indiende (upn uit het token); leeg bij een concept", nullable = true,
                    example = "regietafel@pv27.example") String ingediendDoor,
            @Schema(description = "Ingediend (of bij een concept: nu) na de termijn van de cyclus", example = "false") boolean teLaat,
            @Schema(description = "Indicatieve asielopgave van de provincie, in plaatsen", example = "17020") int opgave,
            @Schema(description = "Bestaande duurzame plaatsen die van de opgave afgaan", example = "0") int bestaandePlaatsen,
            @Schema(description = "Toegezegde duurzame asielplaatsen in de provincie", example = "16000") int toegezegd,
            @Schema(description = "Deel van de opgave voor alleenstaande minderjarige vreemdelingen (amv)", example = "1443") int amvOpgave,
            @Schema(description = "Toegezegde plaatsen voor amv", example = "1443") int amvToegezegd,
            @Schema(description = "Dekt de opgave, in totaal en voor amv", example = "false") boolean dektOpgave,
            @Schema(description = "Wat de provincie nog mist van haar opgave (niet onder 0)", example = "1020") int tekort,
            @Schema(description = "Wat de provincie nog mist van haar amv-opgave (niet onder 0)", example = "0") int amvTekort,
            @Schema(description = "Gemeenten die hun eigen indicatieve opgave niet halen", example = "[\"GM0363\"]")
            List<String> gemeentenOnderOpgave,
            @Schema(description = "Toelichting van de provincie", nullable = true,
                    example = "Vastgesteld door de regietafel op 28 oktober 2024") String toelichting,
            @Schema(description = "Per gemeente van de provincie haar opgave, toezeggingen en tekort") List<PlanGemeenteDto> gemeenten,
            @Schema(description = "Saldo van de bevestigde verrekeningen met gemeenten buiten de provincie (binnen de "
                    + "provincie vallen ze weg); tekort = opgave - bestaandePlaatsen - toegezegd - verrekend", example = "0")
            int verrekend,
            @Schema(description = "Toegezegde, niet ingetrokken asielplaatsen die niet meetellen omdat ze niet aan de "
                    + "telregels van de cyclus voldoen (omvang, duur, beschikbaarheid), zoals in het overzicht; leeg bij "
                    + "een plan dat werd ingediend voordat dit werd vastgelegd", nullable = true, example = "0")
            Integer nietMeegeteld) {
    }
}
