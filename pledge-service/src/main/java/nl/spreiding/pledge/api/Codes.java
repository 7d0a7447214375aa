package nl.spreiding.pledge.api;

/** Patterns of the codes in paths, parameters and bodies. */
public final class Codes {

    public static final String CYCLUS = "\\d{4}-\\d{4}";
    public static final String CYCLUS_MELDING = "moet een cyclus zijn, zoals 2024-2026";
    public static final String PROVINCIE = "PV\\d{2}";
    public static final String PROVINCIE_MELDING = "moet een CBS-provinciecode zijn, zoals PV27";
    public static final String GEMEENTE = "GM\\d{4}";
    public static final String GEMEENTE_MELDING = "moet een CBS-gemeentecode zijn, zoals GM0363";

    /**
     * Free text: anything but the NUL character, which PostgreSQL cannot store in text or jsonb (the request would end
     * as a 500 instead of a 400 that names the field).
     */
    public static final String TEKST = "[^\\u0000]*";
    public static final String TEKST_MELDING = "mag geen NUL-teken (\\u0000) bevatten";

    private Codes() {
    }
}
