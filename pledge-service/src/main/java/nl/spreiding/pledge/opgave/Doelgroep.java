package nl.spreiding.pledge.opgave;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Target groups of the integrated view; only ASIEL is the Spreidingswet task (with its AMV sub-task). */
@Schema(description = "Doelgroep: ASIEL (asielopvang, met AMV-deeltaak), STATUSHOUDERS, OEKRAINE.", example = "ASIEL")
public enum Doelgroep {
    ASIEL, STATUSHOUDERS, OEKRAINE
}
