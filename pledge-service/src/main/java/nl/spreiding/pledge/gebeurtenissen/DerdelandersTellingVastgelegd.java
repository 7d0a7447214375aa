package nl.spreiding.pledge.gebeurtenissen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code nl.spreiding.derdelanders-telling.vastgelegd}: COA's count, on a date, of the third-country
 * nationals a municipality still houses; a later count for the same date replaces it. A number and a date, no
 * persons; not part of a Spreidingswet cycle.
 */
public record DerdelandersTellingVastgelegd(UUID tellingId, String gemeentecode, String provinciecode,
        LocalDate peildatum, int nogOverTePlaatsen, Instant gemeldOp, String door) {
}
