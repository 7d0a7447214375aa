package nl.spreiding.pledge.gebeurtenissen;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code nl.spreiding.oekraine-telling.vastgelegd}: a municipality's count of one location in one month, as
 * recorded; a later count of the same location and month replaces it. Counts only, no persons. Ukrainian reception
 * is not part of a Spreidingswet cycle, so the event names its month instead of a cycle.
 */
public record OekraineTellingVastgelegd(UUID meldingId, String gemeentecode, String provinciecode, String locatie,
        String maand, int capaciteit, List<Integer> bezettingPerDag, long bezettePlaatsdagen, Instant gemeldOp,
        String door) {
}
