package nl.spreiding.notification.gebeurtenissen;

/**
 * Every topic and event type this service names: the types it consumes (allocation's and pledge's), the types it
 * sends itself (its own topic, the webhook verification, the reminder) and its own topic. The event contract is
 * {@code docs/gebeurtenissen.md} and the schemas under {@code META-INF/spreiding/gebeurtenissen/}.
 */
public final class Gebeurtenistypen {

    /** This service's own topic: the deliveries that were exhausted. */
    public static final String TOPIC = "spreiding.notification.v1";

    // Consumed (allocation-service)
    public static final String CYCLUS_GEOPEND = "nl.spreiding.cyclus.geopend";
    public static final String CAPACITEITSRAMING_GEPUBLICEERD = "nl.spreiding.capaciteitsraming.gepubliceerd";
    public static final String VERDEELBESLUIT_GENOMEN = "nl.spreiding.verdeelbesluit.genomen";
    public static final String VERDELING_VASTGESTELD = "nl.spreiding.verdeling.vastgesteld";
    public static final String VERDELING_HERZIEN = "nl.spreiding.verdeling.herzien";
    public static final String GEMEENTE_AANGEWEZEN = "nl.spreiding.gemeente.aangewezen";
    /** Prefixes of the types that concern everyone rather than named organisations. */
    public static final String VERDELING_VOORVOEGSEL = "nl.spreiding.verdeling.";
    public static final String CYCLUS_VOORVOEGSEL = "nl.spreiding.cyclus.";
    public static final String CAPACITEITSRAMING_VOORVOEGSEL = "nl.spreiding.capaciteitsraming.";

    // Consumed (pledge-service)
    public static final String PROVINCIAAL_PLAN_INGEDIEND = "nl.spreiding.provinciaal-plan.ingediend";
    /** A municipality's entitlement to the specifieke uitkering, with the last day to apply (issue 15). */
    public static final String UITKERING_RECHT_BEREKEND = "nl.spreiding.uitkering.recht-berekend";
    /** A municipality applied for the part on application: its application deadline is met. */
    public static final String UITKERING_AANGEVRAAGD = "nl.spreiding.uitkering.aangevraagd";

    // Sent by this service
    /** The test notification a callback must answer with 2xx when a subscription is created or re-activated. */
    public static final String VERIFICATIE = "nl.spreiding.abonnement.verificatie";
    /** A reminder of a deadline, addressed to one organisation. */
    public static final String HERINNERING = "nl.spreiding.termijn.herinnering";
    /** A delivery that stayed undelivered after all its attempts (on {@link #TOPIC}). */
    public static final String AFLEVERING_UITGEPUT = "nl.spreiding.aflevering.uitgeput";
    /** A legal date recorded or superseded through the API (on {@link #TOPIC}, and to subscribers). */
    public static final String WETTELIJKE_DATUM_VASTGELEGD = "nl.spreiding.wettelijke-datum.vastgelegd";
    /** A reminder of a legal date, to every subscription that asks for it (the date concerns a whole group). */
    public static final String WETTELIJKE_DATUM_HERINNERING = "nl.spreiding.wettelijke-datum.herinnering";

    private Gebeurtenistypen() {
    }
}
