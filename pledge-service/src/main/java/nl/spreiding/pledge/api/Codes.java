package nl.spreiding.pledge.api;

/** Patterns of the codes in paths, parameters and bodies. */
public final class Codes {

    public static final String CYCLUS = "\\d{4}-\\d{4}";
    public static final String CYCLUS_MELDING = "moet een cyclus zijn, zoals 2024-2026";
    public static final String PROVINCIE = "PV\\d{2}";
    public static final String PROVINCIE_MELDING = "moet een CBS-provinciecode zijn, zoals PV27";
    public static final String GEMEENTE = "GM\\d{4}";
    public static final String GEMEENTE_MELDING = "moet een CBS-gemeentecode zijn, zoals GM0363";

    private Codes() {
    }
}
