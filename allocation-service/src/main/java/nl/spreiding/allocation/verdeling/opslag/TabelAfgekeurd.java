package nl.spreiding.allocation.verdeling.opslag;

import java.util.List;

import nl.spreiding.allocation.verdeling.Invoerfout;
import nl.spreiding.platform.errors.DomainException;

/**
 * An uploaded table is refused as a whole: a 400 that names every problem ({@code regel[N].kolom}, or
 * {@code gemeenten[GM0363]} for a municipality that is missing), up to the platform's limit of problems per answer;
 * the detail gives the full count.
 */
public class TabelAfgekeurd extends DomainException {

    public TabelAfgekeurd(List<Invoerfout> fouten) {
        super(Kind.INVALID, null, null, detail(fouten.size()), fouten.stream().limit(MAX_FIELDS)
                .map(f -> new FieldError(f.gemeentecode() == null ? f.veld() : "gemeenten[" + f.gemeentecode() + "]." + f.veld(),
                        f.melding())).toList());
    }

    private static String detail(int aantal) {
        String genoemd = aantal <= MAX_FIELDS ? ", elk genoemd in invalidParams" : "; de eerste " + MAX_FIELDS
                + " staan in invalidParams";
        return "De tabel is afgekeurd: " + aantal + (aantal == 1 ? " probleem" : " problemen") + genoemd
                + "; er is niets vastgesteld.";
    }
}
