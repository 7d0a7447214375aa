package nl.spreiding.allocation.referentiedata;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One municipality of a reference year: a line of the import file, a JSON item and an export line. */
@Schema(name = "Gemeente", description = "Een gemeente in een referentiejaar, met de gegevens die de verdeelsleutel gebruikt.",
        example = """
                {"gemeentecode":"GM0363","gemeentenaam":"Amsterdam","provinciecode":"PV27","aantalInwoners":931298,
                 "peildatumInwoners":"2024-01-01","sesWoaScore":0.061,"sesWoaJaargang":2022,
                 "bestaandeDuurzamePlaatsen":450,"peildatumBestaandePlaatsen":"2024-01-01"}""")
public record GemeenteRegel(
        @Schema(description = "CBS-gemeentecode", example = "GM0363", pattern = "^GM[0-9]{4}$") String gemeentecode,
        @Schema(description = "Officiële CBS-naam", example = "Amsterdam") String gemeentenaam,
        @Schema(description = "CBS-code van de provincie", example = "PV27", pattern = "^PV[0-9]{2}$") String provinciecode,
        @Schema(description = "Aantal inwoners op de peildatum (CBS)", example = "931298") long aantalInwoners,
        @Schema(description = "Peildatum van het aantal inwoners", example = "2024-01-01") LocalDate peildatumInwoners,
        @Schema(description = "SES-WOA totaalscore (CBS); leeg als onbekend", example = "0.061", nullable = true) BigDecimal sesWoaScore,
        @Schema(description = "Verslagjaar van de SES-WOA score", example = "2022", nullable = true) Integer sesWoaJaargang,
        @Schema(description = "Bestaande duurzame opvangplaatsen; leeg als niet gemeld", example = "450", nullable = true) Integer bestaandeDuurzamePlaatsen,
        @Schema(description = "Peildatum van de bestaande plaatsen", example = "2024-01-01", nullable = true) LocalDate peildatumBestaandePlaatsen) {

    static GemeenteRegel van(Gemeente g) {
        return new GemeenteRegel(g.code, g.naam, g.provinciecode, g.aantalInwoners, g.peildatumInwoners, g.sesWoaScore,
                g.sesWoaJaargang, g.bestaandeDuurzamePlaatsen, g.peildatumBestaandePlaatsen);
    }

    Gemeente naarEntiteit(int referentiejaar) {
        Gemeente g = new Gemeente();
        g.referentiejaar = referentiejaar;
        g.code = gemeentecode;
        g.naam = gemeentenaam;
        g.provinciecode = provinciecode;
        g.aantalInwoners = aantalInwoners;
        g.peildatumInwoners = peildatumInwoners;
        g.sesWoaScore = sesWoaScore;
        g.sesWoaJaargang = sesWoaJaargang;
        g.bestaandeDuurzamePlaatsen = bestaandeDuurzamePlaatsen;
        g.peildatumBestaandePlaatsen = peildatumBestaandePlaatsen;
        return g;
    }
}
