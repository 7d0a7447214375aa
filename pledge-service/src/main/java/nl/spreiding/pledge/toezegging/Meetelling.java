package nl.spreiding.pledge.toezegging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.telregel.Beoordeling;
import nl.spreiding.pledge.telregel.Plaatsing;
import nl.spreiding.pledge.telregel.TelregelBeheer;
import nl.spreiding.pledge.telregel.Teller;
import nl.spreiding.pledge.telregel.Telregels;

/** Which pledges count towards the Spreidingswet task under their cycle's counting rules, and why others do not. */
@ApplicationScoped
public class Meetelling {

    private final TelregelBeheer telregels;

    public Meetelling(TelregelBeheer telregels) {
        this.telregels = telregels;
    }

    /** The pledges of one cycle (as given), each judged; with PER_GEMEENTE against the municipality's other pledges. */
    public Map<UUID, Beoordeling> beoordeel(String cyclus, List<Toezegging> toezeggingen) {
        Telregels regels = telregels.geldend(cyclus);
        Map<UUID, Plaatsing> plaatsingen = new LinkedHashMap<>();
        for (Toezegging t : toezeggingen) {
            plaatsingen.put(t.id, plaatsing(t));
        }
        return Teller.beoordeel(regels, plaatsingen);
    }

    /** One pledge, judged with all pledges of its municipality in its cycle. */
    public Beoordeling beoordeel(Toezegging t) {
        List<Toezegging> vanGemeente = Toezegging.list("cyclus = ?1 and gemeentecode = ?2", t.cyclus, t.gemeentecode);
        if (vanGemeente.stream().noneMatch(x -> x.id.equals(t.id))) {
            vanGemeente = new java.util.ArrayList<>(vanGemeente);
            vanGemeente.add(t);
        }
        return beoordeel(t.cyclus, vanGemeente).get(t.id);
    }

    static Plaatsing plaatsing(Toezegging t) {
        return new Plaatsing(t.gemeentecode, t.doelgroep == Doelgroep.ASIEL, t.aantalPlaatsen, t.duurzaam,
                t.status == Toezegging.Status.INGETROKKEN, t.beschikbaarVanaf, t.beschikbaarTot);
    }
}
