package nl.spreiding.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the identity provider's tokens name the caller's organisation. */
@ConfigMapping(prefix = "spreiding.token")
public interface TokenClaims {

    /** The claim that holds the CBS code of the organisation the caller acts for. */
    @WithDefault("organisatie")
    String organisatieClaim();
}
