package nl.spreiding.pledge.gebeurtenissen;

import java.util.UUID;

/** Data of {@code nl.spreiding.tekort.vastgesteld}. */
public record TekortVastgesteld(String cyclus, String provinciecode, int tekort, int amvTekort, UUID planId) {
}
