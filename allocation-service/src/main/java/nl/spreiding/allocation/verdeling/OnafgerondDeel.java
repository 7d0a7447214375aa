package nl.spreiding.allocation.verdeling;

/** What a rounding rule gets for one municipality: the exact value and what breaks ties between equal remainders. */
record OnafgerondDeel(String gemeentecode, Breuk gewicht, Breuk onafgerond) {
}
