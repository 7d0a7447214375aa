package nl.spreiding.pledge.besluit;

import java.util.UUID;

/**
 * How far a designation is realised, as the realisation reports tell it. Implemented where those reports live
 * ({@code realisatie}), so that the decision does not depend on the package that depends on it.
 */
public interface Realisatiestand {

    /** The places realised for a designation: per location its latest report, summed. */
    int gerealiseerdVoor(UUID aanwijzingId);
}
