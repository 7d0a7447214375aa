package nl.spreiding.allocation.verdeling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reconciliation of two distributions (a calculated one with an adopted table, or two keys): per municipality the
 * implied correction factor of each side, and a summary of how far B lies from A. A is the reference.
 *
 * <p>The implied correction factor is a municipality's task share divided by its population share, within one
 * distribution: (opgave / som van de opgaven) / (inwoners / som van de inwoners). The sum of that distribution's own
 * tasks is the denominator, not its nominal total, so that a table that adds up to 96,002 is read as it is; the
 * population-weighted mean of the factors is then exactly 1. Without the SES-WOA correction every factor is about 1.
 * Factors are exact fractions, shown with {@value #FACTOR_DECIMALEN} decimals, half up.
 */
public record Aansluiting(Map<String, Factoren> factoren, Samenvatting samenvatting) {

    public static final int FACTOR_DECIMALEN = 6;
    public static final int PERCENTAGE_DECIMALEN = 4;
    public static final int GROOTSTE_VERSCHILLEN = 10;

    /** The implied correction factors of one municipality; null on a side where it is missing or has no tasks. */
    public record Factoren(Breuk correctiefactorA, Breuk correctiefactorB) {

        public BigDecimal correctiefactorADecimaal() {
            return decimaal(correctiefactorA, FACTOR_DECIMALEN);
        }

        public BigDecimal correctiefactorBDecimaal() {
            return decimaal(correctiefactorB, FACTOR_DECIMALEN);
        }
    }

    /**
     * @param aantalGemeenten municipalities present in both
     * @param exacteOvereenkomsten of those, with the same task in A and B
     * @param gemiddeldeAbsoluteProcentueleAfwijking MAPE: mean of |B − A| / A × 100 over the municipalities in both
     *        with A &gt; 0; null when there are none
     * @param zonderPercentage municipalities in both with A = 0, left out of the mean (a percentage of 0 is undefined)
     * @param grootsteVerschillen at most {@value #GROOTSTE_VERSCHILLEN}, largest |B − A| first, then by gemeentecode
     */
    public record Samenvatting(int aantalGemeenten, int exacteOvereenkomsten, Breuk gemiddeldeAbsoluteProcentueleAfwijking,
            int zonderPercentage, long somA, long somB, List<VerdelingVergelijking.Gemeenteverschil> grootsteVerschillen) {

        public Samenvatting {
            grootsteVerschillen = List.copyOf(grootsteVerschillen);
        }

        public long verschil() {
            return somB - somA;
        }

        /** The MAPE in percent with {@value #PERCENTAGE_DECIMALEN} decimals, half up; null when undefined. */
        public BigDecimal gemiddeldeAbsoluteProcentueleAfwijkingDecimaal() {
            return decimaal(gemiddeldeAbsoluteProcentueleAfwijking, PERCENTAGE_DECIMALEN);
        }
    }

    public Aansluiting {
        factoren = Map.copyOf(factoren);
        Objects.requireNonNull(samenvatting, "samenvatting");
    }

    public static Aansluiting van(VerdelingVergelijking vergelijking) {
        Map<String, Breuk> factorenA = factoren(vergelijking.a());
        Map<String, Breuk> factorenB = factoren(vergelijking.b());
        Map<String, Factoren> factoren = vergelijking.gemeenten().stream().collect(Collectors.toMap(
                VerdelingVergelijking.Gemeenteverschil::gemeentecode,
                g -> new Factoren(factorenA.get(g.gemeentecode()), factorenB.get(g.gemeentecode()))));

        List<VerdelingVergelijking.Gemeenteverschil> inBeide = vergelijking.gemeenten().stream()
                .filter(g -> g.verschil() != null).toList();
        int exact = (int) inBeide.stream().filter(g -> g.verschil() == 0).count();
        List<VerdelingVergelijking.Gemeenteverschil> metPercentage = inBeide.stream().filter(g -> g.opgaveA() > 0).toList();
        Breuk somPercentages = metPercentage.stream().map(g -> Breuk.van(Math.abs(g.verschil()) * 100L, g.opgaveA()))
                .reduce(Breuk.NUL, Breuk::plus);
        Breuk mape = metPercentage.isEmpty() ? null : somPercentages.gedeeldDoor(Breuk.van(metPercentage.size()));
        List<VerdelingVergelijking.Gemeenteverschil> grootste = inBeide.stream()
                .sorted(Comparator.comparingInt((VerdelingVergelijking.Gemeenteverschil g) -> Math.abs(g.verschil())).reversed()
                        .thenComparing(VerdelingVergelijking.Gemeenteverschil::gemeentecode))
                .limit(GROOTSTE_VERSCHILLEN).toList();
        return new Aansluiting(factoren, new Samenvatting(inBeide.size(), exact, mape, inBeide.size() - metPercentage.size(),
                vergelijking.a().somOpgaven(), vergelijking.b().somOpgaven(), grootste));
    }

    /** (opgave / Σ opgave) / (inwoners / Σ inwoners) = opgave × Σ inwoners / (Σ opgave × inwoners), per municipality. */
    static Map<String, Breuk> factoren(Verdeling verdeling) {
        long somOpgaven = verdeling.somOpgaven();
        long somInwoners = verdeling.gemeenten().stream().mapToLong(GemeenteOpgave::aantalInwoners).sum();
        if (somOpgaven == 0) {
            return Map.of();
        }
        return verdeling.gemeenten().stream().collect(Collectors.toMap(GemeenteOpgave::gemeentecode,
                Function.<GemeenteOpgave>identity().andThen(g -> Breuk.van(g.opgave(), somOpgaven)
                        .gedeeldDoor(Breuk.van(g.aantalInwoners(), somInwoners)))));
    }

    private static BigDecimal decimaal(Breuk waarde, int decimalen) {
        return waarde == null ? null : waarde.alsDecimaal(decimalen, RoundingMode.HALF_UP);
    }
}
