package nl.spreiding.pledge.toezegging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.spreiding.pledge.toezegging.ToezeggingDtos.ToezeggingDto;

/**
 * The pledges as they stood at a moment, rebuilt from their history ({@code toezegging_historie}: every
 * registration, change and withdrawal keeps the pledge as it was after it). A pledge registered later is left out.
 * The pledges returned for a past moment are detached copies: read them, never persist them.
 */
@ApplicationScoped
public class Toezeggingsstand {

    private static final String LAATSTE_VOOR = """
            select distinct on (h.toezegging_id) cast(h.toezegging_id as varchar), h.na from toezegging_historie h
            join toezegging t on t.id = h.toezegging_id
            where t.cyclus = :c and t.provinciecode = :p and h.op < :tot
            order by h.toezegging_id, h.op desc, h.versie desc""";

    private final EntityManager em;
    private final ObjectMapper json;

    public Toezeggingsstand(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * The pledges of a province's municipalities (all target groups, ordered as given) as they stood just before
     * {@code tot}; with {@code tot} null, as they are now.
     */
    public List<Toezegging> vanProvincie(String cyclus, String provinciecode, Instant tot) {
        List<Toezegging> nu = Toezegging.list("cyclus = ?1 and provinciecode = ?2 order by gemeentecode, aangemaaktOp, id",
                cyclus, provinciecode);
        if (tot == null) {
            return nu;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery(LAATSTE_VOOR).setParameter("c", cyclus)
                .setParameter("p", provinciecode).setParameter("tot", tot).getResultList();
        Map<UUID, String> toen = new HashMap<>();
        rijen.forEach(r -> toen.put(UUID.fromString((String) r[0]), (String) r[1]));
        List<Toezegging> stand = new ArrayList<>();
        for (Toezegging t : nu) {
            String na = toen.get(t.id);
            if (na != null) {
                stand.add(kopie(t, na));
            }
        }
        return stand;
    }

    private Toezegging kopie(Toezegging nu, String na) {
        ToezeggingDto d;
        try {
            d = json.readValue(na, ToezeggingDto.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable pledge history of " + nu.id, e);
        }
        Toezegging t = new Toezegging();
        t.id = nu.id;
        t.cyclus = nu.cyclus;
        t.provinciecode = nu.provinciecode;
        t.gemeentecode = nu.gemeentecode;
        t.aangemaaktOp = nu.aangemaaktOp;
        t.locatie = d.locatie();
        t.doelgroep = d.doelgroep();
        t.aantalPlaatsen = d.aantalPlaatsen();
        t.aantalAmv = d.aantalAmv();
        t.duurzaam = d.duurzaam();
        t.beschikbaarVanaf = d.beschikbaarVanaf();
        t.beschikbaarTot = d.beschikbaarTot();
        t.status = d.status();
        t.versie = d.versie();
        t.gewijzigdOp = d.gewijzigdOp();
        return t;
    }
}
