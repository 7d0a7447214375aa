package nl.spreiding.pledge.telregel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a cycle's counting rules to pledges. Pure and deterministic: the same rules and pledges give the same
 * outcome. First every pledge on its own (asylum, durable, not withdrawn, duration, availability window, and with
 * PER_LOCATIE its size); then with PER_GEMEENTE the municipality's remaining places together against the minimum.
 */
public final class Teller {

    private Teller() {
    }

    public static <K> Map<K, Beoordeling> beoordeel(Telregels regels, Map<K, Plaatsing> plaatsingen) {
        Map<K, List<String>> redenen = new LinkedHashMap<>();
        plaatsingen.forEach((k, p) -> redenen.put(k, opZichzelf(regels, p)));
        if (regels.telwijze() == Telwijze.PER_GEMEENTE && regels.minimaleOmvangMeerDan() > 0) {
            Map<String, Integer> perGemeente = new HashMap<>();
            plaatsingen.forEach((k, p) -> {
                if (redenen.get(k).isEmpty()) {
                    perGemeente.merge(p.gemeentecode(), p.aantalPlaatsen(), Integer::sum);
                }
            });
            plaatsingen.forEach((k, p) -> {
                int samen = perGemeente.getOrDefault(p.gemeentecode(), 0);
                if (redenen.get(k).isEmpty() && samen <= regels.minimaleOmvangMeerDan()) {
                    redenen.get(k).add("De gemeente " + p.gemeentecode() + " heeft samen " + samen
                            + " meetellende plaatsen; er tellen alleen gemeenten met meer dan "
                            + regels.minimaleOmvangMeerDan() + " plaatsen (telregel per gemeente).");
                }
            });
        }
        Map<K, Beoordeling> uitkomst = new LinkedHashMap<>();
        redenen.forEach((k, r) -> uitkomst.put(k, r.isEmpty() ? Beoordeling.TELT : new Beoordeling(false, List.copyOf(r))));
        return uitkomst;
    }

    /** One pledge on its own: the rules that need no other pledge. */
    public static Beoordeling beoordeel(Telregels regels, Plaatsing p) {
        return beoordeel(regels, Map.of("", p)).get("");
    }

    private static List<String> opZichzelf(Telregels regels, Plaatsing p) {
        List<String> redenen = new ArrayList<>();
        if (!p.asiel()) {
            redenen.add("Geen asielplaatsen: alleen asielplaatsen tellen voor de opgave van de Spreidingswet.");
        }
        if (p.ingetrokken()) {
            redenen.add("De toezegging is ingetrokken.");
        }
        if (!p.duurzaam()) {
            redenen.add("Niet duurzaam: alleen plaatsen die ten minste vijf jaar beschikbaar zijn tellen.");
        }
        LocalDate vanaf = p.beschikbaarVanaf();
        LocalDate tot = p.beschikbaarTot();
        if (p.duurzaam() && vanaf != null && tot != null && tot.isBefore(vanaf.plusYears(regels.minimumDuurJaren()))) {
            redenen.add("Beschikbaar van " + vanaf + " tot " + tot + " is korter dan de minimumduur van "
                    + regels.minimumDuurJaren() + " jaar (tot " + vanaf.plusYears(regels.minimumDuurJaren()) + ").");
        }
        LocalDate uiterlijk = regels.beschikbaarUiterlijkVanaf();
        if (uiterlijk != null) {
            if (vanaf == null) {
                redenen.add("Beschikbaar vanaf is onbekend: niet te zien of de plaatsen uiterlijk " + uiterlijk
                        + " beschikbaar zijn.");
            } else if (vanaf.isAfter(uiterlijk)) {
                redenen.add("Beschikbaar vanaf " + vanaf + ", later dan " + uiterlijk
                        + ": de plaatsen moeten uiterlijk dan beschikbaar zijn.");
            }
        }
        LocalDate tenMinste = regels.beschikbaarTenMinsteTot();
        if (tenMinste != null && tot != null && tot.isBefore(tenMinste)) {
            redenen.add("Beschikbaar tot " + tot + ", eerder dan " + tenMinste
                    + ": de plaatsen moeten ten minste tot dan beschikbaar zijn.");
        }
        if (regels.telwijze() == Telwijze.PER_LOCATIE && p.aantalPlaatsen() <= regels.minimaleOmvangMeerDan()) {
            redenen.add("De locatie heeft " + p.aantalPlaatsen() + " plaatsen; er tellen alleen locaties met meer dan "
                    + regels.minimaleOmvangMeerDan() + " plaatsen.");
        }
        return redenen;
    }
}
