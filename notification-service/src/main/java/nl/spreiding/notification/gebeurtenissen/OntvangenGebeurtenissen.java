package nl.spreiding.notification.gebeurtenissen;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of the consumed events this service acts on, as far as it reads them (every other member is ignored, and
 * the notification carries the data unchanged). Dates stay text: a missing or malformed one makes the event poison
 * (see {@link GebeurtenisVerwerker}). The contract is {@code docs/gebeurtenissen.md}.
 */
public final class OntvangenGebeurtenissen {

    private OntvangenGebeurtenissen() {
    }

    /** {@value Gebeurtenistypen#CYCLUS_GEOPEND} (allocation-service). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CyclusGeopend(String cyclus, Termijnen termijnen) {
    }

    /** The deadlines a cycle opens with. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Termijnen(String raming, String provinciaalPlan, String verdeelbesluit, String volgendeCyclus) {
    }

    /** {@value Gebeurtenistypen#CAPACITEITSRAMING_GEPUBLICEERD} (allocation-service). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CapaciteitsramingGepubliceerd(String cyclus, String gepubliceerdOp) {
    }

    /** {@value Gebeurtenistypen#PROVINCIAAL_PLAN_INGEDIEND} (pledge-service). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProvinciaalPlanIngediend(String cyclus, String provinciecode, String ingediendOp) {
    }

    /** {@value Gebeurtenistypen#VERDEELBESLUIT_GENOMEN} (allocation-service). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VerdeelbesluitGenomen(String cyclus, String besluitdatum, String realisatieUiterlijk,
            List<Aanwijzing> aanwijzingen) {
    }

    /** A designated municipality in a distribution decision; without its own date the decision's applies. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Aanwijzing(String gemeentecode, String realisatieUiterlijk) {
    }

    /** {@value Gebeurtenistypen#GEMEENTE_AANGEWEZEN} (allocation-service). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GemeenteAangewezen(String cyclus, String gemeentecode, String realisatieUiterlijk) {
    }

    /** {@value Gebeurtenistypen#VERDELING_VASTGESTELD} and {@value Gebeurtenistypen#VERDELING_HERZIEN}: its areas. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verdeling(List<Gebied> provincies, List<Gebied> gemeenten) {
    }

    /** A province ({@code provinciecode}) or municipality ({@code gemeentecode}) with its CBS name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gebied(String provinciecode, String gemeentecode, String naam) {
    }
}
