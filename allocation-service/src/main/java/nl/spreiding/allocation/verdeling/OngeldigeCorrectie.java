package nl.spreiding.allocation.verdeling;

/**
 * A correction function's parameters are not valid: names the field as the API does (e.g. {@code correctie.banden[1].vanaf}),
 * so that a caller can be told which value to fix.
 */
public class OngeldigeCorrectie extends IllegalArgumentException {

    private final String veld;

    public OngeldigeCorrectie(String veld, String melding) {
        super(melding);
        this.veld = veld;
    }

    public String veld() {
        return veld;
    }

    static void vereist(Object waarde, String veld) {
        if (waarde == null) {
            throw new OngeldigeCorrectie(veld, "ontbreekt; deze correctiefunctie heeft de waarde nodig");
        }
    }
}
