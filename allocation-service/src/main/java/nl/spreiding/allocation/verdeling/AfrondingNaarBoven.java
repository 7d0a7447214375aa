package nl.spreiding.allocation.verdeling;

import java.util.List;
import java.util.function.Supplier;

/** Ceiling per municipality: no municipality's task is below its exact share (Huisvestingswet 2014 art. 29). */
final class AfrondingNaarBoven {

    private AfrondingNaarBoven() {
    }

    static List<Afgerond> rond(List<OnafgerondDeel> delen) {
        return delen.stream().map(d -> rond(d.onafgerond())).toList();
    }

    private static Afgerond rond(Breuk waarde) {
        int afgerond = waarde.naarBoven().intValueExact();
        Breuk rest = waarde.restNaKomma();
        if (rest.signum() == 0) {
            return new Afgerond(afgerond, Afrondingsstap.geheel());
        }
        return new Afgerond(afgerond, stap(rest, () -> Weergave.rest(rest)));
    }

    /** A ceiling of a value with a fractional part; shared with the fast calculation. The text is written when first read. */
    static Afrondingsstap stap(Breuk rest, Supplier<String> restTekst) {
        return Afrondingsstap.lui(Afrondingsstap.Soort.NAAR_BOVEN_AFGEROND, rest,
                () -> "naar boven afgerond (" + restTekst.get() + " > 0; de regel rondt altijd naar boven af)");
    }
}
