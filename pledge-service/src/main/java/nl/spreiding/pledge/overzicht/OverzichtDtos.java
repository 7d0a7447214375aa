package nl.spreiding.pledge.overzicht;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.spreiding.pledge.opgave.Doelgroep;

public final class OverzichtDtos {

    private OverzichtDtos() {
    }

    @Schema(name = "ProvincieOverzicht", description = "Het integrale overzicht van een provincie: per doelgroep de opgave "
            + "tegenover wat is toegezegd en gerealiseerd, voor de provincie en per gemeente.", example = """
            {"cyclus":"2024-2026","provinciecode":"PV27","naam":"Noord-Holland","aantalInwoners":2971000,
             "doelgroepen":[{"doelgroep":"ASIEL","opgave":17020,"amvOpgave":1443,"bestaandePlaatsen":0,
             "resterendeOpgave":17020,"uitruil":0,"opgaveNaUitruil":17020,"toegezegd":16000,"amvToegezegd":1200,
             "gerealiseerd":900,"saldo":-1020,"tekort":1020,"overschot":0,"plaatsenPer1000Inwoners":5.39,
             "nietMeegeteld":0,"redenenNietMeegeteld":[],"verrekend":0,"kansrijk":0}],
             "gemeenten":[{"gemeentecode":"GM0363","naam":"Amsterdam","aantalInwoners":931298,
             "doelgroepen":[{"doelgroep":"ASIEL","opgave":5090,"amvOpgave":432,"bestaandePlaatsen":0,
             "resterendeOpgave":5090,"uitruil":0,"opgaveNaUitruil":5090,"toegezegd":5200,"amvToegezegd":440,
             "gerealiseerd":300,"saldo":110,"tekort":0,"overschot":110,"plaatsenPer1000Inwoners":5.58,
             "nietMeegeteld":0,"redenenNietMeegeteld":[],"verrekend":0,"kansrijk":0}]}]}""")
    public record ProvincieOverzicht(@Schema(description = "Cyclus van het overzicht", example = "2024-2026") String cyclus,
            @Schema(description = "CBS-code van de provincie", example = "PV27") String provinciecode,
            @Schema(description = "Naam van de provincie", example = "Noord-Holland") String naam,
            @Schema(description = "Aantal inwoners van de provincie", example = "2971000") long aantalInwoners,
            @Schema(description = "De provincie als geheel, per doelgroep") List<Regel> doelgroepen,
            @Schema(description = "Per gemeente van de provincie, op gemeentecode") List<GemeenteOverzicht> gemeenten) {
    }

    @Schema(name = "GemeenteOverzicht", description = "Het overzicht van één gemeente.", example = """
            {"gemeentecode":"GM0363","naam":"Amsterdam","aantalInwoners":931298,
             "doelgroepen":[{"doelgroep":"ASIEL","opgave":5090,"amvOpgave":432,"bestaandePlaatsen":0,
             "resterendeOpgave":5090,"uitruil":0,"opgaveNaUitruil":5090,"toegezegd":5200,"amvToegezegd":440,
             "gerealiseerd":300,"saldo":110,"tekort":0,"overschot":110,"plaatsenPer1000Inwoners":5.58,
             "nietMeegeteld":0,"redenenNietMeegeteld":[],"verrekend":0,"kansrijk":0}]}""")
    public record GemeenteOverzicht(@Schema(description = "CBS-code van de gemeente", example = "GM0363") String gemeentecode,
            @Schema(description = "Naam van de gemeente", example = "Amsterdam") String naam,
            @Schema(description = "Aantal inwoners van de gemeente", example = "931298") long aantalInwoners,
            @Schema(description = "De gemeente per doelgroep") List<Regel> doelgroepen) {
    }

    @Schema(name = "OverzichtRegel", description = "Eén doelgroep van een gebied. Toegezegd telt voor ASIEL alleen "
            + "niet ingetrokken plaatsen die aan de telregels van de cyclus voldoen (zonder vaststelling: duurzame); "
            + "gerealiseerd is per locatie de laatste melding. saldo = toegezegd + verrekend + kansrijk - "
            + "opgaveNaUitruil; plaatsenPer1000Inwoners = (bestaandePlaatsen + toegezegd) × 1000 / aantalInwoners, "
            + "op twee decimalen.", example = """
            {"doelgroep":"ASIEL","opgave":5090,"amvOpgave":432,"bestaandePlaatsen":0,"resterendeOpgave":5090,
             "uitruil":0,"opgaveNaUitruil":5090,"toegezegd":5200,"amvToegezegd":440,"gerealiseerd":300,"saldo":110,
             "tekort":0,"overschot":110,"plaatsenPer1000Inwoners":5.58,"nietMeegeteld":0,"redenenNietMeegeteld":[],
             "verrekend":0,"kansrijk":0}""")
    public record Regel(@Schema(description = "Doelgroep van deze regel") Doelgroep doelgroep,
            @Schema(description = "Indicatieve opgave, in plaatsen", example = "5090") int opgave,
            @Schema(description = "Deel van de opgave voor alleenstaande minderjarige vreemdelingen (amv), in plaatsen",
                    example = "432") int amvOpgave,
            @Schema(description = "Bestaande duurzame plaatsen die van de opgave afgaan", example = "0") int bestaandePlaatsen,
            @Schema(description = "Opgave min bestaande plaatsen (niet onder 0)", example = "5090") int resterendeOpgave,
            @Schema(description = "Netto uitruil naar (+) of van (-) deze doelgroep, in plaatsen", example = "0") int uitruil,
            @Schema(description = "Resterende opgave na uitruil", example = "5090") int opgaveNaUitruil,
            @Schema(description = "Toegezegde plaatsen (bij ASIEL alleen duurzame, niet ingetrokken)", example = "5200") int toegezegd,
            @Schema(description = "Waarvan voor amv", example = "440") int amvToegezegd,
            @Schema(description = "Gerealiseerde plaatsen: per locatie de laatste melding", example = "300") int gerealiseerd,
            @Schema(description = "toegezegd + verrekend + kansrijk - opgaveNaUitruil: negatief bij een tekort", example = "110") int saldo,
            @Schema(description = "Tekort: -saldo als het saldo negatief is, anders 0", example = "0") int tekort,
            @Schema(description = "Overschot: het saldo als het positief is, anders 0", example = "110") int overschot,
            @Schema(description = "(bestaandePlaatsen + toegezegd) × 1000 / aantalInwoners, op twee decimalen; leeg "
                    + "zonder inwoners", example = "5.58", nullable = true) BigDecimal plaatsenPer1000Inwoners,
            @Schema(description = "Toegezegde, niet ingetrokken plaatsen die niet meetellen volgens de telregels van de "
                    + "cyclus (alleen bij ASIEL)", example = "0") int nietMeegeteld,
            @Schema(description = "Waarom plaatsen niet meetellen: per reden het aantal plaatsen en de reden",
                    example = "[]") List<NietMeegeteld> redenenNietMeegeteld,
            @Schema(description = "Saldo van bevestigde verrekeningen: + plaatsen van een andere gemeente die hier tellen, "
                    + "- eigen plaatsen die elders tellen (alleen bij ASIEL; telt in saldo)", example = "0") int verrekend,
            @Schema(description = "Plaatsen die het genomen verdeelbesluit als kansrijk initiatief aanvaardde (alleen bij "
                    + "ASIEL; telt in saldo, apart van toegezegd)", example = "0") int kansrijk) {
    }

    @Schema(name = "NietMeegeteld", description = "Plaatsen die om één reden niet meetellen.", example = """
            {"aantalPlaatsen":80,"reden":"De locatie heeft 80 plaatsen; er tellen alleen locaties met meer dan 100 plaatsen."}""")
    public record NietMeegeteld(@Schema(description = "Aantal plaatsen", example = "80") int aantalPlaatsen,
            @Schema(description = "De reden (Nederlands)", example = "De locatie heeft 80 plaatsen; er tellen alleen "
                    + "locaties met meer dan 100 plaatsen.") String reden) {
    }
}
