package nl.spreiding.allocation.verdeling;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The same calculation as {@link Verdeelberekening#berekenExact}, in long integers over common denominators: every weight
 * is W/L (L = 10^decimals, the factors being exact decimals), every share W/T and every unrounded task (W × totaal)/T with
 * T = ΣW, so a task is a quotient and a remainder of one long division and remainders are compared as plain longs — no
 * gcd, no fraction normalised. The fractions in the result are created lazily ({@link Breuk#lui}) and equal the exact
 * path's. When a number does not fit in a long the caller falls back to the exact path (returns null).
 */
final class SnelleVerdeelberekening {

    /** Remainders are shown digit by digit (×10), so every denominator must stay below this. */
    private static final long GROOTSTE_NOEMER = Long.MAX_VALUE / 10;
    private static final int GROOTSTE_SCHAAL = 17;

    private SnelleVerdeelberekening() {
    }

    /** The allocation, or null when the numbers are too large for long arithmetic. */
    static Verdeling bereken(Verdeelsleutel sleutel, List<GemeenteInvoer> gesorteerd, int totaal, int amvTotaal) {
        int n = gesorteerd.size();
        BigDecimal[] decimalen = new BigDecimal[n];
        int schaal = 0;
        for (int i = 0; i < n; i++) {
            decimalen[i] = sleutel.correctie().gewichtDecimaal(gesorteerd.get(i));
            schaal = Math.max(schaal, decimalen[i].scale());
        }
        if (schaal > GROOTSTE_SCHAAL) {
            return null;
        }
        long gewichtNoemer = BigInteger.TEN.pow(schaal).longValueExact();
        long[] gewicht = new long[n];
        long som = 0;
        try {
            for (int i = 0; i < n; i++) {
                BigDecimal d = decimalen[i];
                gewicht[i] = d.scale() == schaal ? d.unscaledValue().longValueExact()
                        : d.setScale(schaal).unscaledValue().longValueExact();
                som = Math.addExact(som, gewicht[i]);
            }
        } catch (ArithmeticException teGroot) {
            return null;
        }
        if (som > GROOTSTE_NOEMER) {
            return null;
        }
        long totaalGewicht = som;

        // Unrounded task i = (gewicht[i] × totaal) / totaalGewicht = vloer[i] + rest[i] / totaalGewicht.
        long[] vloer = new long[n];
        long[] rest = new long[n];
        Breuk[] onafgerond = new Breuk[n];
        for (int i = 0; i < n; i++) {
            long hoog = Math.multiplyHigh(gewicht[i], totaal);
            long teller = gewicht[i] * totaal;
            if (hoog == 0 && teller >= 0) {
                vloer[i] = teller / totaalGewicht;
                rest[i] = teller - vloer[i] * totaalGewicht;
                onafgerond[i] = Breuk.lui(teller, totaalGewicht);
            } else {
                BigInteger groot = BigInteger.valueOf(gewicht[i]).multiply(BigInteger.valueOf(totaal));
                BigInteger[] qr = groot.divideAndRemainder(BigInteger.valueOf(totaalGewicht));
                vloer[i] = qr[0].longValueExact();
                rest[i] = qr[1].longValueExact();
                onafgerond[i] = Breuk.lui(groot, BigInteger.valueOf(totaalGewicht));
            }
        }
        Afgerond[] opgaven = rond(sleutel.afronding(), vloer, rest, totaalGewicht, gewicht, totaal);

        // AMV part = amvTotaal × opgave / totaal (ints, so the product fits in a long); 0/1 without a total.
        long amvNoemer = totaal == 0 ? 1 : totaal;
        long[] amvVloer = new long[n];
        long[] amvRest = new long[n];
        Breuk[] amvOnafgerond = new Breuk[n];
        for (int i = 0; i < n; i++) {
            long teller = totaal == 0 ? 0 : (long) amvTotaal * opgaven[i].waarde();
            amvVloer[i] = Math.floorDiv(teller, amvNoemer);
            amvRest[i] = Math.floorMod(teller, amvNoemer);
            amvOnafgerond[i] = Breuk.lui(teller, amvNoemer);
        }
        Afgerond[] amv = rond(sleutel.amvAfronding(), amvVloer, amvRest, amvNoemer, gewicht, amvTotaal);

        List<GemeenteOpgave> resultaat = new ArrayList<>(n);
        Map<String, Provinciesom> provincies = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            GemeenteInvoer g = gesorteerd.get(i);
            int opgave = opgaven[i].waarde();
            GemeenteOpgave opgaveGemeente = new GemeenteOpgave(g.gemeentecode(), g.naam(), g.provinciecode(),
                    g.aantalInwoners(), g.sesWoaScore(), Breuk.lui(gewicht[i], gewichtNoemer),
                    Breuk.lui(gewicht[i], totaalGewicht), onafgerond[i], opgave, opgaven[i].stap(), amvOnafgerond[i],
                    amv[i].waarde(), amv[i].stap(), g.bestaandeDuurzamePlaatsen(),
                    Math.max(0, opgave - g.bestaandeDuurzamePlaatsen()));
            resultaat.add(opgaveGemeente);
            provincies.computeIfAbsent(g.provinciecode(), code -> new Provinciesom(code, totaalGewicht))
                    .tel(opgaveGemeente, vloer[i], rest[i]);
        }
        return new Verdeling(sleutel, totaal, amvTotaal, Breuk.lui(totaalGewicht, gewichtNoemer), resultaat,
                provincies.values().stream().map(Provinciesom::opgave).toList());
    }

    /**
     * Rounds values vloer[i] + rest[i]/noemer (0 ≤ rest &lt; noemer) with the key's rule, as the exact rules do.
     *
     * @param gewicht breaks ties between equal remainders under largest remainder (all over the same denominator)
     */
    private static Afgerond[] rond(Afronding afronding, long[] vloer, long[] rest, long noemer, long[] gewicht, long totaal) {
        int n = vloer.length;
        Afgerond[] resultaat = new Afgerond[n];
        if (afronding == Afronding.GROOTSTE_OVERSCHOT) {
            long somVloer = 0;
            for (long v : vloer) {
                somVloer += v;
            }
            int extra = Math.toIntExact(totaal - somVloer);
            int[] volgorde = volgorde(rest, gewicht);
            for (int plaats = 0; plaats < n; plaats++) {
                int i = volgorde[plaats];
                boolean toegekend = plaats < extra;
                resultaat[i] = new Afgerond(Math.toIntExact(vloer[i] + (toegekend ? 1 : 0)), GrootsteOverschot.stap(
                        Breuk.lui(rest[i], noemer), rest[i] == 0 ? "0" : Weergave.rest(rest[i], noemer), toegekend,
                        plaats + 1, n, extra));
            }
            return resultaat;
        }
        for (int i = 0; i < n; i++) {
            int beneden = Math.toIntExact(vloer[i]);
            if (rest[i] == 0) {
                resultaat[i] = new Afgerond(beneden, Afrondingsstap.geheel());
                continue;
            }
            Breuk restBreuk = Breuk.lui(rest[i], noemer);
            String restTekst = Weergave.rest(rest[i], noemer);
            resultaat[i] = switch (afronding) {
                case PER_GEMEENTE -> {
                    boolean omhoog = rest[i] >= noemer - rest[i]; // rest/noemer ≥ 1/2 without overflow
                    yield new Afgerond(beneden + (omhoog ? 1 : 0), AfrondingPerGemeente.stap(restBreuk, restTekst, omhoog));
                }
                case NAAR_BOVEN -> new Afgerond(beneden + 1, AfrondingNaarBoven.stap(restBreuk, restTekst));
                case GROOTSTE_OVERSCHOT -> throw new IllegalStateException("hierboven behandeld");
            };
        }
        return resultaat;
    }

    /**
     * The largest-remainder order: larger remainder first, then larger weight, then lower gemeentecode (= lower index:
     * the input is sorted). A merge sort over primitive indices: a total order, so the result is the exact path's, and
     * without the boxing and comparator calls that made sorting the largest cost for 100,000 regions.
     */
    static int[] volgorde(long[] rest, long[] gewicht) {
        int n = rest.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        // Runs of 16 by insertion sort, then bottom-up merges.
        for (int begin = 0; begin < n; begin += 16) {
            int einde = Math.min(begin + 16, n);
            for (int i = begin + 1; i < einde; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= begin && eerder(x, a[j], rest, gewicht)) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
        }
        for (int breedte = 16; breedte < n; breedte *= 2) {
            for (int links = 0; links < n; links += 2 * breedte) {
                int midden = Math.min(links + breedte, n);
                int rechts = Math.min(links + 2 * breedte, n);
                int i = links;
                int j = midden;
                int k = links;
                while (i < midden && j < rechts) {
                    b[k++] = eerder(a[j], a[i], rest, gewicht) ? a[j++] : a[i++];
                }
                while (i < midden) {
                    b[k++] = a[i++];
                }
                while (j < rechts) {
                    b[k++] = a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    /** Whether municipality x comes before y in the largest-remainder order. */
    private static boolean eerder(int x, int y, long[] rest, long[] gewicht) {
        if (rest[x] != rest[y]) {
            return rest[x] > rest[y];
        }
        if (gewicht[x] != gewicht[y]) {
            return gewicht[x] > gewicht[y];
        }
        return x < y;
    }

    /** A province's sums; the unrounded task as whole places plus a remainder over T, carried so it never overflows. */
    private static final class Provinciesom {
        private final String provinciecode;
        private final long noemer;
        private int aantalGemeenten;
        private long inwoners;
        private long onafgerondGeheel;
        private long onafgerondRest;
        private long opgave;
        private long amv;
        private long bestaand;
        private long resterend;

        Provinciesom(String provinciecode, long noemer) {
            this.provinciecode = provinciecode;
            this.noemer = noemer;
        }

        void tel(GemeenteOpgave g, long vloer, long rest) {
            aantalGemeenten++;
            inwoners += g.aantalInwoners();
            onafgerondGeheel += vloer;
            onafgerondRest += rest;
            if (onafgerondRest >= noemer) {
                onafgerondRest -= noemer;
                onafgerondGeheel++;
            }
            opgave += g.opgave();
            amv += g.amv();
            bestaand += g.bestaandeDuurzamePlaatsen();
            resterend += g.resterendeOpgave();
        }

        ProvincieOpgave opgave() {
            BigInteger t = BigInteger.valueOf(noemer);
            Breuk onafgerond = Breuk.lui(BigInteger.valueOf(onafgerondGeheel).multiply(t).add(BigInteger.valueOf(onafgerondRest)), t);
            return new ProvincieOpgave(provinciecode, aantalGemeenten, inwoners, onafgerond, opgave, amv, bestaand, resterend);
        }
    }
}
