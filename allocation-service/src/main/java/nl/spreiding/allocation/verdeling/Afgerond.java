package nl.spreiding.allocation.verdeling;

/** A rounding rule's answer for one municipality. */
record Afgerond(int waarde, Afrondingsstap stap) {
}
