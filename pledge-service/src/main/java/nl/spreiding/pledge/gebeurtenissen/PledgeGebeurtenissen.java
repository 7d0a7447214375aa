package nl.spreiding.pledge.gebeurtenissen;

/** The topic and CloudEvents types this service publishes (see docs/gebeurtenissen.md). */
public final class PledgeGebeurtenissen {

    public static final String TOPIC = "spreiding.pledge.v1";

    public static final String TOEZEGGING_GEREGISTREERD = "nl.spreiding.toezegging.geregistreerd";
    public static final String TOEZEGGING_GEWIJZIGD = "nl.spreiding.toezegging.gewijzigd";
    public static final String TOEZEGGING_INGETROKKEN = "nl.spreiding.toezegging.ingetrokken";
    public static final String PLAN_INGEDIEND = "nl.spreiding.provinciaal-plan.ingediend";
    public static final String TEKORT_VASTGESTELD = "nl.spreiding.tekort.vastgesteld";
    public static final String VERDEELBESLUIT_GENOMEN = "nl.spreiding.verdeelbesluit.genomen";
    public static final String GEMEENTE_AANGEWEZEN = "nl.spreiding.gemeente.aangewezen";
    public static final String REALISATIE_GEMELD = "nl.spreiding.realisatie.gemeld";
    public static final String TERMIJN_VERSTREKEN = "nl.spreiding.realisatie.termijn-verstreken";
    public static final String INDEPLAATSSTELLING_GESTART = "nl.spreiding.indeplaatsstelling.gestart";
    public static final String UITRUIL_VASTGELEGD = "nl.spreiding.uitruil.vastgelegd";
    public static final String UITKERINGSRECHT_BEREKEND = "nl.spreiding.uitkering.recht-berekend";
    public static final String UITKERING_AANGEVRAAGD = "nl.spreiding.uitkering.aangevraagd";
    public static final String UITKERING_BESLUIT_GENOMEN = "nl.spreiding.uitkering.besluit-genomen";
    public static final String TELREGELS_VASTGESTELD = "nl.spreiding.telregels.vastgesteld";
    public static final String VERREKENING_VASTGELEGD = "nl.spreiding.verrekening.vastgelegd";
    public static final String VERREKENING_BEVESTIGD = "nl.spreiding.verrekening.bevestigd";
    public static final String OEKRAINE_TELLING_VASTGELEGD = "nl.spreiding.oekraine-telling.vastgelegd";
    public static final String DERDELANDERS_TELLING_VASTGELEGD = "nl.spreiding.derdelanders-telling.vastgelegd";

    private PledgeGebeurtenissen() {
    }

    /** The Kafka key of an event about an area in a cycle: events with one key keep their order. */
    public static String sleutel(String cyclus, String code) {
        return cyclus + "/" + code;
    }
}
