package nl.spreiding.pledge.overzicht;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.spreiding.platform.csv.CsvCel;
import nl.spreiding.platform.csv.CsvDialect;
import nl.spreiding.platform.csv.CsvSchrijver;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.pledge.besluit.KansrijkInitiatief;
import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.opgave.Opgave;
import nl.spreiding.pledge.overzicht.OverzichtDtos.GemeenteOverzicht;
import nl.spreiding.pledge.overzicht.OverzichtDtos.NietMeegeteld;
import nl.spreiding.pledge.overzicht.OverzichtDtos.ProvincieOverzicht;
import nl.spreiding.pledge.overzicht.OverzichtDtos.Regel;
import nl.spreiding.pledge.telregel.Beoordeling;
import nl.spreiding.pledge.toezegging.Meetelling;
import nl.spreiding.pledge.toezegging.Toezegging;
import nl.spreiding.pledge.toezegging.Toezeggingsstand;
import nl.spreiding.pledge.toezegging.Uitruil;
import nl.spreiding.pledge.verrekening.Verrekeningssaldo;

/**
 * Builds the integrated provincial view from the task read model, the pledges (asylum under the cycle's counting
 * rules), the trades, the creditings, the promising initiatives of the decision and the realisation.
 */
@ApplicationScoped
public class Overzichten {

    private static final String GEREALISEERD = """
            select gemeentecode, doelgroep, sum(aantal_gerealiseerd) from (
                select distinct on (gemeentecode, doelgroep, locatie) gemeentecode, doelgroep, aantal_gerealiseerd, duurzaam
                from realisatie where cyclus = :c and provinciecode = :p and gemeld_op < :tot
                order by gemeentecode, doelgroep, locatie, gemeld_op desc) laatste
            where doelgroep <> 'ASIEL' or duurzaam
            group by gemeentecode, doelgroep""";

    /** Later than anything stored: "now" in the as-of queries. */
    private static final Instant ALTIJD = Instant.parse("9999-01-01T00:00:00Z");

    private final EntityManager em;
    private final Meetelling meetelling;
    private final Verrekeningssaldo verrekeningssaldo;
    private final Toezeggingsstand stand;

    public Overzichten(EntityManager em, Meetelling meetelling, Verrekeningssaldo verrekeningssaldo,
            Toezeggingsstand stand) {
        this.em = em;
        this.meetelling = meetelling;
        this.verrekeningssaldo = verrekeningssaldo;
        this.stand = stand;
    }

    /** Counts of one area and target group. */
    private static final class Telling {
        int toegezegd;
        int amvToegezegd;
        int gerealiseerd;
        int uitruil;
        int nietMeegeteld;
        /** Places not counted per reason, in the order the reasons first occur. */
        final Map<String, Integer> redenen = new LinkedHashMap<>();
        int verrekend;
        int kansrijk;

        void nietMeegeteld(int plaatsen, List<String> waarom) {
            nietMeegeteld += plaatsen;
            waarom.forEach(r -> redenen.merge(r, plaatsen, Integer::sum));
        }
    }

    public ProvincieOverzicht provincie(String cyclus, String provinciecode) {
        return provincie(cyclus, provinciecode, null);
    }

    /**
     * The view as it stood just before {@code tot} (null: now), as far as the data keeps its history: pledges from
     * their history, realisation reports, trades, creditings by when they were confirmed, promising initiatives by
     * when the decision was taken. The task is the current distribution version's and the counting rules are the
     * current ones: older versions are not kept.
     */
    public ProvincieOverzicht provincie(String cyclus, String provinciecode, Instant tot) {
        Instant grens = tot == null ? ALTIJD : tot;
        List<Opgave> opgaven = Opgave.list("cyclus = ?1 and provinciecode = ?2", cyclus, provinciecode);
        Map<String, Map<Doelgroep, Opgave>> perGebied = new TreeMap<>();
        Map<String, Opgave> eenPerGebied = new HashMap<>();
        for (Opgave o : opgaven) {
            perGebied.computeIfAbsent(o.code, c -> new EnumMap<>(Doelgroep.class)).put(o.doelgroep, o);
            eenPerGebied.putIfAbsent(o.code, o);
        }
        Opgave provincie = eenPerGebied.get(provinciecode);
        if (provincie == null) {
            throw DomainException.notFound("Provincie " + provinciecode + " heeft geen gepubliceerde opgave in cyclus "
                    + cyclus + ".");
        }
        Map<String, Map<Doelgroep, Telling>> tellingen = new HashMap<>();
        List<Toezegging> toezeggingen = stand.vanProvincie(cyclus, provinciecode, tot);
        // The other target groups: every pledge that is not withdrawn (the Spreidingswet's rules are for asylum only).
        for (Toezegging z : toezeggingen) {
            if (z.doelgroep != Doelgroep.ASIEL && z.status != Toezegging.Status.INGETROKKEN) {
                Telling t = telling(tellingen, z.gemeentecode, z.doelgroep);
                t.toegezegd += z.aantalPlaatsen;
                t.amvToegezegd += z.aantalAmv;
            }
        }
        asiel(cyclus, provinciecode, toezeggingen.stream().filter(z -> z.doelgroep == Doelgroep.ASIEL).toList(), grens,
                tellingen);
        for (Object[] r : rows(GEREALISEERD, cyclus, provinciecode, grens)) {
            telling(tellingen, (String) r[0], Doelgroep.valueOf((String) r[1])).gerealiseerd = ((Number) r[2]).intValue();
        }
        for (Uitruil u : Uitruil.<Uitruil>list("cyclus = ?1 and provinciecode = ?2 and vastgelegdOp < ?3", cyclus,
                provinciecode, grens)) {
            for (Doelgroep d : Doelgroep.values()) {
                int saldo = u.saldoVoor(d);
                telling(tellingen, provinciecode, d).uitruil += saldo;
                if (u.gemeentecode != null) {
                    telling(tellingen, u.gemeentecode, d).uitruil += saldo;
                }
            }
        }
        // The province's pledges and realisation are the sum of its municipalities'.
        Map<Doelgroep, Telling> totaal = new EnumMap<>(Doelgroep.class);
        for (var e : tellingen.entrySet()) {
            if (!e.getKey().equals(provinciecode)) {
                for (var d : e.getValue().entrySet()) {
                    Telling p = totaal.computeIfAbsent(d.getKey(), x -> new Telling());
                    p.toegezegd += d.getValue().toegezegd;
                    p.amvToegezegd += d.getValue().amvToegezegd;
                    p.gerealiseerd += d.getValue().gerealiseerd;
                    p.verrekend += d.getValue().verrekend;
                    p.kansrijk += d.getValue().kansrijk;
                    p.nietMeegeteld += d.getValue().nietMeegeteld;
                    d.getValue().redenen.forEach((r, n) -> p.redenen.merge(r, n, Integer::sum));
                }
            }
        }
        totaal.forEach((d, t) -> {
            Telling p = telling(tellingen, provinciecode, d);
            p.toegezegd = t.toegezegd;
            p.amvToegezegd = t.amvToegezegd;
            p.gerealiseerd = t.gerealiseerd;
            p.verrekend = t.verrekend;
            p.kansrijk = t.kansrijk;
            p.nietMeegeteld = t.nietMeegeteld;
            p.redenen.putAll(t.redenen);
        });
        List<GemeenteOverzicht> gemeenten = new ArrayList<>();
        for (var e : perGebied.entrySet()) {
            if (e.getKey().equals(provinciecode)) {
                continue;
            }
            Opgave een = eenPerGebied.get(e.getKey());
            gemeenten.add(new GemeenteOverzicht(een.code, een.naam, een.aantalInwoners,
                    regels(e.getValue(), tellingen.getOrDefault(e.getKey(), Map.of()), een.aantalInwoners)));
        }
        return new ProvincieOverzicht(cyclus, provinciecode, provincie.naam, provincie.aantalInwoners,
                regels(perGebied.get(provinciecode), tellingen.getOrDefault(provinciecode, Map.of()),
                        provincie.aantalInwoners),
                gemeenten);
    }

    private static List<Regel> regels(Map<Doelgroep, Opgave> opgaven, Map<Doelgroep, Telling> tellingen, long inwoners) {
        List<Regel> regels = new ArrayList<>();
        for (Doelgroep d : Doelgroep.values()) {
            Opgave o = opgaven.get(d);
            Telling t = tellingen.getOrDefault(d, new Telling());
            if (o == null && t.toegezegd == 0 && t.gerealiseerd == 0 && t.uitruil == 0 && t.nietMeegeteld == 0
                    && t.verrekend == 0 && t.kansrijk == 0) {
                continue;
            }
            int opgave = o == null ? 0 : o.opgave;
            int amv = o == null ? 0 : o.amv;
            int bestaand = o == null ? 0 : o.bestaandePlaatsen;
            int resterend = o == null ? 0 : o.resterendeOpgave;
            int naUitruil = Math.max(0, resterend + t.uitruil);
            int saldo = t.toegezegd + t.verrekend + t.kansrijk - naUitruil;
            regels.add(new Regel(d, opgave, amv, bestaand, resterend, t.uitruil, naUitruil, t.toegezegd, t.amvToegezegd,
                    t.gerealiseerd, saldo, Math.max(0, -saldo), Math.max(0, saldo), per1000(bestaand + t.toegezegd,
                            inwoners), t.nietMeegeteld, t.redenen.entrySet().stream()
                                    .map(r -> new NietMeegeteld(r.getValue(), r.getKey())).toList(),
                    t.verrekend, t.kansrijk));
        }
        return regels;
    }

    /**
     * The asylum counts of the province's municipalities: the pledges that count under the cycle's rules, the places
     * that do not (with why), the confirmed creditings (counted once: for the borrower, not the lender) and the
     * promising initiatives of the issued decision.
     */
    private void asiel(String cyclus, String provinciecode, List<Toezegging> toezeggingen, Instant tot,
            Map<String, Map<Doelgroep, Telling>> tellingen) {
        Map<UUID, Beoordeling> beoordeeld = meetelling.beoordeel(cyclus, toezeggingen);
        for (Toezegging z : toezeggingen) {
            if (z.status == Toezegging.Status.INGETROKKEN) {
                continue;
            }
            Telling t = telling(tellingen, z.gemeentecode, Doelgroep.ASIEL);
            Beoordeling b = beoordeeld.get(z.id);
            if (b.telt()) {
                t.toegezegd += z.aantalPlaatsen;
                t.amvToegezegd += z.aantalAmv;
            } else {
                t.nietMeegeteld(z.aantalPlaatsen, b.redenen());
            }
        }
        Set<String> eigen = new HashSet<>();
        Opgave.gemeentenVan(cyclus, Doelgroep.ASIEL, provinciecode).forEach(o -> eigen.add(o.code));
        verrekeningssaldo.perGemeente(cyclus, provinciecode, tot).forEach((gemeente, saldo) -> {
            if (eigen.contains(gemeente)) {
                telling(tellingen, gemeente, Doelgroep.ASIEL).verrekend += saldo;
            }
        });
        for (KansrijkInitiatief k : KansrijkInitiatief.genomenVoor(cyclus, provinciecode, tot)) {
            telling(tellingen, k.gemeentecode, Doelgroep.ASIEL).kansrijk += k.aantalPlaatsen;
        }
    }

    static BigDecimal per1000(long plaatsen, long inwoners) {
        if (inwoners <= 0) {
            return null;
        }
        return BigDecimal.valueOf(plaatsen).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(inwoners), 2, RoundingMode.HALF_UP);
    }

    private static Telling telling(Map<String, Map<Doelgroep, Telling>> tellingen, String code, Doelgroep d) {
        return tellingen.computeIfAbsent(code, c -> new EnumMap<>(Doelgroep.class)).computeIfAbsent(d, x -> new Telling());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String cyclus, String provinciecode, Instant tot) {
        return em.createNativeQuery(sql).setParameter("c", cyclus).setParameter("p", provinciecode)
                .setParameter("tot", tot).getResultList();
    }

    static final List<String> CSV_KOLOMMEN = List.of("niveau", "code", "naam", "aantalInwoners", "doelgroep", "opgave",
            "amvOpgave", "bestaandePlaatsen", "resterendeOpgave", "uitruil", "opgaveNaUitruil", "toegezegd", "amvToegezegd",
            "gerealiseerd", "saldo", "tekort", "overschot", "plaatsenPer1000Inwoners", "verrekend", "kansrijk", "nietMeegeteld");

    /**
     * The view as CSV: one line per area and target group, the province first. The columns added later
     * (verrekend, kansrijk, nietMeegeteld) come last, so that a spreadsheet reading columns by position keeps working.
     */
    public static CsvSchrijver csv(ProvincieOverzicht o, CsvDialect dialect) {
        CsvSchrijver csv = new CsvSchrijver(dialect, CSV_KOLOMMEN);
        for (Regel r : o.doelgroepen()) {
            csv.regel(regel("PROVINCIE", o.provinciecode(), o.naam(), o.aantalInwoners(), r));
        }
        for (GemeenteOverzicht g : o.gemeenten()) {
            for (Regel r : g.doelgroepen()) {
                csv.regel(regel("GEMEENTE", g.gemeentecode(), g.naam(), g.aantalInwoners(), r));
            }
        }
        return csv;
    }

    private static List<CsvCel> regel(String niveau, String code, String naam, long inwoners, Regel r) {
        return List.of(CsvCel.tekst(niveau), CsvCel.tekst(code), CsvCel.tekst(naam), CsvCel.getal(inwoners),
                CsvCel.tekst(r.doelgroep()), CsvCel.getal(r.opgave()), CsvCel.getal(r.amvOpgave()),
                CsvCel.getal(r.bestaandePlaatsen()), CsvCel.getal(r.resterendeOpgave()), CsvCel.getal(r.uitruil()),
                CsvCel.getal(r.opgaveNaUitruil()), CsvCel.getal(r.toegezegd()), CsvCel.getal(r.amvToegezegd()),
                CsvCel.getal(r.gerealiseerd()), CsvCel.getal(r.saldo()), CsvCel.getal(r.tekort()),
                CsvCel.getal(r.overschot()), CsvCel.getal(r.plaatsenPer1000Inwoners()), CsvCel.getal(r.verrekend()),
                CsvCel.getal(r.kansrijk()), CsvCel.getal(r.nietMeegeteld()));
    }
}
