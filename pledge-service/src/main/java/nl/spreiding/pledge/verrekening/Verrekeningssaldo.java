package nl.spreiding.pledge.verrekening;

import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.pledge.telregel.TelregelBeheer;
import nl.spreiding.pledge.telregel.Telregels;

/**
 * Per municipality the places credited to it (+) or lent by it (-) through confirmed creditings, so that they count
 * once. A crediting that ends before the cycle's availability window closes does not count.
 */
@ApplicationScoped
public class Verrekeningssaldo {

    private final TelregelBeheer telregels;

    public Verrekeningssaldo(TelregelBeheer telregels) {
        this.telregels = telregels;
    }

    /** The net credited places of every municipality touched by a confirmed crediting of (or with) the province. */
    public Map<String, Integer> perGemeente(String cyclus, String provinciecode) {
        return perGemeente(cyclus, provinciecode, null);
    }

    /** As {@link #perGemeente(String, String)}, counting only creditings confirmed before {@code tot} (null: all). */
    public Map<String, Integer> perGemeente(String cyclus, String provinciecode, java.time.Instant tot) {
        Map<String, Integer> saldo = new TreeMap<>();
        for (Verrekening v : tellend(cyclus, provinciecode, tot)) {
            saldo.merge(v.naarGemeentecode, v.aantalPlaatsen, Integer::sum);
            saldo.merge(v.vanGemeentecode, -v.aantalPlaatsen, Integer::sum);
        }
        return saldo;
    }

    /** The net credited places of every municipality touched by a confirmed crediting in the cycle. */
    public Map<String, Integer> perGemeente(String cyclus) {
        Telregels regels = telregels.geldend(cyclus);
        Map<String, Integer> saldo = new TreeMap<>();
        for (Verrekening v : Verrekening.bevestigd(cyclus)) {
            if (telt(regels, v)) {
                saldo.merge(v.naarGemeentecode, v.aantalPlaatsen, Integer::sum);
                saldo.merge(v.vanGemeentecode, -v.aantalPlaatsen, Integer::sum);
            }
        }
        return saldo;
    }

    /** The confirmed creditings touching the province that count under the cycle's rules, confirmed before {@code tot} (null: all). */
    public java.util.List<Verrekening> tellend(String cyclus, String provinciecode, java.time.Instant tot) {
        Telregels regels = telregels.geldend(cyclus);
        return Verrekening.bevestigdVoorProvincie(cyclus, provinciecode).stream().filter(v -> telt(regels, v)
                && (tot == null || v.bevestigdOp == null || v.bevestigdOp.isBefore(tot))).toList();
    }

    static boolean telt(Telregels regels, Verrekening v) {
        return regels.beschikbaarTenMinsteTot() == null || !v.tot.isBefore(regels.beschikbaarTenMinsteTot());
    }
}
