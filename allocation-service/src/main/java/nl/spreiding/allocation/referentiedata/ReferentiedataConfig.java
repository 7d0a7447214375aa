package nl.spreiding.allocation.referentiedata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether the service loads the reference data it ships when it starts with an empty year (the local stack does). */
@ConfigMapping(prefix = "spreiding.referentiedata")
public interface ReferentiedataConfig {

    @WithDefault("false")
    boolean ladenBijStart();

    /** The shipped year to load. */
    @WithDefault("2024")
    int jaar();
}
