package nl.spreiding.pledge.telregel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the minimum size applies to each location or to a municipality's counted places together. */
@Schema(name = "Telwijze", description = "PER_LOCATIE: elke locatie moet de minimale omvang halen; PER_GEMEENTE: de "
        + "meetellende plaatsen van de gemeente samen.", example = "PER_LOCATIE")
public enum Telwijze {
    PER_LOCATIE, PER_GEMEENTE
}
