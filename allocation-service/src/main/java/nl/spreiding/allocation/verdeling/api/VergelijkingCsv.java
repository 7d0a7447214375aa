package nl.spreiding.allocation.verdeling.api;

import java.util.List;

import nl.spreiding.allocation.verdeling.api.VerdelingDtos.GemeenteverschilDto;
import nl.spreiding.allocation.verdeling.api.VerdelingDtos.ProvincieverschilDto;
import nl.spreiding.allocation.verdeling.api.VerdelingDtos.VergelijkingDto;
import nl.spreiding.platform.csv.CsvCel;
import nl.spreiding.platform.csv.CsvDialect;
import nl.spreiding.platform.csv.CsvSchrijver;

/**
 * A comparison as one CSV table for a spreadsheet: a line per municipality ({@code GEMEENTE}), then per province
 * ({@code PROVINCIE}), then the country ({@code NEDERLAND}), in the JSON answer's order and with its numbers. The
 * country line carries the summary: exact matches and the mean absolute percentage error.
 */
final class VergelijkingCsv {

    static final List<String> KOLOMMEN = List.of("niveau", "code", "naam", "provinciecode", "opgaveA", "opgaveB", "verschil",
            "plaatsenPerDuizendInwonersA", "plaatsenPerDuizendInwonersB", "correctiefactorA", "correctiefactorB",
            "exacteOvereenkomsten", "gemiddeldeAbsoluteProcentueleAfwijking");

    private VergelijkingCsv() {
    }

    static CsvSchrijver schrijf(VergelijkingDto v, CsvDialect dialect) {
        CsvSchrijver csv = new CsvSchrijver(dialect, KOLOMMEN);
        for (GemeenteverschilDto g : v.gemeenten()) {
            csv.regel(CsvCel.tekst("GEMEENTE"), CsvCel.tekst(g.gemeentecode()), CsvCel.tekst(g.naam()),
                    CsvCel.tekst(g.provinciecode()), CsvCel.getal(g.opgaveA()), CsvCel.getal(g.opgaveB()),
                    CsvCel.getal(g.verschil()), CsvCel.getal(g.plaatsenPerDuizendInwonersA()),
                    CsvCel.getal(g.plaatsenPerDuizendInwonersB()), CsvCel.getal(g.correctiefactorA()),
                    CsvCel.getal(g.correctiefactorB()), CsvCel.tekst(null), CsvCel.tekst(null));
        }
        for (ProvincieverschilDto p : v.provincies()) {
            csv.regel(CsvCel.tekst("PROVINCIE"), CsvCel.tekst(p.provinciecode()), CsvCel.tekst(null), CsvCel.tekst(null),
                    CsvCel.getal(p.opgaveA()), CsvCel.getal(p.opgaveB()), CsvCel.getal(p.verschil()),
                    CsvCel.getal(p.plaatsenPerDuizendInwonersA()), CsvCel.getal(p.plaatsenPerDuizendInwonersB()),
                    CsvCel.tekst(null), CsvCel.tekst(null), CsvCel.tekst(null), CsvCel.tekst(null));
        }
        VerdelingDtos.SamenvattingDto s = v.samenvatting();
        csv.regel(CsvCel.tekst("NEDERLAND"), CsvCel.tekst("NL"), CsvCel.tekst(null), CsvCel.tekst(null), CsvCel.getal(s.somA()),
                CsvCel.getal(s.somB()), CsvCel.getal(s.verschil()), CsvCel.tekst(null), CsvCel.tekst(null), CsvCel.tekst(null),
                CsvCel.tekst(null), CsvCel.getal(s.exacteOvereenkomsten()), CsvCel.getal(s.gemiddeldeAbsoluteProcentueleAfwijking()));
        return csv;
    }
}
