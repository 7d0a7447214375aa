package nl.spreiding.notification.wettelijkedatum;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.spreiding.notification.gebeurtenissen.Gebeurtenistypen;
import nl.spreiding.notification.gebeurtenissen.WettelijkeDatumPublisher;
import nl.spreiding.notification.gebeurtenissen.WettelijkeDatumVastgelegd;
import nl.spreiding.notification.notificatie.NotificatieService;
import nl.spreiding.notification.termijn.ICalendar;
import nl.spreiding.notification.wettelijkedatum.WettelijkeDatumDtos.WettelijkeDatumAanvraag;
import nl.spreiding.notification.wettelijkedatum.WettelijkeDatumDtos.WettelijkeDatumDto;
import nl.spreiding.notification.wettelijkedatum.WettelijkeDatumDtos.WettelijkeDatumVervanging;
import nl.spreiding.platform.config.PlatformConfig;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.persistence.QueryFilter;
import nl.spreiding.platform.security.Aanvrager;

/**
 * The legal dates: read, record, supersede. Recording one (or superseding one) puts its event in the outbox and makes
 * the webhook notification in the same transaction, so subscribers and Kafka consumers learn of it exactly when it
 * is committed. A date is never edited.
 */
@ApplicationScoped
public class WettelijkeDatums {

    public static final String BESTAAT_AL = "urn:nld:spreiding:probleem:wettelijke-datum-bestaat";
    public static final String AL_VERVANGEN = "urn:nld:spreiding:probleem:wettelijke-datum-vervangen";
    static final String CATEGORIE = "Wettelijke datum";

    private final EntityManager em;
    private final Clock clock;
    private final Aanvrager aanvrager;
    private final WettelijkeDatumPublisher publisher;
    private final NotificatieService notificaties;
    private final ObjectMapper json;
    private final String source;

    public WettelijkeDatums(EntityManager em, Clock clock, Aanvrager aanvrager, WettelijkeDatumPublisher publisher,
            NotificatieService notificaties, ObjectMapper json, PlatformConfig platform) {
        this.em = em;
        this.clock = clock;
        this.aanvrager = aanvrager;
        this.publisher = publisher;
        this.notificaties = notificaties;
        this.json = json;
        this.source = platform.events().source();
    }

    /** The dates by day, of one group (null: all); superseded ones only when asked. */
    public PanacheQuery<WettelijkeDatum> zoek(Doelgroep doelgroep, boolean ookVervangen) {
        QueryFilter filter = new QueryFilter()
                .when(doelgroep == null ? null : doelgroep.name(), "array_contains(doelgroepen, :doelgroep)", "doelgroep");
        String query = filter.query() + (ookVervangen ? "" : " and vervangenDoor is null");
        return WettelijkeDatum.find(query, Sort.by("datum").and("sleutel").and("vastgelegdOp").and("id"),
                filter.parameters());
    }

    public WettelijkeDatumDto een(UUID id) {
        return WettelijkeDatumDto.van(gevonden(id));
    }

    /** Every date of the group (superseded ones included, to be shown cancelled) as calendar entries. */
    public List<ICalendar.Afspraak> afspraken(Doelgroep doelgroep) {
        return zoek(doelgroep, true).list().stream().map(WettelijkeDatums::afspraak).toList();
    }

    @Transactional
    public WettelijkeDatumDto leg(WettelijkeDatumAanvraag aanvraag) {
        // Serialises recordings of one key, so two at once cannot both pass the check.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:sleutel))").setParameter("sleutel",
                "wettelijke-datum:" + aanvraag.sleutel()).getSingleResult();
        if (WettelijkeDatum.count("sleutel = ?1 and vervangenDoor is null", aanvraag.sleutel()) > 0) {
            throw DomainException.conflict(BESTAAT_AL, "Wettelijke datum bestaat al", "Er is al een geldende datum "
                    + aanvraag.sleutel() + "; vervang die (POST /api/v1/wettelijke-datums/{id}/vervangingen), zodat de "
                    + "oude zichtbaar blijft.");
        }
        WettelijkeDatum d = nieuw(aanvraag.sleutel(), aanvraag.datum(), aanvraag.omschrijving(), aanvraag.doelgroepen(),
                aanvraag.bron(), aanvraag.bronUrl(), aanvraag.brontekst(), aanvraag.toelichting(), null);
        return WettelijkeDatumDto.van(d);
    }

    @Transactional
    public WettelijkeDatumDto vervang(UUID id, WettelijkeDatumVervanging vervanging) {
        WettelijkeDatum oud = em.find(WettelijkeDatum.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (oud == null) {
            throw DomainException.notFound("Wettelijke datum " + id + " bestaat niet.");
        }
        if (!oud.geldend()) {
            throw DomainException.conflict(AL_VERVANGEN, "Wettelijke datum al vervangen", "Wettelijke datum " + id
                    + " is al vervangen door " + oud.vervangenDoor + "; vervang die.");
        }
        UUID nieuwId = UUID.randomUUID();
        // The old one leaves force first (at most one in force per key; the reference to the new one is checked at
        // commit), then the new one is written.
        oud.vervangenDoor = nieuwId;
        oud.vervangenOp = Instant.now(clock);
        em.flush();
        List<Doelgroep> groepen = vervanging.doelgroepen() == null || vervanging.doelgroepen().isEmpty()
                ? oud.groepen() : vervanging.doelgroepen();
        WettelijkeDatum d = nieuw(nieuwId, oud.sleutel, vervanging.datum(),
                vervanging.omschrijving() == null ? oud.omschrijving : vervanging.omschrijving(), groepen,
                vervanging.bron(), vervanging.bronUrl(), vervanging.brontekst(), vervanging.toelichting(), oud.id);
        return WettelijkeDatumDto.van(d);
    }

    private WettelijkeDatum nieuw(String sleutel, java.time.LocalDate datum, String omschrijving, List<Doelgroep> groepen,
            String bron, String bronUrl, String brontekst, String toelichting, UUID vervangt) {
        return nieuw(UUID.randomUUID(), sleutel, datum, omschrijving, groepen, bron, bronUrl, brontekst, toelichting,
                vervangt);
    }

    private WettelijkeDatum nieuw(UUID id, String sleutel, java.time.LocalDate datum, String omschrijving,
            List<Doelgroep> groepen, String bron, String bronUrl, String brontekst, String toelichting, UUID vervangt) {
        WettelijkeDatum d = new WettelijkeDatum();
        d.id = id;
        d.sleutel = sleutel;
        d.datum = datum;
        d.omschrijving = omschrijving;
        d.doelgroepen = groepen.stream().distinct().sorted().map(Doelgroep::name).toArray(String[]::new);
        d.bron = bron;
        d.bronUrl = bronUrl;
        d.brontekst = brontekst;
        d.toelichting = toelichting;
        d.vervangt = vervangt;
        d.vastgelegdDoor = aanvrager.naam();
        d.vastgelegdOp = Instant.now(clock);
        d.persist();
        em.flush();
        WettelijkeDatumVastgelegd data = new WettelijkeDatumVastgelegd(d.id.toString(), d.sleutel, d.datum.toString(),
                d.omschrijving, Arrays.asList(d.doelgroepen), d.bron, d.bronUrl, d.brontekst, d.toelichting,
                vervangt == null ? null : vervangt.toString(), d.vastgelegdDoor, d.vastgelegdOp.toString());
        UUID eventId = publisher.vastgelegd(data);
        // Published: every subscription that asks for the type gets it (a date concerns whole groups, no one code).
        notificaties.publiceer(eventId, source, eventId.toString(), Gebeurtenistypen.WETTELIJKE_DATUM_VASTGELEGD,
                "wettelijke-datum/" + d.sleutel, d.vastgelegdOp, List.of(), json.valueToTree(data));
        return d;
    }

    private WettelijkeDatum gevonden(UUID id) {
        WettelijkeDatum d = WettelijkeDatum.findById(id);
        if (d == null) {
            throw DomainException.notFound("Wettelijke datum " + id + " bestaat niet.");
        }
        return d;
    }

    /** A date as a calendar entry: what, for whom, from which source; superseded ones cancelled, pointing onwards. */
    static ICalendar.Afspraak afspraak(WettelijkeDatum d) {
        String voor = d.groepen().stream().map(Doelgroep::weergave).collect(Collectors.joining(", "));
        StringBuilder b = new StringBuilder();
        b.append(d.omschrijving).append(". Datum: ").append(ICalendar.leesbaar(d.datum)).append(". Voor: ").append(voor)
                .append(".\nBron: ").append(d.bron).append(".");
        if (d.bronUrl != null) {
            b.append(" ").append(d.bronUrl);
        }
        b.append("\n\u201C").append(d.brontekst).append("\u201D");
        if (d.toelichting != null) {
            b.append("\n").append(d.toelichting);
        }
        if (!d.geldend()) {
            b.append("\nVervangen op ").append(ICalendar.leesbaar(java.time.LocalDate.ofInstant(d.vervangenOp,
                    java.time.ZoneId.of("Europe/Amsterdam")))).append(" door een latere datum (").append(d.vervangenDoor)
                    .append(").");
        }
        String samenvatting = d.omschrijving + (d.geldend() ? "" : " (vervangen)");
        return new ICalendar.Afspraak(d.id, d.gewijzigdOp(), d.datum, samenvatting, b.toString(),
                CATEGORIE, !d.geldend(), d.geldend());
    }
}
