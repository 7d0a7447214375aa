package nl.spreiding.allocation.verdeling.opslag;

import java.util.List;

import nl.spreiding.allocation.verdeling.Invoerfout;
import nl.spreiding.allocation.verdeling.Verdeelsleutel;
import nl.spreiding.platform.errors.DomainException;

/**
 * The distribution key cannot calculate with the reference data: a 422 (the platform maps it) that names every problem of the input
 * (at most as many as every problem answer lists), each as {@code gemeenten[GM0363].veld} or as the field itself.
 */
public class OnvoldoendeInvoer extends DomainException {

    public static final String TYPE = "urn:nld:spreiding:probleem:onvoldoende-invoer";

    public OnvoldoendeInvoer(Verdeelsleutel sleutel, List<Invoerfout> fouten) {
        super(Kind.UNPROCESSABLE, TYPE, "Onvoldoende invoer voor deze verdeelsleutel", detail(sleutel, fouten.size()),
                fouten.stream().limit(MAX_FIELDS).map(f -> new FieldError(f.gemeentecode() == null ? f.veld()
                        : "gemeenten[" + f.gemeentecode() + "]." + f.veld(), f.melding())).toList());
    }

    private static String detail(Verdeelsleutel sleutel, int aantal) {
        String genoemd = aantal <= MAX_FIELDS ? ", elk genoemd in invalidParams."
                : "; de eerste " + MAX_FIELDS + " staan in invalidParams.";
        return sleutel.aanduiding() + " kan niet rekenen: " + aantal + (aantal == 1 ? " probleem" : " problemen")
                + " in de invoer" + genoemd;
    }
}
