package nl.spreiding.notification.termijn;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import nl.spreiding.platform.api.EntityTags;
import nl.spreiding.platform.persistence.QueryFilter;

/**
 * Reads the deadline calendar: the deadlines of a cycle and an organisation (with those for everyone), as a list or
 * as an iCalendar answer with a strong ETag.
 */
@ApplicationScoped
public class Termijnagenda {

    private final Organisaties organisaties;

    public Termijnagenda(Organisaties organisaties) {
        this.organisaties = organisaties;
    }

    /** The deadlines, by date; {@code null} filters nothing. An organisation also sees the deadlines for everyone. */
    public PanacheQuery<Termijn> zoek(String cyclus, String organisatie) {
        QueryFilter filter = new QueryFilter().equal("cyclus", cyclus)
                .when(organisatie, "(organisatie = :organisatie or organisatie is null)", "organisatie");
        return Termijn.<Termijn>find(filter.query(), Sort.by("vervaldatum").and("soort").and("organisatie").and("id"),
                filter.parameters());
    }

    /** Whether the cycle has deadlines here, that is: it was opened. */
    public boolean cyclusBekend(String cyclus) {
        return Termijn.count("cyclus", cyclus) > 0;
    }

    /** The calendar of one organisation (or of all) as RFC 5545 text. */
    public String agenda(String cyclus, String organisatie) {
        return agenda(cyclus, organisatie, List.of());
    }

    /** The calendar of one organisation (or of all) with other entries (legal dates) besides its deadlines. */
    public String agenda(String cyclus, String organisatie, List<ICalendar.Afspraak> overige) {
        List<Termijn> termijnen = zoek(cyclus, organisatie).list();
        Set<String> codes = new HashSet<>();
        termijnen.stream().map(t -> t.organisatie).filter(Objects::nonNull).forEach(codes::add);
        if (organisatie != null) {
            codes.add(organisatie);
        }
        Map<String, String> namen = organisaties.namen(codes);
        String naam = "Spreiding termijnen" + (organisatie == null ? "" : " " + namen.getOrDefault(organisatie, organisatie))
                + (cyclus == null ? "" : " " + cyclus);
        return ICalendar.van(naam, termijnen, namen, overige);
    }

    /**
     * A 200 with the calendar and its strong ETag (a hash of its bytes, which depend only on the deadlines), or a
     * 304 when the client's If-None-Match names that ETag.
     */
    public static Response.ResponseBuilder antwoord(String ics, Request request) {
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        // The platform's strong tag, without its quotes: EntityTag adds them.
        String tag = EntityTags.of(bytes);
        EntityTag etag = new EntityTag(tag.substring(1, tag.length() - 1));
        Response.ResponseBuilder nietGewijzigd = request.evaluatePreconditions(etag);
        if (nietGewijzigd != null) {
            return nietGewijzigd.tag(etag);
        }
        return Response.ok(bytes, ICalendar.MEDIA_TYPE + "; charset=utf-8").tag(etag);
    }
}
