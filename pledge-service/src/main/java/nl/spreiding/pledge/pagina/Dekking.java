package nl.spreiding.pledge.pagina;

import java.util.List;

/**
 * How far places cover a task, in five steps of 25 %, the colour class of the map. Coverage = places ÷ task after
 * trades (opgaveNaUitruil); a task of 0 (existing places already cover it) counts as covered. Rounded down, so a
 * municipality shows "100 % of meer" only when it really covers its task.
 */
public final class Dekking {

    /** The legend: class, range and colour (viridis, five steps: distinguishable with every common colour-vision deficiency, and in greyscale). */
    public record Stap(String klasse, String omschrijving, String kleur) {
    }

    public static final List<Stap> STAPPEN = List.of(
            new Stap("d0", "minder dan 25 %", "#440154"),
            new Stap("d1", "25 tot 50 %", "#3b528b"),
            new Stap("d2", "50 tot 75 %", "#21918c"),
            new Stap("d3", "75 tot 100 %", "#5ec962"),
            new Stap("d4", "100 % of meer", "#fde725"));
    public static final Stap GEEN = new Stap("dx", "geen opgave in deze doelgroep", "#ffffff");

    private Dekking() {
    }

    /** Whole percent, rounded down; 100 when the task is 0. */
    public static int procent(int plaatsen, int opgave) {
        if (opgave <= 0) {
            return 100;
        }
        return (int) (Math.max(0L, plaatsen) * 100L / opgave);
    }

    public static Stap stap(int procent) {
        return STAPPEN.get(Math.min(4, procent / 25));
    }
}
