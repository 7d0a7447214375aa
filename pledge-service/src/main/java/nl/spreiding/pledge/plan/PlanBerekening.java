package nl.spreiding.pledge.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.opgave.Opgave;
import nl.spreiding.pledge.plan.PlanDtos.PlanGemeenteDto;
import nl.spreiding.pledge.plan.PlanDtos.PlanLocatie;
import nl.spreiding.pledge.toezegging.Toezegging;

/**
 * Checks a province's pledges against its Spreidingswet task: only durable asylum pledges that are not withdrawn count.
 * The province covers its task when existing + pledged places reach its task, overall and for AMV; a municipality falls
 * short of its own indicative task when its existing + pledged places stay below it.
 */
@ApplicationScoped
public class PlanBerekening {

    public static final String GEEN_OPGAVE = "urn:nld:spreiding:probleem:geen-opgave";

    public record Uitkomst(Opgave provincie, int toegezegd, int amvToegezegd, int tekort, int amvTekort,
            List<PlanGemeenteDto> gemeenten) {

        public boolean dektOpgave() {
            return tekort == 0 && amvTekort == 0;
        }

        public List<String> gemeentenOnderOpgave() {
            return gemeenten.stream().filter(PlanGemeenteDto::onderOpgave).map(PlanGemeenteDto::gemeentecode).toList();
        }
    }

    public Uitkomst bereken(String cyclus, String provinciecode) {
        Opgave provincie = Opgave.vanProvincie(cyclus, Doelgroep.ASIEL, provinciecode);
        if (provincie == null) {
            throw DomainException.unprocessable(GEEN_OPGAVE, "Geen opgave", "Provincie " + provinciecode
                    + " heeft (nog) geen gepubliceerde asielopgave in cyclus " + cyclus + ".");
        }
        Map<String, List<Toezegging>> perGemeente = new LinkedHashMap<>();
        for (Toezegging t : Toezegging.<Toezegging>list("cyclus = ?1 and provinciecode = ?2 order by gemeentecode, "
                + "aangemaaktOp, id", cyclus, provinciecode)) {
            if (t.teltVoorSpreidingswet()) {
                perGemeente.computeIfAbsent(t.gemeentecode, g -> new ArrayList<>()).add(t);
            }
        }
        List<PlanGemeenteDto> gemeenten = new ArrayList<>();
        int toegezegd = 0;
        int amvToegezegd = 0;
        for (Opgave g : Opgave.gemeentenVan(cyclus, Doelgroep.ASIEL, provinciecode)) {
            List<Toezegging> eigen = perGemeente.getOrDefault(g.code, List.of());
            int plaatsen = eigen.stream().mapToInt(t -> t.aantalPlaatsen).sum();
            int amv = eigen.stream().mapToInt(t -> t.aantalAmv).sum();
            int tekort = Math.max(0, g.opgave - g.bestaandePlaatsen - plaatsen);
            int amvTekort = Math.max(0, g.amv - amv);
            gemeenten.add(new PlanGemeenteDto(g.code, g.naam, g.opgave, g.bestaandePlaatsen, g.amv, plaatsen, amv, tekort,
                    amvTekort, tekort > 0, eigen.stream().map(t -> new PlanLocatie(t.id, t.locatie, t.aantalPlaatsen,
                            t.aantalAmv)).toList()));
            toegezegd += plaatsen;
            amvToegezegd += amv;
        }
        int tekort = Math.max(0, provincie.opgave - provincie.bestaandePlaatsen - toegezegd);
        int amvTekort = Math.max(0, provincie.amv - amvToegezegd);
        return new Uitkomst(provincie, toegezegd, amvToegezegd, tekort, amvTekort, gemeenten);
    }
}
