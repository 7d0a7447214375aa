package nl.spreiding.allocation.verdeling;

import java.util.List;

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
        return new Afgerond(afgerond, stap(rest, Weergave.rest(rest)));
    }

    /** A ceiling of a value with a fractional part; shared with the fast calculation. */
    static Afrondingsstap stap(Breuk rest, String restTekst) {
        return new Afrondingsstap(Afrondingsstap.Soort.NAAR_BOVEN_AFGEROND, rest, null,
                "naar boven afgerond (" + restTekst + " > 0; de regel rondt altijd naar boven af)");
    }
}
