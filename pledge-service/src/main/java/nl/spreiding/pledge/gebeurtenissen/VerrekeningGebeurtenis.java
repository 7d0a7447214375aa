package nl.spreiding.pledge.gebeurtenissen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Data of {@code nl.spreiding.verrekening.vastgelegd} and {@code .bevestigd}: the whole crediting after the change;
 * {@code door} is who made this change.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerrekeningGebeurtenis(UUID id, String cyclus, String vanGemeentecode, String vanProvinciecode,
        String naarGemeentecode, String naarProvinciecode, int aantalPlaatsen, LocalDate tot, String voorwaarde,
        String status, String vastgelegdNamens, Instant vastgelegdOp, String bevestigdNamens, Instant bevestigdOp,
        String door) {
}
