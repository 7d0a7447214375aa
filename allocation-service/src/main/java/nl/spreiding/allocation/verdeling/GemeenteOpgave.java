package nl.spreiding.allocation.verdeling;

import java.math.BigDecimal;

/**
 * A municipality's task in one allocation, with every intermediate value needed to check it. The exact values are
 * {@link Breuk}s; the {@code ...Decimaal()} methods give them with {@value Breuk#WEERGAVE_DECIMALEN} decimals for display.
 *
 * @param gewicht the exact weight from the key's correction function
 * @param aandeel gewicht / total weight of all municipalities
 * @param onafgerondeOpgave aandeel × totaal
 * @param amvOnafgerond opgave × amvTotaal / totaal (0 when the allocation has no AMV part)
 * @param resterendeOpgave max(0, opgave − bestaandeDuurzamePlaatsen)
 */
public record GemeenteOpgave(String gemeentecode, String naam, String provinciecode, long aantalInwoners,
        BigDecimal sesWoaScore, Breuk gewicht, Breuk aandeel, Breuk onafgerondeOpgave, int opgave,
        Afrondingsstap afrondingsstap, Breuk amvOnafgerond, int amv, Afrondingsstap amvAfrondingsstap,
        int bestaandeDuurzamePlaatsen, int resterendeOpgave) {

    public BigDecimal gewichtDecimaal() {
        return gewicht.alsDecimaal();
    }

    public BigDecimal aandeelDecimaal() {
        return aandeel.alsDecimaal();
    }

    public BigDecimal onafgerondeOpgaveDecimaal() {
        return onafgerondeOpgave.alsDecimaal();
    }

    public BigDecimal amvOnafgerondDecimaal() {
        return amvOnafgerond.alsDecimaal();
    }

    /** The input this task was calculated from. */
    public GemeenteInvoer invoer() {
        return new GemeenteInvoer(gemeentecode, naam, provinciecode, aantalInwoners, sesWoaScore, bestaandeDuurzamePlaatsen);
    }
}
