package nl.spreiding.allocation.verdeling;

import java.util.List;
import java.util.function.Supplier;

/** Round half up, each municipality on its own. */
final class AfrondingPerGemeente {

    private static final Breuk HALF = Breuk.van(1, 2);

    private AfrondingPerGemeente() {
    }

    static List<Afgerond> rond(List<OnafgerondDeel> delen) {
        return delen.stream().map(d -> rond(d.onafgerond())).toList();
    }

    private static Afgerond rond(Breuk waarde) {
        int afgerond = waarde.halfNaarBoven().intValueExact();
        Breuk rest = waarde.restNaKomma();
        if (rest.signum() == 0) {
            return new Afgerond(afgerond, Afrondingsstap.geheel());
        }
        return new Afgerond(afgerond, stap(rest, () -> Weergave.rest(rest), rest.compareTo(HALF) >= 0));
    }

    /**
     * A rounding with a fractional part; shared with the fast calculation, so both explain it in the same words. The text
     * is written when first read.
     */
    static Afrondingsstap stap(Breuk rest, Supplier<String> restTekst, boolean omhoog) {
        return omhoog
                ? Afrondingsstap.lui(Afrondingsstap.Soort.NAAR_BOVEN_AFGEROND, rest,
                        () -> "afgerond naar boven (" + restTekst.get() + " ≥ 0.5)")
                : Afrondingsstap.lui(Afrondingsstap.Soort.NAAR_BENEDEN_AFGEROND, rest,
                        () -> "afgerond naar beneden (" + restTekst.get() + " < 0.5)");
    }
}
