package nl.spreiding.allocation.verdeling;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of distributing a total over municipalities with one key. Immutable; municipalities in gemeentecode order,
 * provinces in provinciecode order.
 *
 * @param amvTotaal the AMV sub-total; 0 when the allocation has no AMV part
 * @param totaalGewicht the sum of all municipalities' weights, the denominator of every share
 */
public record Verdeling(Verdeelsleutel sleutel, int totaal, int amvTotaal, Breuk totaalGewicht,
        List<GemeenteOpgave> gemeenten, List<ProvincieOpgave> provincies) {

    public Verdeling {
        Objects.requireNonNull(sleutel, "sleutel");
        Objects.requireNonNull(totaalGewicht, "totaalGewicht");
        gemeenten = List.copyOf(gemeenten);
        provincies = List.copyOf(provincies);
    }

    public long somOpgaven() {
        return gemeenten.stream().mapToLong(GemeenteOpgave::opgave).sum();
    }

    /** somOpgaven − totaal: 0 under largest remainder; a few places either way under per-municipality rounding. */
    public long afwijkingVanTotaal() {
        return somOpgaven() - totaal;
    }

    public long somAmv() {
        return gemeenten.stream().mapToLong(GemeenteOpgave::amv).sum();
    }

    public long afwijkingVanAmvTotaal() {
        return somAmv() - amvTotaal;
    }

    public boolean heeftAmvDeel() {
        return amvTotaal > 0;
    }

    public Optional<GemeenteOpgave> gemeente(String gemeentecode) {
        return gemeenten.stream().filter(g -> g.gemeentecode().equals(gemeentecode)).findFirst();
    }

    public Optional<ProvincieOpgave> provincie(String provinciecode) {
        return provincies.stream().filter(p -> p.provinciecode().equals(provinciecode)).findFirst();
    }

    /** How this municipality's numbers follow from the inputs and the key, in Dutch. */
    public Optional<Uitleg> uitleg(String gemeentecode) {
        return gemeente(gemeentecode).map(g -> Uitleg.van(this, g));
    }
}
