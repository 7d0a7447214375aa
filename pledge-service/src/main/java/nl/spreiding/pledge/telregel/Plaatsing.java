package nl.spreiding.pledge.telregel;

import java.time.LocalDate;

/**
 * What the counting rules look at in a pledge: its places, whether they are asylum places, whether it is declared
 * durable and withdrawn, and the availability dates (null: unknown start, open end).
 */
public record Plaatsing(String gemeentecode, boolean asiel, int aantalPlaatsen, boolean duurzaam, boolean ingetrokken,
        LocalDate beschikbaarVanaf, LocalDate beschikbaarTot) {
}
