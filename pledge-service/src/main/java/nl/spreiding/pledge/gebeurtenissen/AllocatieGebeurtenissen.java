package nl.spreiding.pledge.gebeurtenissen;

/** The topic and CloudEvents types of allocation-service that this service reads (docs/gebeurtenissen.md). */
public final class AllocatieGebeurtenissen {

    public static final String TOPIC = "spreiding.allocation.v1";
    public static final String CYCLUS_GEOPEND = "nl.spreiding.cyclus.geopend";
    public static final String VERDELING_VASTGESTELD = "nl.spreiding.verdeling.vastgesteld";
    public static final String VERDELING_HERZIEN = "nl.spreiding.verdeling.herzien";

    private AllocatieGebeurtenissen() {
    }
}
