package nl.spreiding.pledge.gebeurtenissen;

import java.time.Instant;
import java.util.List;

import nl.spreiding.pledge.opgave.Doelgroep;

/**
 * Data of {@code nl.spreiding.verdeling.vastgesteld} and {@code nl.spreiding.verdeling.herzien} (allocation-service);
 * unknown fields are ignored.
 */
public record VerdelingVastgesteld(String verdelingId, String cyclus, Doelgroep doelgroep, Integer versie,
        Integer vorigeVersie, Integer totaal, Integer amvTotaal, Instant vastgesteldOp, List<Gebied> provincies,
        List<Gebied> gemeenten) {

    public record Gebied(String provinciecode, String gemeentecode, String naam, Long aantalInwoners, Integer opgave,
            Integer amv, Integer bestaandePlaatsen, Integer resterendeOpgave) {
    }
}
