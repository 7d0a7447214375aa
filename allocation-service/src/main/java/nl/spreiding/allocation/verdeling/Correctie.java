package nl.spreiding.allocation.verdeling;

import java.math.BigDecimal;

/**
 * The correction function of a distribution key: how a municipality's inhabitants become its weight. The SES correction
 * of the Spreidingswet is {@link #SES_WOA_LINEAIR}. A new function is a
 * new constant (and a new key version), never a change to an existing one, so published allocations stay reproducible.
 */
public enum Correctie {

    /** Weight = inhabitants (statushouders, Huisvestingswet 2014 art. 29; and the uncorrected population share). */
    GEEN("gewicht = aantal inwoners", false) {
        @Override
        Breuk gewicht(GemeenteInvoer gemeente) {
            return Breuk.van(gemeente.aantalInwoners());
        }

        @Override
        String berekening(GemeenteInvoer gemeente) {
            return gemeente.aantalInwoners() + " inwoners (geen correctie) = " + gemeente.aantalInwoners();
        }
    },

    /**
     * Weight = inhabitants × (1 + SES-WOA score). Inferred from published examples (DOMAIN.md: Bloemendaal, Heerlen):
     * a smooth linear correction, not groups; no readable source states the function.
     */
    SES_WOA_LINEAIR("gewicht = aantal inwoners × (1 + SES-WOA-score)", true) {
        @Override
        Breuk gewicht(GemeenteInvoer gemeente) {
            return Breuk.van(gemeente.aantalInwoners()).maal(Breuk.EEN.plus(Breuk.van(gemeente.sesWoaScore())));
        }

        @Override
        String berekening(GemeenteInvoer gemeente) {
            BigDecimal score = gemeente.sesWoaScore();
            String factor = score.signum() < 0 ? "1 − " + Weergave.getal(score.negate()) : "1 + " + Weergave.getal(score);
            return gemeente.aantalInwoners() + " × (" + factor + ") = " + Weergave.getal(gewicht(gemeente));
        }
    };

    private final String formule;
    private final boolean vereistSesWoaScore;

    Correctie(String formule, boolean vereistSesWoaScore) {
        this.formule = formule;
        this.vereistSesWoaScore = vereistSesWoaScore;
    }

    /** The formula in words, for explanations and the key's documentation. */
    public String formule() {
        return formule;
    }

    public boolean vereistSesWoaScore() {
        return vereistSesWoaScore;
    }

    /** The exact weight; callers have checked that the inputs the function needs are present. */
    abstract Breuk gewicht(GemeenteInvoer gemeente);

    /** The formula with this municipality's numbers filled in. */
    abstract String berekening(GemeenteInvoer gemeente);
}
