package nl.spreiding.pledge.telregel;

import java.util.List;

/** Whether a pledge counts towards the task, and if not, every reason why (Dutch, for the reader). */
public record Beoordeling(boolean telt, List<String> redenen) {

    public static final Beoordeling TELT = new Beoordeling(true, List.of());
}
