package nl.spreiding.allocation.gebeurtenissen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@value AllocatieGebeurtenissen#VERDELING_VASTGESTELD} (the first version) or
 * {@value AllocatieGebeurtenissen#VERDELING_HERZIEN} (a later one): a published distribution. It carries every
 * province and municipality, so a consumer never has to call back. An adopted (published) table is evented exactly
 * like a calculated distribution, with its {@link Bron} beside.
 */
@JsonPropertyOrder({ "verdelingId", "cyclus", "doelgroep", "versie", "vorigeVersie", "vorigeVerdelingId", "sleutel", "totaal",
        "amvTotaal", "somOpgaven", "vastgesteldOp", "door", "provincies", "gemeenten", "bron" })
public record VerdelingGepubliceerd(UUID verdelingId, String cyclus, String doelgroep, int versie, Integer vorigeVersie,
        UUID vorigeVerdelingId, Sleutel sleutel, int totaal, int amvTotaal, long somOpgaven, Instant vastgesteldOp,
        String door, List<Provincie> provincies, List<Gemeente> gemeenten,
        @JsonInclude(JsonInclude.Include.NON_NULL) Bron bron) {

    /**
     * Only for an adopted table (sleutel GEPUBLICEERDE_TABEL): the publication its numbers were taken from. Left out
     * for a calculated distribution, so that its events stay as they were.
     */
    @JsonPropertyOrder({ "publicatie", "publicatiedatum", "url" })
    public record Bron(String publicatie, LocalDate publicatiedatum, String url) {
    }

    /** The distribution key that was used. */
    @JsonPropertyOrder({ "code", "versie" })
    public record Sleutel(String code, int versie) {
    }

    /** One province's task: the sum of its municipalities. */
    @JsonPropertyOrder({ "provinciecode", "naam", "aantalInwoners", "opgave", "amv", "bestaandePlaatsen", "resterendeOpgave",
            "resterendNaVerrekening" })
    public record Provincie(String provinciecode, String naam, long aantalInwoners, long opgave, long amv,
            long bestaandePlaatsen, long resterendeOpgave, long resterendNaVerrekening) {
    }

    /** One municipality's task. */
    @JsonPropertyOrder({ "gemeentecode", "naam", "provinciecode", "aantalInwoners", "opgave", "amv", "bestaandePlaatsen",
            "resterendeOpgave" })
    public record Gemeente(String gemeentecode, String naam, String provinciecode, long aantalInwoners, int opgave, int amv,
            int bestaandePlaatsen, int resterendeOpgave) {
    }
}
