package nl.spreiding.allocation.gebeurtenissen;

/**
 * Topic and CloudEvents types allocation-service publishes. Each payload is a record in this package; the contract
 * (schema and example per type) is in {@code META-INF/spreiding/gebeurtenissen/allocation-service/}.
 */
public final class AllocatieGebeurtenissen {

    public static final String TOPIC = "spreiding.allocation.v1";

    public static final String CYCLUS_GEOPEND = "nl.spreiding.cyclus.geopend";
    public static final String CAPACITEITSRAMING_GEPUBLICEERD = "nl.spreiding.capaciteitsraming.gepubliceerd";
    public static final String VERDELING_VASTGESTELD = "nl.spreiding.verdeling.vastgesteld";
    public static final String VERDELING_HERZIEN = "nl.spreiding.verdeling.herzien";

    private AllocatieGebeurtenissen() {
    }
}
