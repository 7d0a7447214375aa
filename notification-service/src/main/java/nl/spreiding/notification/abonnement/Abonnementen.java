package nl.spreiding.notification.abonnement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.UUID;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.LockModeType;
import nl.spreiding.notification.abonnement.AbonnementDtos.AbonnementAanvraag;
import nl.spreiding.notification.abonnement.AbonnementDtos.AbonnementDto;
import nl.spreiding.notification.abonnement.AbonnementDtos.AbonnementMetGeheim;
import nl.spreiding.notification.abonnement.AbonnementDtos.AfleveringDto;
import nl.spreiding.notification.abonnement.AbonnementDtos.GeheimRotatie;
import nl.spreiding.notification.abonnement.AbonnementDtos.PogingDto;
import nl.spreiding.notification.config.NotificatieConfig;
import nl.spreiding.notification.gebeurtenissen.Gebeurtenistypen;
import nl.spreiding.notification.webhook.CallbackUrlValidator;
import nl.spreiding.notification.webhook.Ondertekening;
import nl.spreiding.notification.webhook.WebhookCloudEvent;
import nl.spreiding.notification.webhook.WebhookVerzender;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.config.PlatformConfig;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.persistence.QueryFilter;

/**
 * The subscriptions (webhooks): creating one after its callback confirmed a verification, listing, rotating the
 * secret, re-activating, and the deliveries and attempts of one subscription. {@link AbonnementResource} only
 * translates HTTP to these calls; who may manage which subscription is {@link Eigendom}'s.
 */
@ApplicationScoped
public class Abonnementen {

    static final String NIET_BEVESTIGD = "urn:nld:spreiding:probleem:callback-niet-bevestigd";
    static final String GEEN_HERBEZORGING = "urn:nld:spreiding:probleem:aflevering-loopt-nog";

    private static final Logger LOG = Logger.getLogger(Abonnementen.class);

    private final Eigendom eigendom;
    private final CallbackUrlValidator validator;
    private final WebhookVerzender verzender;
    private final ObjectMapper json;
    private final Clock clock;
    private final NotificatieConfig.Webhooks config;
    private final String source;

    public Abonnementen(Eigendom eigendom, CallbackUrlValidator validator,
            WebhookVerzender verzender, ObjectMapper json, Clock clock, NotificatieConfig.Webhooks config,
            PlatformConfig platform) {
        this.eigendom = eigendom;
        this.validator = validator;
        this.verzender = verzender;
        this.json = json;
        this.clock = clock;
        this.config = config;
        this.source = platform.events().source();
    }

    /** Verifies the callback, then stores the subscription; the secret is returned only here. */
    public AbonnementMetGeheim maakAan(AbonnementAanvraag aanvraag) {
        String eigenaar = eigendom.eigenaarVanAanvrager().orElse(null);
        controleerGeheim(aanvraag.geheim());
        controleerUrl(aanvraag.callbackUrl());
        UUID id = UUID.randomUUID();
        // A receiver that enforces signatures knows its own secret before the verification arrives; that is why a
        // caller may bring one (rather than answer an unsigned challenge, which such a receiver would have to let in).
        String geheim = aanvraag.geheim() != null ? aanvraag.geheim() : Ondertekening.nieuwGeheim();
        verifieer(id, aanvraag.callbackUrl(), geheim);
        Instant nu = nu();
        Abonnement abonnement = new Abonnement();
        abonnement.id = id;
        abonnement.callbackUrl = aanvraag.callbackUrl();
        abonnement.soorten = uniek(aanvraag.soorten());
        abonnement.organisaties = uniek(aanvraag.organisaties());
        abonnement.omschrijving = aanvraag.omschrijving();
        abonnement.geheim = geheim;
        abonnement.status = Abonnement.Status.ACTIEF;
        abonnement.aangemaaktOp = nu;
        abonnement.gewijzigdOp = nu;
        abonnement.eigenaar = eigenaar;
        QuarkusTransaction.requiringNew().run(abonnement::persist);
        return new AbonnementMetGeheim(dto(abonnement), geheim);
    }

    /** The caller's own subscriptions (an operator's: all), oldest first, optionally only those about one organisation. */
    public Pagina<AbonnementDto> zoek(String organisatie, Paginering paginering) {
        QueryFilter filter = new QueryFilter()
                .equal("eigenaar", eigendom.eigenaarVanAanvrager().orElse(null))
                .when(organisatie, "array_contains(organisaties, :organisatie)", "organisatie");
        long totaal = Abonnement.count(filter.query(), filter.parameters());
        List<AbonnementDto> pagina = pagina(Abonnement.<Abonnement>find(filter.query(),
                Sort.by("aangemaaktOp").and("id"), filter.parameters()), paginering).stream()
                .map(Abonnementen::dto).toList();
        return new Pagina<>(pagina, paginering.pagina(), paginering.paginaGrootte(), totaal);
    }

    /** The subscription, if the caller may manage it: 404 when it does not exist, 403 when it is someone else's. */
    public AbonnementDto een(UUID id) {
        return dto(beheerd(id));
    }

    /** Deletes the subscription with its deliveries and attempts. */
    public void zegOp(UUID id) {
        beheerd(id);
        long n = QuarkusTransaction.requiringNew().call(() -> Abonnement.delete("id", id));
        if (n == 0) {
            throw nietGevonden(id);
        }
    }

    /** A new secret; the previous one keeps signing for {@code secret-overlap}. */
    public GeheimRotatie roteer(UUID id) {
        beheerd(id);
        String geheim = Ondertekening.nieuwGeheim();
        Instant nu = nu();
        Instant tot = nu.plus(config.secretOverlap());
        QuarkusTransaction.requiringNew().run(() -> {
            Abonnement abonnement = Abonnement.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (abonnement != null) {
                abonnement.vorigGeheim = abonnement.geheim;
                abonnement.vorigGeheimTot = tot;
                abonnement.geheim = geheim;
                abonnement.gewijzigdOp = nu;
            }
        });
        return new GeheimRotatie(geheim, tot);
    }

    /** Verifies the callback again and makes the subscription active. */
    public AbonnementDto activeer(UUID id) {
        // Checked before the verification request: a refused caller makes no one's callback receive anything.
        Abonnement abonnement = beheerd(id);
        controleerUrl(abonnement.callbackUrl);
        verifieer(id, abonnement.callbackUrl, abonnement.geheim);
        Instant nu = nu();
        // Read and changed in this transaction: the subscription read above may be stale by now.
        return QuarkusTransaction.requiringNew().call(() -> {
            Abonnement actueel = Abonnement.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (actueel == null) {
                throw nietGevonden(id);
            }
            actueel.status = Abonnement.Status.ACTIEF;
            actueel.uitgeschakeldReden = null;
            // The verification just succeeded: a switched-off subscription gets a whole new period before it can be
            // switched off again for failing.
            actueel.faaltSinds = null;
            actueel.gewijzigdOp = nu;
            return dto(actueel);
        });
    }

    /** The deliveries of a subscription, newest first, optionally of one status. */
    public Pagina<AfleveringDto> afleveringen(UUID id, Aflevering.Status status, Paginering paginering) {
        beheerd(id);
        QueryFilter filter = new QueryFilter().when(id, "f.abonnement.id = :abonnement", "abonnement")
                .when(status, "f.status = :status", "status");
        long totaal = Aflevering.count("from Aflevering f where " + filter.query(), filter.parameters());
        List<AfleveringDto> pagina = pagina(Aflevering.<Aflevering>find("from Aflevering f join fetch f.notificatie n where "
                + filter.query() + " order by n.volgnummer desc", filter.parameters()), paginering).stream()
                .map(Abonnementen::dto).toList();
        return new Pagina<>(pagina, paginering.pagina(), paginering.paginaGrootte(), totaal);
    }

    /** Puts an exhausted or delivered delivery back for a new round of attempts (409 while it still runs). */
    public AfleveringDto herbezorg(UUID id, UUID afleveringId) {
        beheerd(id);
        Instant nu = nu();
        return QuarkusTransaction.requiringNew().call(() -> {
            Aflevering aflevering = Aflevering.<Aflevering>find("id = ?1 and abonnement.id = ?2", afleveringId, id)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
            if (aflevering == null) {
                throw DomainException.notFound("Aflevering " + afleveringId + " van abonnement " + id + " bestaat niet.");
            }
            if (aflevering.status == Aflevering.Status.TE_VERZENDEN) {
                throw DomainException.conflict(GEEN_HERBEZORGING, "Aflevering loopt nog",
                        "Aflevering " + afleveringId + " wordt nog afgeleverd; alleen een uitgeputte of afgeleverde "
                                + "aflevering kan opnieuw worden klaargezet.");
            }
            aflevering.status = Aflevering.Status.TE_VERZENDEN;
            aflevering.pogingen = 0;
            aflevering.volgendePogingOp = nu;
            aflevering.geclaimdDoor = null;
            aflevering.geclaimdTot = null;
            return dto(aflevering);
        });
    }

    /** Every attempt of every delivery of a subscription, newest first. */
    public Pagina<PogingDto> pogingen(UUID id, Paginering paginering) {
        beheerd(id);
        long totaal = Afleveringspoging.count("abonnementId", id);
        List<PogingDto> pagina = pagina(Afleveringspoging.<Afleveringspoging>find("abonnementId", Sort.descending("id"), id),
                paginering).stream()
                .map(p -> new PogingDto(p.afleveringId, p.poging, p.tijdstip, p.statuscode, p.duurMs, p.fout)).toList();
        return new Pagina<>(pagina, paginering.pagina(), paginering.paginaGrootte(), totaal);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void controleerUrl(String url) {
        try {
            validator.controleer(url);
        } catch (CallbackUrlValidator.Geweigerd e) {
            throw DomainException.invalid("De callback-URL is niet toegestaan.", "callbackUrl", e.getMessage());
        }
    }

    private static void controleerGeheim(String geheim) {
        String bezwaar = geheim == null ? null : Ondertekening.bezwaarTegenGeheim(geheim);
        if (bezwaar != null) {
            throw DomainException.invalid("Het geheim is geen Standard Webhooks-geheim.", "geheim", bezwaar);
        }
    }

    /**
     * Sends the verification, signed with the subscription's secret, and waits at most
     * {@code verification-timeout} for a 2xx. The caller learns only that none came: what the target answered (status,
     * body, connection error) would make this service a scanner of other people's networks; the log has it.
     */
    private void verifieer(UUID id, String callbackUrl, String geheim) {
        String eventId = UUID.randomUUID().toString();
        var data = json.createObjectNode().put("abonnementId", id.toString()).put("callbackUrl", callbackUrl);
        byte[] body = WebhookCloudEvent.alsJson(eventId, source, Gebeurtenistypen.VERIFICATIE, Instant.now(clock),
                id.toString(), data);
        Duration termijn = config.verificationTimeout();
        WebhookVerzender.Uitkomst uitkomst = verzender.verzend(callbackUrl, "msg_" + eventId, List.of(geheim), body,
                termijn).join();
        if (!uitkomst.gelukt()) {
            LOG.infof("Verification of subscription %s at %s failed after %d ms: %s", id, callbackUrl,
                    uitkomst.duurMs(), uitkomst.status() != null ? "HTTP " + uitkomst.status() : uitkomst.fout());
            throw DomainException.unprocessable(NIET_BEVESTIGD, "Callback niet bevestigd",
                    "De callback-URL gaf binnen " + seconden(termijn) + " s geen 2xx-antwoord.");
        }
    }

    /** A duration in whole seconds, or with a decimal comma when it has a fraction. */
    static String seconden(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000)
                : java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The subscription, if the caller may manage it: 404 when it does not exist, 403 when it is someone else's. */
    Abonnement beheerd(UUID id) {
        Abonnement abonnement = lees(id);
        eigendom.vereistBeheer(abonnement.eigenaar);
        return abonnement;
    }

    private static Abonnement lees(UUID id) {
        Abonnement abonnement = Abonnement.findById(id);
        if (abonnement == null) {
            throw nietGevonden(id);
        }
        return abonnement;
    }

    private static DomainException nietGevonden(UUID id) {
        return DomainException.notFound("Abonnement " + id + " bestaat niet.");
    }

    /** As the database keeps it (microseconds), so that an answer equals what a later read returns. */
    private Instant nu() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * One page of a query. The offset is a long: a page far beyond the last (pagina 2147483647) is empty, not an
     * overflow into a negative offset.
     */
    private static <T> List<T> pagina(io.quarkus.hibernate.orm.panache.PanacheQuery<T> query, Paginering paginering) {
        long offset = (long) (paginering.pagina() - 1) * paginering.paginaGrootte();
        if (offset > Integer.MAX_VALUE - paginering.paginaGrootte()) {
            return List.of();
        }
        return query.range((int) offset, (int) offset + paginering.paginaGrootte() - 1).list();
    }

    private static String[] uniek(List<String> waarden) {
        return waarden == null ? new String[0] : new LinkedHashSet<>(waarden).toArray(String[]::new);
    }

    private static AbonnementDto dto(Abonnement a) {
        return new AbonnementDto(a.id, a.callbackUrl, Arrays.asList(a.soorten), Arrays.asList(a.organisaties),
                a.omschrijving, a.eigenaar, a.status.name(), a.uitgeschakeldReden, a.vorigGeheimTot, a.aangemaaktOp);
    }

    private static AfleveringDto dto(Aflevering f) {
        return new AfleveringDto(f.id, "msg_" + f.id, f.notificatie.id, f.notificatie.type, f.status.name(), f.pogingen,
                f.volgendePogingOp, f.laatsteStatus, f.laatsteFout, f.afgeleverdOp, f.aangemaaktOp);
    }
}
