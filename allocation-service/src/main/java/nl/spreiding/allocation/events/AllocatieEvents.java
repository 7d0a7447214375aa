package nl.spreiding.allocation.events;

/** Topic and CloudEvents types allocation-service publishes; payloads are documented in docs/gebeurtenissen.md. */
public final class AllocatieEvents {

    public static final String TOPIC = "spreiding.allocation.v1";

    public static final String CYCLUS_GEOPEND = "nl.spreiding.cyclus.geopend";
    public static final String CAPACITEITSRAMING_GEPUBLICEERD = "nl.spreiding.capaciteitsraming.gepubliceerd";
    public static final String VERDELING_VASTGESTELD = "nl.spreiding.verdeling.vastgesteld";
    public static final String VERDELING_HERZIEN = "nl.spreiding.verdeling.herzien";

    private AllocatieEvents() {
    }
}
