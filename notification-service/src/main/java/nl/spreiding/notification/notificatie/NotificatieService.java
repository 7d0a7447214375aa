package nl.spreiding.notification.notificatie;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import nl.spreiding.notification.webhook.WebhookCloudEvent;
import nl.spreiding.platform.tracing.TraceContext;

/**
 * Turns a consumed event or a reminder into a notification: the CloudEvent (JSON, structured mode, NL GOV profile)
 * whose exact bytes every delivery sends, plus one delivery per matching active subscription, all in the caller's
 * transaction. After commit the delivery worker is woken.
 *
 * <p>A consumed event was published, so every subscription that asks for it gets it, whoever owns the subscription.
 * A reminder is addressed to one organisation ({@link #richtAan}): only that organisation's own subscriptions and the
 * operators' (no owner) get it, even when another organisation's subscription asks for everything about it.
 *
 * <p>The feed's cursor is the notification's {@code volgnummer}. Notifications are written under a transaction-level
 * advisory lock, so they commit in the order of their numbers and a client reading "after N" never skips one that
 * commits late.
 */
@ApplicationScoped
public class NotificatieService {

    private static final long FEED_LOCK = 0x5350524549444e47L; // "SPREIDNG"

    private static final String INSERT = """
            insert into notificatie (id, bron_source, bron_id, type, subject, tijd, organisaties, cloudevent,
                                     traceparent, tracestate, aangemaakt_op)
            values (:id, :source, :bronId, :type, :subject, :tijd, string_to_array(:organisaties, ',')::varchar[],
                    :cloudevent, :traceparent, :tracestate, :nu)
            on conflict (bron_source, bron_id) do nothing""";

    private static final String FAN_OUT = """
            insert into aflevering (id, notificatie_id, abonnement_id, status, pogingen, volgende_poging_op, aangemaakt_op)
            select gen_random_uuid(), :notificatie, a.id, 'TE_VERZENDEN', 0, :nu, :nu
              from abonnement a
             where a.status = 'ACTIEF'
               and (cardinality(a.soorten) = 0 or :type = any(a.soorten))
               and (cardinality(a.organisaties) = 0
                    or cardinality(string_to_array(:organisaties, ',')) = 0
                    or a.organisaties && string_to_array(:organisaties, ',')::varchar[])
               %s
            on conflict on constraint aflevering_uniek do nothing""";
    private static final String OPENBAAR = FAN_OUT.formatted("");
    private static final String GERICHT = FAN_OUT.formatted("and (a.eigenaar is null or a.eigenaar = :ontvanger)");

    /** Fired (after commit) when deliveries are waiting. */
    public record AfleveringenKlaar(int aantal) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final Event<AfleveringenKlaar> klaar;

    public NotificatieService(EntityManager em, ObjectMapper json, Clock clock, Event<AfleveringenKlaar> klaar) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.klaar = klaar;
    }

    /**
     * A published event: delivered to every active subscription that asks for it.
     *
     * @param id           the notification's id (for an event of this service also its CloudEvents id)
     * @param source       CloudEvents source of the event (the original producer's for consumed events)
     * @param eventId      CloudEvents id of the event
     * @param organisaties CBS codes the event concerns; empty when it concerns everyone
     * @return the number of deliveries created, or -1 when this event already was a notification
     */
    @Transactional(TxType.MANDATORY)
    public int publiceer(UUID id, String source, String eventId, String type, String subject, Instant tijd,
            Collection<String> organisaties, JsonNode data) {
        return maak(null, id, source, eventId, type, subject, tijd, organisaties, data);
    }

    /**
     * A notification addressed to one organisation (a reminder): delivered only to the active subscriptions of
     * {@code ontvanger} and of the operators that ask for it. Its feed is that organisation's (it concerns only it).
     *
     * @return the number of deliveries created, or -1 when this event already was a notification
     */
    @Transactional(TxType.MANDATORY)
    public int richtAan(String ontvanger, UUID id, String source, String eventId, String type, String subject,
            Instant tijd, JsonNode data) {
        return maak(ontvanger, id, source, eventId, type, subject, tijd, List.of(ontvanger), data);
    }

    private int maak(String ontvanger, UUID id, String source, String eventId, String type, String subject,
            Instant tijd, Collection<String> organisaties, JsonNode data) {
        em.createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", FEED_LOCK).getSingleResult();
        Instant nu = Instant.now(clock);
        String orgs = String.join(",", organisaties);
        Map<String, String> spoor = TraceContext.current();
        int inserted = em.createNativeQuery(INSERT)
                .setParameter("id", id)
                .setParameter("source", source)
                .setParameter("bronId", eventId)
                .setParameter("type", type)
                .setParameter("subject", subject)
                .setParameter("tijd", tijd)
                .setParameter("organisaties", orgs)
                .setParameter("cloudevent", cloudEvent(source, eventId, type, subject, tijd, data))
                .setParameter("traceparent", spoor.get(TraceContext.TRACEPARENT))
                .setParameter("tracestate", spoor.get(TraceContext.TRACESTATE))
                .setParameter("nu", nu)
                .executeUpdate();
        if (inserted == 0) {
            return -1;
        }
        var fanOut = em.createNativeQuery(ontvanger == null ? OPENBAAR : GERICHT)
                .setParameter("notificatie", id)
                .setParameter("type", type)
                .setParameter("organisaties", orgs)
                .setParameter("nu", nu);
        if (ontvanger != null) {
            fanOut.setParameter("ontvanger", ontvanger);
        }
        int afleveringen = fanOut.executeUpdate();
        if (afleveringen > 0) {
            klaar.fire(new AfleveringenKlaar(afleveringen));
        }
        return afleveringen;
    }

    /** A CloudEvent in JSON (structured mode), as the webhooks carry it. */
    String cloudEvent(String source, String eventId, String type, String subject, Instant tijd, JsonNode data) {
        return new String(WebhookCloudEvent.alsJson(eventId, source, type, tijd, subject, data), StandardCharsets.UTF_8);
    }
}
