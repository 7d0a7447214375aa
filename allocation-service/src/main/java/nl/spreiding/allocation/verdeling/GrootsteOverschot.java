package nl.spreiding.allocation.verdeling;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Largest remainder (Hamilton): floor every share, then give the places still missing one by one to the largest
 * fractional parts. Equal remainders go first to the larger weight (so a larger municipality never ends below a smaller
 * one), then to the lower gemeentecode, so the result never depends on input order.
 */
final class GrootsteOverschot {

    private GrootsteOverschot() {
    }

    static List<Afgerond> rond(List<OnafgerondDeel> delen, long totaal) {
        int n = delen.size();
        BigInteger somVloer = BigInteger.ZERO;
        Breuk somExact = Breuk.NUL;
        Breuk[] rest = new Breuk[n];
        int[] vloer = new int[n];
        for (int i = 0; i < n; i++) {
            Breuk waarde = delen.get(i).onafgerond();
            BigInteger beneden = waarde.naarBeneden();
            vloer[i] = beneden.intValueExact();
            rest[i] = waarde.restNaKomma();
            somVloer = somVloer.add(beneden);
            somExact = somExact.plus(waarde);
        }
        // The method is only defined when the exact values add up to the total; anything else is a programming error.
        if (!somExact.equals(Breuk.van(totaal))) {
            throw new IllegalArgumentException("grootste overschot: de exacte delen tellen op tot " + somExact
                    + ", niet tot het totaal " + totaal);
        }
        int extra = BigInteger.valueOf(totaal).subtract(somVloer).intValueExact();

        Integer[] volgorde = new Integer[n];
        Arrays.setAll(volgorde, i -> i);
        Arrays.sort(volgorde, Comparator.<Integer, Breuk>comparing(i -> rest[i]).reversed()
                .thenComparing(Comparator.<Integer, Breuk>comparing(i -> delen.get(i).gewicht()).reversed())
                .thenComparing(i -> delen.get(i).gemeentecode()));

        Afgerond[] resultaat = new Afgerond[n];
        for (int plaats = 0; plaats < n; plaats++) {
            int i = volgorde[plaats];
            boolean toegekend = plaats < extra;
            resultaat[i] = new Afgerond(vloer[i] + (toegekend ? 1 : 0),
                    stap(rest[i], () -> Weergave.rest(rest[i]), toegekend, plaats + 1, n, extra));
        }
        return List.of(resultaat);
    }

    /**
     * Shared with the fast calculation, so both explain a step in the same words; the text is written when first read.
     *
     * @param restTekst the remainder as {@link Weergave#rest(Breuk)} shows it
     */
    static Afrondingsstap stap(Breuk rest, Supplier<String> restTekst, boolean toegekend, int plaats, int aantal, int extra) {
        if (toegekend) {
            return Afrondingsstap.lui(Afrondingsstap.Soort.OVERSCHOT_TOEGEKEND, rest, plaats,
                    () -> "grootste overschot: +1 op plaats " + plaats + " van " + aantal + context(restTekst, extra));
        }
        if (rest.signum() == 0) {
            return Afrondingsstap.geheel(rest, plaats);
        }
        return Afrondingsstap.lui(Afrondingsstap.Soort.OVERSCHOT_NIET_TOEGEKEND, rest, plaats,
                () -> "grootste overschot: naar beneden, plaats " + plaats + " van " + aantal + context(restTekst, extra));
    }

    private static String context(Supplier<String> restTekst, int extra) {
        return " (overschot " + restTekst.get() + "; " + extra + " resterende " + (extra == 1 ? "plaats" : "plaatsen")
                + " verdeeld)";
    }
}
