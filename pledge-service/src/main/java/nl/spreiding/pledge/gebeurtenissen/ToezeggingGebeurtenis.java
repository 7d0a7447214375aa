package nl.spreiding.pledge.gebeurtenissen;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.spreiding.pledge.opgave.Doelgroep;

/** Data of the {@code nl.spreiding.toezegging.*} events: the whole pledge after the change. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToezeggingGebeurtenis(String cyclus, UUID toezeggingId, String gemeentecode, String provinciecode,
        String locatie, Doelgroep doelgroep, int aantalPlaatsen, int aantalAmv, boolean duurzaam,
        LocalDate beschikbaarVanaf, LocalDate beschikbaarTot, String status, int versie, String door,
        String reden) {
}
