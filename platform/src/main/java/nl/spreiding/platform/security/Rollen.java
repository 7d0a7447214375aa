package nl.spreiding.platform.security;

/**
 * The roles a bearer token can carry in its {@code groups} claim, as {@code @RolesAllowed} uses them. Who holds
 * which role is decided by the identity provider; what each role may do is decided per endpoint.
 */
public final class Rollen {

    /** The Minister of Asylum and Migration (JenV): publishes estimates and distributions, decides, designates. */
    public static final String MINISTER = "minister";
    /** A province (its regietafel): pledges and plans for its own province only. */
    public static final String PROVINCIE = "provincie";
    /** A municipality: reports realisation of its own places and subscribes for itself. */
    public static final String GEMEENTE = "gemeente";
    /** COA (the Central Agency for the Reception of Asylum Seekers): reads, and subscribes to notifications. */
    public static final String COA = "coa";
    /** An operator of Spreiding itself: reference data, and every subscription and feed. */
    public static final String BEHEERDER = "beheerder";

    private Rollen() {
    }
}
