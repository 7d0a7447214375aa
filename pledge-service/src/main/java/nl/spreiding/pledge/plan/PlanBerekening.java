package nl.spreiding.pledge.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.opgave.Opgave;
import nl.spreiding.pledge.plan.PlanDtos.PlanGemeenteDto;
import nl.spreiding.pledge.plan.PlanDtos.PlanLocatie;
import nl.spreiding.pledge.telregel.Beoordeling;
import nl.spreiding.pledge.toezegging.Meetelling;
import nl.spreiding.pledge.toezegging.Toezegging;
import nl.spreiding.pledge.verrekening.Verrekeningssaldo;

/**
 * Checks a province's pledges against its Spreidingswet task: only asylum pledges that are not withdrawn and meet the
 * cycle's counting rules count, and confirmed creditings count for the borrower instead of the lender. The province
 * covers its task when existing + pledged + credited places reach its task, overall and for AMV; a municipality falls
 * short of its own indicative task when its existing + pledged + credited places stay below it.
 */
@ApplicationScoped
public class PlanBerekening {

    public static final String GEEN_OPGAVE = "urn:nld:spreiding:probleem:geen-opgave";

    /** {@code nietMeegeteld}: pledged, not withdrawn asylum places that the counting rules leave out. */
    public record Uitkomst(Opgave provincie, int toegezegd, int amvToegezegd, int verrekend, int tekort, int amvTekort,
            int nietMeegeteld, List<PlanGemeenteDto> gemeenten) {

        public boolean dektOpgave() {
            return tekort == 0 && amvTekort == 0;
        }

        public List<String> gemeentenOnderOpgave() {
            return gemeenten.stream().filter(PlanGemeenteDto::onderOpgave).map(PlanGemeenteDto::gemeentecode).toList();
        }
    }

    private final Meetelling meetelling;
    private final Verrekeningssaldo verrekeningssaldo;

    public PlanBerekening(Meetelling meetelling, Verrekeningssaldo verrekeningssaldo) {
        this.meetelling = meetelling;
        this.verrekeningssaldo = verrekeningssaldo;
    }

    public Uitkomst bereken(String cyclus, String provinciecode) {
        Opgave provincie = Opgave.vanProvincie(cyclus, Doelgroep.ASIEL, provinciecode);
        if (provincie == null) {
            throw DomainException.unprocessable(GEEN_OPGAVE, "Geen opgave", "Provincie " + provinciecode
                    + " heeft (nog) geen gepubliceerde asielopgave in cyclus " + cyclus + ".");
        }
        Map<String, List<Toezegging>> perGemeente = new LinkedHashMap<>();
        List<Toezegging> alle = Toezegging.list("cyclus = ?1 and provinciecode = ?2 order by gemeentecode, "
                + "aangemaaktOp, id", cyclus, provinciecode);
        Map<UUID, Beoordeling> beoordeeld = meetelling.beoordeel(cyclus, alle);
        int nietMeegeteld = 0;
        for (Toezegging t : alle) {
            if (beoordeeld.get(t.id).telt()) {
                perGemeente.computeIfAbsent(t.gemeentecode, g -> new ArrayList<>()).add(t);
            } else if (t.doelgroep == Doelgroep.ASIEL && t.status != Toezegging.Status.INGETROKKEN) {
                // As the overview's nietMeegeteld: an asylum pledge that stands but does not meet the rules.
                nietMeegeteld += t.aantalPlaatsen;
            }
        }
        Map<String, Integer> verrekening = verrekeningssaldo.perGemeente(cyclus, provinciecode);
        List<PlanGemeenteDto> gemeenten = new ArrayList<>();
        int toegezegd = 0;
        int amvToegezegd = 0;
        int verrekendTotaal = 0;
        for (Opgave g : Opgave.gemeentenVan(cyclus, Doelgroep.ASIEL, provinciecode)) {
            List<Toezegging> eigen = perGemeente.getOrDefault(g.code, List.of());
            int plaatsen = eigen.stream().mapToInt(t -> t.aantalPlaatsen).sum();
            int amv = eigen.stream().mapToInt(t -> t.aantalAmv).sum();
            int verrekend = verrekening.getOrDefault(g.code, 0);
            int tekort = Math.max(0, g.opgave - g.bestaandePlaatsen - plaatsen - verrekend);
            int amvTekort = Math.max(0, g.amv - amv);
            gemeenten.add(new PlanGemeenteDto(g.code, g.naam, g.opgave, g.bestaandePlaatsen, g.amv, plaatsen, amv, tekort,
                    amvTekort, tekort > 0, eigen.stream().map(t -> new PlanLocatie(t.id, t.locatie, t.aantalPlaatsen,
                            t.aantalAmv)).toList(), verrekend));
            toegezegd += plaatsen;
            amvToegezegd += amv;
            verrekendTotaal += verrekend;
        }
        int tekort = Math.max(0, provincie.opgave - provincie.bestaandePlaatsen - toegezegd - verrekendTotaal);
        int amvTekort = Math.max(0, provincie.amv - amvToegezegd);
        return new Uitkomst(provincie, toegezegd, amvToegezegd, verrekendTotaal, tekort, amvTekort, nietMeegeteld,
                gemeenten);
    }
}
