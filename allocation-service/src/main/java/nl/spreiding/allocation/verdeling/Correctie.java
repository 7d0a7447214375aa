package nl.spreiding.allocation.verdeling;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The correction function of a distribution key: how a municipality's inhabitants become its weight, chosen from a few
 * documented families with parameters ({@link Lineair}, {@link BegrensdLineair}, {@link Banden}) so that when the
 * ministry's exact rule is known it is data, not code. Parameters are decimals, so every factor is an exact decimal and
 * every weight inhabitants × factor. A key's correction never changes: a new definition is a new key version, so
 * published allocations stay reproducible.
 */
public sealed interface Correctie permits Correctie.Geen, Correctie.Lineair, Correctie.BegrensdLineair, Correctie.Banden {

    /** Weight = inhabitants (statushouders, Huisvestingswet 2014 art. 29; and the uncorrected population share). */
    Correctie GEEN = new Geen();

    /**
     * Weight = inhabitants × (1 + SES-WOA score): {@link Lineair} with a = 1. Inferred from published examples
     * (DOMAIN.md: Bloemendaal, Heerlen): a smooth linear correction, not groups; no readable source states the function.
     */
    Correctie SES_WOA_LINEAIR = new Lineair(BigDecimal.ONE);

    /** The family's code as the API and the database name it: GEEN, LINEAIR, BEGRENSD_LINEAIR or SES_BANDEN. */
    String familie();

    /** The formula in words, for explanations and the key's documentation. */
    String formule();

    /** The family's parameters in words ("a = 0.8; minimum 0.5; maximum 1.5"); empty for {@link Geen}. */
    String parameters();

    boolean vereistSesWoaScore();

    /** The exact factor inhabitants are multiplied by; callers have checked that the inputs the function needs are present. */
    BigDecimal factor(GemeenteInvoer gemeente);

    /** The formula with this municipality's numbers filled in. */
    String berekening(GemeenteInvoer gemeente);

    /** The exact weight, in {@link Breuk} arithmetic: the reference the fast calculation is tested against. */
    default Breuk gewicht(GemeenteInvoer gemeente) {
        return Breuk.van(gemeente.aantalInwoners()).maal(Breuk.van(factor(gemeente)));
    }

    /** The exact weight as a decimal (inhabitants × factor, no rounding), for the fast calculation. */
    default BigDecimal gewichtDecimaal(GemeenteInvoer gemeente) {
        return BigDecimal.valueOf(gemeente.aantalInwoners()).multiply(factor(gemeente));
    }

    /** No correction. */
    record Geen() implements Correctie {

        @Override
        public String familie() {
            return "GEEN";
        }

        @Override
        public String formule() {
            return "gewicht = aantal inwoners";
        }

        @Override
        public String parameters() {
            return "";
        }

        @Override
        public boolean vereistSesWoaScore() {
            return false;
        }

        @Override
        public BigDecimal factor(GemeenteInvoer gemeente) {
            return BigDecimal.ONE;
        }

        @Override
        public Breuk gewicht(GemeenteInvoer gemeente) {
            return Breuk.van(gemeente.aantalInwoners());
        }

        @Override
        public String berekening(GemeenteInvoer gemeente) {
            return gemeente.aantalInwoners() + " inwoners (geen correctie) = " + gemeente.aantalInwoners();
        }
    }

    /** Weight = inhabitants × (1 + a × SES-WOA score); a = 1 is {@link #SES_WOA_LINEAIR}. */
    record Lineair(BigDecimal a) implements Correctie {

        public Lineair {
            OngeldigeCorrectie.vereist(a, "correctie.a");
        }

        @Override
        public String familie() {
            return "LINEAIR";
        }

        @Override
        public String formule() {
            return isEen(a) ? "gewicht = aantal inwoners × (1 + SES-WOA-score)"
                    : "gewicht = aantal inwoners × (1 + " + Weergave.getal(a) + " × SES-WOA-score)";
        }

        @Override
        public String parameters() {
            return "a = " + Weergave.getal(a);
        }

        @Override
        public boolean vereistSesWoaScore() {
            return true;
        }

        @Override
        public BigDecimal factor(GemeenteInvoer gemeente) {
            return BigDecimal.ONE.add(a.multiply(gemeente.sesWoaScore()));
        }

        @Override
        public Breuk gewicht(GemeenteInvoer gemeente) {
            Breuk score = Breuk.van(gemeente.sesWoaScore());
            return Breuk.van(gemeente.aantalInwoners()).maal(Breuk.EEN.plus(isEen(a) ? score : Breuk.van(a).maal(score)));
        }

        @Override
        public String berekening(GemeenteInvoer gemeente) {
            BigDecimal score = gemeente.sesWoaScore();
            String term = isEen(a) ? Weergave.getal(score.abs()) : Weergave.getal(a) + " × " + Weergave.getal(score.abs());
            String factor = score.signum() < 0 ? "1 − " + term : "1 + " + term;
            return gemeente.aantalInwoners() + " × (" + factor + ") = " + Weergave.getal(gewicht(gemeente));
        }
    }

    /**
     * Weight = inhabitants × min(maximum, max(minimum, 1 + a × SES-WOA score)): linear, but no municipality's factor
     * leaves [minimum, maximum].
     */
    record BegrensdLineair(BigDecimal a, BigDecimal minimum, BigDecimal maximum) implements Correctie {

        public BegrensdLineair {
            OngeldigeCorrectie.vereist(a, "correctie.a");
            OngeldigeCorrectie.vereist(minimum, "correctie.minimum");
            OngeldigeCorrectie.vereist(maximum, "correctie.maximum");
            if (minimum.signum() <= 0) {
                throw new OngeldigeCorrectie("correctie.minimum", "de ondergrens van de factor moet groter dan 0 zijn, niet "
                        + Weergave.getal(minimum));
            }
            if (maximum.compareTo(minimum) < 0) {
                throw new OngeldigeCorrectie("correctie.maximum", "de bovengrens van de factor (" + Weergave.getal(maximum)
                        + ") mag niet kleiner zijn dan de ondergrens (" + Weergave.getal(minimum) + ")");
            }
        }

        @Override
        public String familie() {
            return "BEGRENSD_LINEAIR";
        }

        @Override
        public String formule() {
            return "gewicht = aantal inwoners × (1 + " + Weergave.getal(a) + " × SES-WOA-score), factor begrensd tot ["
                    + Weergave.getal(minimum) + ", " + Weergave.getal(maximum) + "]";
        }

        @Override
        public String parameters() {
            return "a = " + Weergave.getal(a) + "; ondergrens " + Weergave.getal(minimum) + "; bovengrens "
                    + Weergave.getal(maximum);
        }

        @Override
        public boolean vereistSesWoaScore() {
            return true;
        }

        private BigDecimal ongegrensd(GemeenteInvoer gemeente) {
            return BigDecimal.ONE.add(a.multiply(gemeente.sesWoaScore()));
        }

        @Override
        public BigDecimal factor(GemeenteInvoer gemeente) {
            return ongegrensd(gemeente).max(minimum).min(maximum);
        }

        @Override
        public String berekening(GemeenteInvoer gemeente) {
            BigDecimal ongegrensd = ongegrensd(gemeente);
            BigDecimal factor = factor(gemeente);
            String grens = ongegrensd.compareTo(minimum) < 0 ? " → ondergrens " + Weergave.getal(minimum)
                    : ongegrensd.compareTo(maximum) > 0 ? " → bovengrens " + Weergave.getal(maximum) : "";
            return "factor 1 + " + Weergave.getal(a) + " × " + Weergave.getal(gemeente.sesWoaScore()) + " = "
                    + Weergave.getal(ongegrensd) + grens + "; " + gemeente.aantalInwoners() + " × " + Weergave.getal(factor)
                    + " = " + Weergave.getal(gewicht(gemeente));
        }
    }

    /**
     * Weight = inhabitants × the factor of the band the SES-WOA score falls in. Bands are half-open [vanaf, tot), in order,
     * the first without lower bound and the last without upper bound, each starting where the previous one ends: every
     * score falls in exactly one band.
     */
    record Banden(List<Band> banden) implements Correctie {

        public Banden {
            if (banden == null || banden.isEmpty()) {
                throw new OngeldigeCorrectie("correctie.banden", "een tabel van factoren per SES-band heeft minstens één band");
            }
            banden = List.copyOf(banden);
            for (int i = 0; i < banden.size(); i++) {
                Band band = Objects.requireNonNull(banden.get(i), "band");
                String veld = "correctie.banden[" + i + "]";
                if (i == 0 && band.vanaf() != null) {
                    throw new OngeldigeCorrectie(veld + ".vanaf", "de eerste band heeft geen ondergrens (leeg), zodat elke "
                            + "score onder " + Weergave.getal(band.vanaf()) + " ook een factor heeft");
                }
                if (i > 0 && band.vanaf() == null) {
                    throw new OngeldigeCorrectie(veld + ".vanaf", "alleen de eerste band mag zonder ondergrens zijn");
                }
                if (i == banden.size() - 1 && band.tot() != null) {
                    throw new OngeldigeCorrectie(veld + ".tot", "de laatste band heeft geen bovengrens (leeg), zodat elke "
                            + "score vanaf " + Weergave.getal(band.tot()) + " ook een factor heeft");
                }
                if (i < banden.size() - 1 && band.tot() == null) {
                    throw new OngeldigeCorrectie(veld + ".tot", "alleen de laatste band mag zonder bovengrens zijn");
                }
                if (band.vanaf() != null && band.tot() != null && band.vanaf().compareTo(band.tot()) >= 0) {
                    throw new OngeldigeCorrectie(veld + ".tot", "de bovengrens (" + Weergave.getal(band.tot())
                            + ") moet groter zijn dan de ondergrens (" + Weergave.getal(band.vanaf()) + ")");
                }
                if (i > 0 && band.vanaf().compareTo(banden.get(i - 1).tot()) != 0) {
                    throw new OngeldigeCorrectie(veld + ".vanaf", "de band moet beginnen waar de vorige eindigt ("
                            + Weergave.getal(banden.get(i - 1).tot()) + "), niet bij " + Weergave.getal(band.vanaf())
                            + ": anders " + (band.vanaf().compareTo(banden.get(i - 1).tot()) > 0
                                    ? "valt een deel van de scores buiten elke band" : "overlappen de banden"));
                }
                OngeldigeCorrectie.vereist(band.factor(), veld + ".factor");
                if (band.factor().signum() <= 0) {
                    throw new OngeldigeCorrectie(veld + ".factor", "de factor moet groter dan 0 zijn, niet "
                            + Weergave.getal(band.factor()));
                }
            }
        }

        @Override
        public String familie() {
            return "SES_BANDEN";
        }

        @Override
        public String formule() {
            return "gewicht = aantal inwoners × factor van de SES-band van de SES-WOA-score";
        }

        @Override
        public String parameters() {
            return String.join("; ", banden.stream().map(Band::toString).toList());
        }

        @Override
        public boolean vereistSesWoaScore() {
            return true;
        }

        /** Bands are few (a handful): a linear search is the simplest correct lookup. */
        Band band(BigDecimal score) {
            for (Band band : banden) {
                if (band.bevat(score)) {
                    return band;
                }
            }
            throw new IllegalStateException("de banden dekken elke score; " + score + " valt buiten");
        }

        @Override
        public BigDecimal factor(GemeenteInvoer gemeente) {
            return band(gemeente.sesWoaScore()).factor();
        }

        @Override
        public String berekening(GemeenteInvoer gemeente) {
            Band band = band(gemeente.sesWoaScore());
            return "SES-WOA-score " + Weergave.getal(gemeente.sesWoaScore()) + " valt in band " + band + "; "
                    + gemeente.aantalInwoners() + " × " + Weergave.getal(band.factor()) + " = "
                    + Weergave.getal(gewicht(gemeente));
        }
    }

    /**
     * One SES band: scores s with vanaf ≤ s &lt; tot get this factor.
     *
     * @param vanaf inclusive lower bound; null for the first band (no lower bound)
     * @param tot exclusive upper bound; null for the last band (no upper bound)
     */
    record Band(BigDecimal vanaf, BigDecimal tot, BigDecimal factor) {

        boolean bevat(BigDecimal score) {
            return (vanaf == null || score.compareTo(vanaf) >= 0) && (tot == null || score.compareTo(tot) < 0);
        }

        /** "[-0.1, 0.1) → 1.0". */
        @Override
        public String toString() {
            return "[" + (vanaf == null ? "−∞" : Weergave.getal(vanaf)) + ", " + (tot == null ? "+∞" : Weergave.getal(tot))
                    + ") → " + (factor == null ? "?" : Weergave.getal(factor));
        }
    }

    private static boolean isEen(BigDecimal waarde) {
        return waarde.compareTo(BigDecimal.ONE) == 0;
    }
}
