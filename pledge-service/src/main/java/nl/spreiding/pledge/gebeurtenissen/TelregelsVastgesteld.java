package nl.spreiding.pledge.gebeurtenissen;

import java.time.LocalDate;

/** Data of {@code nl.spreiding.telregels.vastgesteld}: the counting rules of a cycle as the minister set them. */
public record TelregelsVastgesteld(String cyclus, int minimaleOmvangMeerDan, String telwijze, int minimumDuurJaren,
        LocalDate beschikbaarUiterlijkVanaf, LocalDate beschikbaarTenMinsteTot, String bron, int versie, String door) {
}
