package nl.spreiding.notification.termijn;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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
        return Organisatie.count("code", code) > 0 || Termijn.count("organisatie", code) > 0;
    }

    /** The CBS names of those codes that are known; an unknown code is absent from the map. */
    public Map<String, String> namen(Collection<String> codes) {
        Map<String, String> namen = new HashMap<>();
        if (codes.isEmpty()) {
            return namen;
        }
        for (Organisatie o : Organisatie.<Organisatie>list("code in ?1", codes)) {
            namen.put(o.code, o.naam);
        }
        return namen;
    }

    /**
     * Learns the CBS names of the provinces and municipalities of a distribution (code → name); codes that are no CBS
     * code and blank or overlong names are skipped.
     */
    @Transactional(TxType.MANDATORY)
    public void leer(Map<String, String> namen) {
        ArrayNode organisaties = json.createArrayNode();
        namen.forEach((code, naam) -> {
            if (code != null && naam != null && code.matches("PV\\d{2}|GM\\d{4}") && !naam.isBlank()
                    && naam.length() <= 200) {
                organisaties.addObject().put("code", code).put("naam", naam);
            }
        });
        if (!organisaties.isEmpty()) {
            em.createNativeQuery(LEER).setParameter("organisaties", organisaties.toString()).executeUpdate();
        }
    }
}
