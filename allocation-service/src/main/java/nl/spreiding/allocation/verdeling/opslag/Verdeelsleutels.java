package nl.spreiding.allocation.verdeling.opslag;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.quarkus.panache.common.Sort;
import nl.spreiding.allocation.verdeling.Verdeelsleutel;
import nl.spreiding.platform.errors.DomainException;

/**
 * Looks up the distribution keys, by code and (optionally) version: those the calculation defines and the versions
 * defined through the API ({@link Verdeelsleutelbeheer}), which are never changed once written.
 */
public final class Verdeelsleutels {

    private static final Comparator<Verdeelsleutel> VOLGORDE = Comparator.comparing(Verdeelsleutel::code)
            .thenComparingInt(Verdeelsleutel::versie);

    private Verdeelsleutels() {
    }

    /** Every key version, by code and version. */
    public static List<Verdeelsleutel> alle() {
        return Stream.concat(Verdeelsleutel.bekende().stream(),
                VerdeelsleutelVersie.<VerdeelsleutelVersie>listAll(Sort.by("code").and("versie")).stream()
                        .map(VerdeelsleutelVertaling::sleutel))
                .sorted(VOLGORDE).toList();
    }

    /** The newest version of the key with this code. */
    public static Verdeelsleutel nieuwste(String code) {
        Optional<Verdeelsleutel> opgeslagen = VerdeelsleutelVersie.<VerdeelsleutelVersie>find("code", Sort.by("versie").descending(),
                code).firstResultOptional().map(VerdeelsleutelVertaling::sleutel);
        return opgeslagen.or(() -> Verdeelsleutel.bekende().stream().filter(s -> s.code().equals(code))
                .max(Comparator.comparingInt(Verdeelsleutel::versie)))
                .orElseThrow(() -> DomainException.invalid("Onbekende verdeelsleutel.", "sleutel", "'" + code
                        + "' bestaat niet; bekend zijn " + alle().stream().map(Verdeelsleutel::code).distinct().toList()));
    }

    public static Optional<Verdeelsleutel> versie(String code, int versie) {
        Optional<Verdeelsleutel> bekend = Verdeelsleutel.bekende().stream()
                .filter(s -> s.code().equals(code) && s.versie() == versie).findFirst();
        return bekend.or(() -> VerdeelsleutelVersie.<VerdeelsleutelVersie>find("code = ?1 and versie = ?2", code, versie)
                .firstResultOptional().map(VerdeelsleutelVertaling::sleutel));
    }

    /** The highest version with this code, built-in or stored; 0 when there is none. */
    static int hoogsteVersie(String code) {
        int bekend = Verdeelsleutel.bekende().stream().filter(s -> s.code().equals(code)).mapToInt(Verdeelsleutel::versie)
                .max().orElse(0);
        int opgeslagen = VerdeelsleutelVersie.<VerdeelsleutelVersie>find("code", Sort.by("versie").descending(), code)
                .firstResultOptional().map(v -> v.versie).orElse(0);
        return Math.max(bekend, opgeslagen);
    }

    /** For reading what was published: a key once used stays defined, so a miss is a programming error. */
    static Verdeelsleutel zoek(String code, int versie) {
        return versie(code, versie).orElseThrow(() -> new IllegalStateException(
                "Verdeelsleutel " + code + " versie " + versie + " is niet meer gedefinieerd"));
    }
}
