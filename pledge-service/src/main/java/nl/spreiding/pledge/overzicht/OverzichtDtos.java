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
             "gerealiseerd":900,"saldo":-1020,"tekort":1020,"overschot":0,"plaatsenPer1000Inwoners":5.39}],
             "gemeenten":[{"gemeentecode":"GM0363","naam":"Amsterdam","aantalInwoners":931298,
             "doelgroepen":[{"doelgroep":"ASIEL","opgave":5090,"amvOpgave":432,"bestaandePlaatsen":0,
             "resterendeOpgave":5090,"uitruil":0,"opgaveNaUitruil":5090,"toegezegd":5200,"amvToegezegd":440,
             "gerealiseerd":300,"saldo":110,"tekort":0,"overschot":110,"plaatsenPer1000Inwoners":5.58}]}]}""")
    public record ProvincieOverzicht(@Schema(example = "2024-2026") String cyclus,
            @Schema(example = "PV27") String provinciecode, @Schema(example = "Noord-Holland") String naam,
            @Schema(example = "2971000") long aantalInwoners, List<Regel> doelgroepen, List<GemeenteOverzicht> gemeenten) {
    }

    @Schema(name = "GemeenteOverzicht", description = "Het overzicht van één gemeente.", example = """
            {"gemeentecode":"GM0363","naam":"Amsterdam","aantalInwoners":931298,
             "doelgroepen":[{"doelgroep":"ASIEL","opgave":5090,"amvOpgave":432,"bestaandePlaatsen":0,
             "resterendeOpgave":5090,"uitruil":0,"opgaveNaUitruil":5090,"toegezegd":5200,"amvToegezegd":440,
             "gerealiseerd":300,"saldo":110,"tekort":0,"overschot":110,"plaatsenPer1000Inwoners":5.58}]}""")
    public record GemeenteOverzicht(@Schema(example = "GM0363") String gemeentecode,
            @Schema(example = "Amsterdam") String naam, @Schema(example = "931298") long aantalInwoners,
            List<Regel> doelgroepen) {
    }

    @Schema(name = "OverzichtRegel", description = "Eén doelgroep van een gebied. Toegezegd telt voor ASIEL alleen "
            + "duurzame, niet ingetrokken plaatsen; gerealiseerd is per locatie de laatste melding. saldo = toegezegd - "
            + "opgaveNaUitruil; plaatsenPer1000Inwoners = (bestaandePlaatsen + toegezegd) × 1000 / aantalInwoners, "
            + "op twee decimalen.", example = """
            {"doelgroep":"ASIEL","opgave":5090,"amvOpgave":432,"bestaandePlaatsen":0,"resterendeOpgave":5090,
             "uitruil":0,"opgaveNaUitruil":5090,"toegezegd":5200,"amvToegezegd":440,"gerealiseerd":300,"saldo":110,
             "tekort":0,"overschot":110,"plaatsenPer1000Inwoners":5.58}""")
    public record Regel(Doelgroep doelgroep,
            @Schema(description = "Indicatieve opgave", example = "5090") int opgave,
            @Schema(example = "432") int amvOpgave,
            @Schema(example = "0") int bestaandePlaatsen,
            @Schema(example = "5090") int resterendeOpgave,
            @Schema(description = "Netto uitruil naar (+) of van (-) deze doelgroep", example = "0") int uitruil,
            @Schema(description = "Resterende opgave na uitruil", example = "5090") int opgaveNaUitruil,
            @Schema(example = "5200") int toegezegd,
            @Schema(example = "440") int amvToegezegd,
            @Schema(example = "300") int gerealiseerd,
            @Schema(example = "110") int saldo,
            @Schema(example = "0") int tekort,
            @Schema(example = "110") int overschot,
            @Schema(example = "5.58", nullable = true) BigDecimal plaatsenPer1000Inwoners) {
    }
}
