package nl.spreiding.allocation.verdeling.opslag;

/** The target groups whose tasks the provincial table may weigh together (VNG letter of 30 January 2024). */
public enum Doelgroep {
    /** Asylum reception under the Spreidingswet, with the AMV sub-task. */
    ASIEL,
    /** Housing of permit holders (Huisvestingswet 2014, art. 29), a half-yearly task. */
    STATUSHOUDERS,
    /** Reception of displaced persons from Ukraine, with its own national targets. */
    OEKRAINE
}
