package nl.spreiding.allocation.verdeling;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

    /** 10^k for k = 0..18, to bring every weight to the common scale without a BigDecimal. */
    private static final long[] MACHT_VAN_TIEN = new long[19];

    static {
        MACHT_VAN_TIEN[0] = 1;
        for (int k = 1; k < MACHT_VAN_TIEN.length; k++) {
            MACHT_VAN_TIEN[k] = MACHT_VAN_TIEN[k - 1] * 10;
        }
    }

    /**
     * The allocation, or null when the numbers are too large for long arithmetic.
     *
     * @param factoren each municipality's correction factor, as {@link Invoercontrole#controleer} evaluated it once; the
     *        weight is inhabitants × factor ({@link Correctie#gewichtDecimaal})
     */
    static Verdeling bereken(Verdeelsleutel sleutel, List<GemeenteInvoer> gesorteerd, BigDecimal[] factoren, int totaal,
            int amvTotaal) {
        int n = gesorteerd.size();
        int schaal = 0;
        for (BigDecimal f : factoren) {
            schaal = Math.max(schaal, f.scale());
        }
        if (schaal > GROOTSTE_SCHAAL) {
            return null;
        }
        long gewichtNoemer = MACHT_VAN_TIEN[schaal];
        long[] gewicht = new long[n];
        long som = 0;
        try {
            for (int i = 0; i < n; i++) {
                // factor = u / 10^s exactly, so weight × 10^schaal = inhabitants × u × 10^(schaal − s).
                BigDecimal f = factoren[i];
                int ophogen = schaal - f.scale();
                if (ophogen >= MACHT_VAN_TIEN.length) {
                    return null;
                }
                long u = f.scaleByPowerOfTen(f.scale()).longValueExact();
                gewicht[i] = Math.multiplyExact(Math.multiplyExact(gesorteerd.get(i).aantalInwoners(), u),
                        MACHT_VAN_TIEN[ophogen]);
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
        // A HashMap per region and one sort of the dozen provinces at the end, rather than a TreeMap walk per region.
        Map<String, Provinciesom> provincies = new HashMap<>();
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
                provincies.values().stream().map(Provinciesom::opgave)
                        .sorted(Comparator.comparing(ProvincieOpgave::provinciecode)).toList());
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
                long r = rest[i];
                resultaat[i] = new Afgerond(Math.toIntExact(vloer[i] + (toegekend ? 1 : 0)), GrootsteOverschot.stap(
                        Breuk.lui(r, noemer), restTekst(r, noemer), toegekend, plaats + 1, n, extra));
            }
            return resultaat;
        }
        for (int i = 0; i < n; i++) {
            int beneden = Math.toIntExact(vloer[i]);
            if (rest[i] == 0) {
                resultaat[i] = new Afgerond(beneden, Afrondingsstap.geheel());
                continue;
            }
            long r = rest[i];
            Breuk restBreuk = Breuk.lui(r, noemer);
            Supplier<String> restTekst = restTekst(r, noemer);
            resultaat[i] = switch (afronding) {
                case PER_GEMEENTE -> {
                    boolean omhoog = r >= noemer - r; // rest/noemer ≥ 1/2 without overflow
                    yield new Afgerond(beneden + (omhoog ? 1 : 0), AfrondingPerGemeente.stap(restBreuk, restTekst, omhoog));
                }
                case NAAR_BOVEN -> new Afgerond(beneden + 1, AfrondingNaarBoven.stap(restBreuk, restTekst));
                case GROOTSTE_OVERSCHOT -> throw new IllegalStateException("hierboven behandeld");
            };
        }
        return resultaat;
    }

    /** The remainder's text, written only when a step's text is read: the same text as {@link Weergave#rest(Breuk)}. */
    private static Supplier<String> restTekst(long rest, long noemer) {
        return () -> rest == 0 ? "0" : Weergave.rest(rest, noemer);
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
