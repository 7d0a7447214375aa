package nl.spreiding.platform.api;

import jakarta.ws.rs.core.SecurityContext;

/** Who made a decision, as recorded with it: the authenticated principal, or "anoniem" when there is none. */
public final class Actor {

    public static final String ANONIEM = "anoniem";

    private Actor() {
    }

    public static String van(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null || security.getUserPrincipal().getName() == null) {
            return ANONIEM;
        }
        return security.getUserPrincipal().getName();
    }
}
