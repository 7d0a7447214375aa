package nl.spreiding.notification.organisatie;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The provinces and municipalities this service knows, with their CBS names (see V5__organisatie.sql): the twelve
 * provinces always, a municipality once a distribution named it or a deadline concerns it.
 */
@ApplicationScoped
public class Organisaties {

    private static final String LEER = """
            insert into organisatie (code, naam, gewijzigd_op)
            select e->>'code', e->>'naam', now() from jsonb_array_elements(cast(:organisaties as jsonb)) e
            on conflict (code) do update set naam = excluded.naam, gewijzigd_op = excluded.gewijzigd_op
             where organisatie.naam <> excluded.naam""";

    private final EntityManager em;
    private final ObjectMapper json;

    public Organisaties(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Whether {@code code} is a province, a municipality of a distribution, or has a deadline of its own. */
    public boolean bekend(String code) {
        return !em.createNativeQuery("""
                select 1 where exists (select 1 from organisatie where code = :code)
                            or exists (select 1 from termijn where organisatie = :code)""")
                .setParameter("code", code).getResultList().isEmpty();
    }

    /** The CBS names of those codes that are known; an unknown code is absent from the map. */
    public Map<String, String> namen(Collection<String> codes) {
        Map<String, String> namen = new HashMap<>();
        if (codes.isEmpty()) {
            return namen;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, naam from organisatie where code in (:codes)")
                .setParameter("codes", codes).getResultList();
        for (Object[] r : rows) {
            namen.put((String) r[0], (String) r[1]);
        }
        return namen;
    }

    /** Learns the names of every province and municipality in a distribution's data ({@code provincies[]}, {@code gemeenten[]}). */
    @Transactional(TxType.MANDATORY)
    public void leerVan(JsonNode verdeling) {
        ArrayNode organisaties = json.createArrayNode();
        voegToe(organisaties, verdeling.path("provincies"), "provinciecode");
        voegToe(organisaties, verdeling.path("gemeenten"), "gemeentecode");
        if (!organisaties.isEmpty()) {
            em.createNativeQuery(LEER).setParameter("organisaties", organisaties.toString()).executeUpdate();
        }
    }

    private static void voegToe(ArrayNode organisaties, JsonNode gebieden, String codeVeld) {
        for (JsonNode g : gebieden) {
            String code = g.path(codeVeld).asText("");
            String naam = g.path("naam").asText("");
            if (code.matches("PV\\d{2}|GM\\d{4}") && !naam.isBlank() && naam.length() <= 200) {
                organisaties.addObject().put("code", code).put("naam", naam);
            }
        }
    }
}
