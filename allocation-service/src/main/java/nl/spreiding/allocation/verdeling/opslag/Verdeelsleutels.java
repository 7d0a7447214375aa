package nl.spreiding.allocation.verdeling.opslag;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.spreiding.allocation.verdeling.Verdeelsleutel;
import nl.spreiding.platform.errors.DomainException;

/** Looks up the distribution keys the calculation defines, by code and (optionally) version. */
public final class Verdeelsleutels {

    private Verdeelsleutels() {
    }

    public static List<Verdeelsleutel> alle() {
        return Verdeelsleutel.bekende();
    }

    /** The newest version of the key with this code. */
    public static Verdeelsleutel nieuwste(String code) {
        return alle().stream().filter(s -> s.code().equals(code)).max(Comparator.comparingInt(Verdeelsleutel::versie))
                .orElseThrow(() -> DomainException.invalid("Onbekende verdeelsleutel.", "sleutel", "'" + code
                        + "' bestaat niet; bekend zijn " + alle().stream().map(Verdeelsleutel::code).distinct().toList()));
    }

    public static Optional<Verdeelsleutel> versie(String code, int versie) {
        return alle().stream().filter(s -> s.code().equals(code) && s.versie() == versie).findFirst();
    }

    /** For reading what was published: a key once used stays defined, so a miss is a programming error. */
    static Verdeelsleutel zoek(String code, int versie) {
        return versie(code, versie).orElseThrow(() -> new IllegalStateException(
                "Verdeelsleutel " + code + " versie " + versie + " is niet meer gedefinieerd"));
    }
}
