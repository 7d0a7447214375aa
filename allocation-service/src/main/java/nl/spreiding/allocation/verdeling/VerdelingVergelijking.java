package nl.spreiding.allocation.verdeling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Two allocations side by side (e.g. with and without the SES-WOA correction, or two cycles), per municipality and per
 * province. A municipality present in only one of them (after a merger) has null on the other side and no difference.
 */
public record VerdelingVergelijking(Verdeling a, Verdeling b, List<Gemeenteverschil> gemeenten,
        List<Provincieverschil> provincies) {

    /**
     * @param verschil opgaveB − opgaveA; null unless both are present
     * @param plaatsenPerDuizendInwonersA opgave × 1000 / inwoners, 2 decimals half up
     */
    public record Gemeenteverschil(String gemeentecode, String naam, String provinciecode, Integer opgaveA, Integer opgaveB,
            Integer verschil, BigDecimal plaatsenPerDuizendInwonersA, BigDecimal plaatsenPerDuizendInwonersB) {
    }

    /** As {@link Gemeenteverschil}, for the sums of a province's municipalities. */
    public record Provincieverschil(String provinciecode, Long opgaveA, Long opgaveB, Long verschil,
            BigDecimal plaatsenPerDuizendInwonersA, BigDecimal plaatsenPerDuizendInwonersB) {
    }

    public VerdelingVergelijking {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        gemeenten = List.copyOf(gemeenten);
        provincies = List.copyOf(provincies);
    }

    public static VerdelingVergelijking vergelijk(Verdeling a, Verdeling b) {
        Map<String, GemeenteOpgave> gemeentenA = perCode(a.gemeenten(), GemeenteOpgave::gemeentecode);
        Map<String, GemeenteOpgave> gemeentenB = perCode(b.gemeenten(), GemeenteOpgave::gemeentecode);
        List<Gemeenteverschil> gemeenten = new ArrayList<>();
        for (String code : codes(gemeentenA, gemeentenB)) {
            GemeenteOpgave ga = gemeentenA.get(code);
            GemeenteOpgave gb = gemeentenB.get(code);
            GemeenteOpgave bekend = ga != null ? ga : gb;
            gemeenten.add(new Gemeenteverschil(code, bekend.naam(), bekend.provinciecode(),
                    ga == null ? null : ga.opgave(), gb == null ? null : gb.opgave(),
                    ga == null || gb == null ? null : gb.opgave() - ga.opgave(),
                    ga == null ? null : perDuizend(ga.opgave(), ga.aantalInwoners()),
                    gb == null ? null : perDuizend(gb.opgave(), gb.aantalInwoners())));
        }
        Map<String, ProvincieOpgave> provinciesA = perCode(a.provincies(), ProvincieOpgave::provinciecode);
        Map<String, ProvincieOpgave> provinciesB = perCode(b.provincies(), ProvincieOpgave::provinciecode);
        List<Provincieverschil> provincies = new ArrayList<>();
        for (String code : codes(provinciesA, provinciesB)) {
            ProvincieOpgave pa = provinciesA.get(code);
            ProvincieOpgave pb = provinciesB.get(code);
            provincies.add(new Provincieverschil(code, pa == null ? null : pa.opgave(), pb == null ? null : pb.opgave(),
                    pa == null || pb == null ? null : pb.opgave() - pa.opgave(),
                    pa == null ? null : perDuizend(pa.opgave(), pa.aantalInwoners()),
                    pb == null ? null : perDuizend(pb.opgave(), pb.aantalInwoners())));
        }
        return new VerdelingVergelijking(a, b, gemeenten, provincies);
    }

    static BigDecimal perDuizend(long opgave, long inwoners) {
        return Breuk.van(opgave * 1000, inwoners).alsDecimaal(2, RoundingMode.HALF_UP);
    }

    private static <T> Map<String, T> perCode(List<T> lijst, Function<T, String> code) {
        Map<String, T> map = new TreeMap<>();
        lijst.forEach(t -> map.put(code.apply(t), t));
        return map;
    }

    private static TreeSet<String> codes(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> codes = new TreeSet<>(a.keySet());
        codes.addAll(b.keySet());
        return codes;
    }
}
