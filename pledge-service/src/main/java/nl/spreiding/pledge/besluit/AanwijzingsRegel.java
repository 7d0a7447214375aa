package nl.spreiding.pledge.besluit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documented, deterministic rule that proposes designations, as practised in December 2024: a province's
 * shortfall is laid only on the municipalities of that province that did not meet their own indicative task, in
 * proportion to what each still lacks.
 *
 * <p>Exact integer arithmetic, largest remainder: municipality {@code i} lacking {@code t_i} of a total lack {@code L}
 * gets {@code floor(T × t_i / L)} of the shortfall {@code T}; the places left over go one each to the largest
 * remainders {@code (T × t_i) mod L}, ties broken by the larger lack and then the lower municipality code. So the
 * designations always add up to exactly {@code T} and the same input always gives the same result. When no
 * municipality lacks anything (possible only when the province's published task exceeds the sum of its
 * municipalities'), nothing is proposed and the minister designates by hand.
 */
public final class AanwijzingsRegel {

    public static final String CODE = "TEKORT_NAAR_RATO_BIJ_ACHTERBLIJVENDE_GEMEENTEN";

    /** A municipality and what it still lacks of its own indicative task (0 when it met it). */
    public record Achterstand(String gemeentecode, int tekort) {
    }

    private AanwijzingsRegel() {
    }

    /** @return per municipality code (sorted) the places designated; only municipalities that get more than 0 */
    public static Map<String, Integer> verdeel(int tekort, List<Achterstand> gemeenten) {
        Map<String, Integer> uitkomst = new TreeMap<>();
        List<Achterstand> achterblijvers = gemeenten.stream().filter(g -> g.tekort() > 0).toList();
        long totaal = achterblijvers.stream().mapToLong(Achterstand::tekort).sum();
        if (tekort <= 0 || totaal == 0) {
            return uitkomst;
        }
        record Aandeel(Achterstand gemeente, long basis, long rest) {
        }
        List<Aandeel> aandelen = new ArrayList<>();
        long verdeeld = 0;
        for (Achterstand g : achterblijvers) {
            long teller = (long) tekort * g.tekort();
            aandelen.add(new Aandeel(g, teller / totaal, teller % totaal));
            verdeeld += teller / totaal;
        }
        long over = tekort - verdeeld;
        List<Aandeel> opRest = new ArrayList<>(aandelen);
        opRest.sort(Comparator.comparingLong(Aandeel::rest).reversed()
                .thenComparing(Comparator.comparingInt((Aandeel a) -> a.gemeente().tekort()).reversed())
                .thenComparing(a -> a.gemeente().gemeentecode()));
        Map<String, Long> extra = new TreeMap<>();
        for (int i = 0; i < over; i++) {
            extra.put(opRest.get(i).gemeente().gemeentecode(), 1L);
        }
        for (Aandeel a : aandelen) {
            long aantal = a.basis() + extra.getOrDefault(a.gemeente().gemeentecode(), 0L);
            if (aantal > 0) {
                uitkomst.merge(a.gemeente().gemeentecode(), (int) aantal, Integer::sum);
            }
        }
        return uitkomst;
    }
}
