package nl.spreiding.pledge.derdelanders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Declarable place-days of third-country nationals still in municipal reception: a count COA reports on a date holds
 * from that date through the day before COA's next count; the last count holds through {@code tot}. Counts on or
 * after {@code tot}'s next day are not used.
 */
public final class Plaatsdagen {

    /** The first day COA registered them: temporary protection ended by law on 4 March 2024. */
    public static final LocalDate COA_REGISTRATIE_VANAF = LocalDate.of(2024, 3, 5);

    private Plaatsdagen() {
    }

    public record Telling(LocalDate peildatum, int aantal) {
    }

    public record Regel(LocalDate van, LocalDate tot, long dagen, int aantal, long plaatsdagen, String toelichting) {
    }

    public record Uitkomst(List<Regel> regels, long plaatsdagen, String toelichting) {
    }

    /** @param tellingen one count per date, oldest first */
    public static Uitkomst bereken(List<Telling> tellingen, LocalDate tot) {
        List<Regel> regels = new ArrayList<>();
        long samen = 0;
        for (int i = 0; i < tellingen.size(); i++) {
            Telling t = tellingen.get(i);
            if (t.peildatum().isAfter(tot)) {
                break;
            }
            LocalDate eind = i + 1 < tellingen.size() && !tellingen.get(i + 1).peildatum().isAfter(tot)
                    ? tellingen.get(i + 1).peildatum().minusDays(1) : tot;
            long dagen = ChronoUnit.DAYS.between(t.peildatum(), eind) + 1;
            long plaatsdagen = Math.multiplyExact(dagen, (long) t.aantal());
            regels.add(new Regel(t.peildatum(), eind, dagen, t.aantal(), plaatsdagen, t.peildatum() + " t/m " + eind
                    + ": " + t.aantal() + " personen nog over te plaatsen × " + dagen + " dagen = " + plaatsdagen
                    + " plaatsdagen."));
            samen = Math.addExact(samen, plaatsdagen);
        }
        StringBuilder uitleg = new StringBuilder();
        regels.forEach(r -> uitleg.append(r.toelichting()).append(' '));
        uitleg.append("Samen tot en met ").append(tot).append(": ").append(samen).append(" declarabele plaatsdagen.");
        return new Uitkomst(List.copyOf(regels), samen, uitleg.toString());
    }
}
