package nl.spreiding.notification.wettelijkedatum;

/** The group of organisations a legal date concerns, with the name a person reads (in a calendar, say). */
public enum Doelgroep {
    GEMEENTEN("alle gemeenten"),
    REGIONALE_OPENBARE_LICHAMEN("regionale openbare lichamen"),
    PROVINCIES("alle provincies"),
    COA("het COA");

    private final String weergave;

    Doelgroep(String weergave) {
        this.weergave = weergave;
    }

    public String weergave() {
        return weergave;
    }

    /** The group an organisation belongs to by its CBS code (PV27: provinces, GM0363: municipalities); null otherwise. */
    public static Doelgroep van(String organisatie) {
        if (organisatie == null) {
            return null;
        }
        return organisatie.startsWith("PV") ? PROVINCIES : organisatie.startsWith("GM") ? GEMEENTEN : null;
    }
}
