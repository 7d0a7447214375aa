package nl.spreiding.allocation.verdeling.api;

import java.util.List;

import nl.spreiding.allocation.verdeling.api.VerdelingDtos.GemeenteTaak;
import nl.spreiding.platform.csv.CsvCel;
import nl.spreiding.platform.csv.CsvDialect;
import nl.spreiding.platform.csv.CsvSchrijver;

/** The task per municipality of a distribution as a CSV table: one line per municipality, no exact fractions. */
final class GemeenteTakenCsv {

    static final List<String> KOLOMMEN = List.of("gemeentecode", "naam", "provinciecode", "aantalInwoners", "sesWoaScore",
            "aandeel", "onafgerondeOpgave", "opgave", "amv", "bestaandeDuurzamePlaatsen", "resterendeOpgave",
            "plaatsenPerDuizendInwoners");

    private GemeenteTakenCsv() {
    }

    static CsvSchrijver schrijf(List<GemeenteTaak> taken, CsvDialect dialect) {
        CsvSchrijver csv = new CsvSchrijver(dialect, KOLOMMEN);
        for (GemeenteTaak t : taken) {
            csv.regel(CsvCel.tekst(t.gemeentecode()), CsvCel.tekst(t.naam()), CsvCel.tekst(t.provinciecode()),
                    CsvCel.getal(t.aantalInwoners()), CsvCel.getal(t.sesWoaScore()), CsvCel.getal(t.aandeel()),
                    CsvCel.getal(t.onafgerondeOpgave()), CsvCel.getal(t.opgave()), CsvCel.getal(t.amv()),
                    CsvCel.getal(t.bestaandeDuurzamePlaatsen()), CsvCel.getal(t.resterendeOpgave()),
                    CsvCel.getal(t.plaatsenPerDuizendInwoners()));
        }
        return csv;
    }
}
