package nl.spreiding.pledge.oekraine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.spreiding.pledge.geld.Euro;

/**
 * What a municipality may declare for a month of Ukrainian reception: the sum over the days of the month of the
 * occupied places that day times the daily standard amount in force that day, in cents, exactly. Days with one amount
 * form one line of the explanation, so a month in which the amount changes shows both parts.
 */
public final class Declaratieberekening {

    private Declaratieberekening() {
    }

    /** A daily amount from {@code ingang} until the next period starts. */
    public record Periode(LocalDate ingang, long bedragPerDagCent, boolean aanname, String bron) {
    }

    /** Consecutive days of the month with one amount (or none). */
    public record Regel(LocalDate van, LocalDate tot, int dagen, long plaatsdagen, Long bedragPerDagCent,
            long bedragCent, boolean aanname, String toelichting) {
    }

    public record Uitkomst(YearMonth maand, long plaatsdagen, long bedragCent, List<Regel> regels, String toelichting) {
    }

    /**
     * @param bezettingPerDag occupied places on day 1..n of the month, summed over the municipality's locations
     * @param perioden the daily amounts, in any order
     */
    public static Uitkomst bereken(YearMonth maand, long[] bezettingPerDag, List<Periode> perioden) {
        if (bezettingPerDag.length != maand.lengthOfMonth()) {
            throw new IllegalArgumentException("one count per day of " + maand + " expected");
        }
        List<Periode> opVolgorde = perioden.stream().sorted((a, b) -> a.ingang().compareTo(b.ingang())).toList();
        List<Regel> regels = new ArrayList<>();
        long totaal = 0;
        long plaatsdagenTotaal = 0;
        int dag = 1;
        while (dag <= bezettingPerDag.length) {
            Periode p = geldend(opVolgorde, maand.atDay(dag));
            int eind = dag;
            while (eind < bezettingPerDag.length && geldend(opVolgorde, maand.atDay(eind + 1)) == p) {
                eind++;
            }
            long plaatsdagen = 0;
            for (int d = dag; d <= eind; d++) {
                plaatsdagen = Math.addExact(plaatsdagen, bezettingPerDag[d - 1]);
            }
            long bedrag = p == null ? 0 : Math.multiplyExact(plaatsdagen, p.bedragPerDagCent());
            LocalDate van = maand.atDay(dag);
            LocalDate tot = maand.atDay(eind);
            String zin = van + " t/m " + tot + ": " + Euro.groepeer(plaatsdagen) + " bezette plaatsdagen × "
                    + (p == null ? "geen normbedrag van kracht = " + Euro.tekst(0)
                            : Euro.tekst(p.bedragPerDagCent()) + " per plaats per dag = " + Euro.tekst(bedrag)
                                    + (p.aanname() ? " (ingangsdatum van het normbedrag is een aanname)" : ""))
                    + ".";
            regels.add(new Regel(van, tot, eind - dag + 1, plaatsdagen, p == null ? null : p.bedragPerDagCent(), bedrag,
                    p != null && p.aanname(), zin));
            totaal = Math.addExact(totaal, bedrag);
            plaatsdagenTotaal = Math.addExact(plaatsdagenTotaal, plaatsdagen);
            dag = eind + 1;
        }
        StringBuilder uitleg = new StringBuilder();
        regels.forEach(r -> uitleg.append(r.toelichting()).append(' '));
        uitleg.append("Totaal ").append(maand).append(": ").append(Euro.groepeer(plaatsdagenTotaal))
                .append(" plaatsdagen, ").append(Euro.tekst(totaal)).append('.');
        return new Uitkomst(maand, plaatsdagenTotaal, totaal, List.copyOf(regels), uitleg.toString());
    }

    private static Periode geldend(List<Periode> opVolgorde, LocalDate dag) {
        Periode geldend = null;
        for (Periode p : opVolgorde) {
            if (!p.ingang().isAfter(dag)) {
                geldend = p;
            }
        }
        return geldend;
    }
}
