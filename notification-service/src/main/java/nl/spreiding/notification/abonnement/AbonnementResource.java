package nl.spreiding.notification.abonnement;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreiding.notification.abonnement.AbonnementDtos.AbonnementAanvraag;
import nl.spreiding.notification.abonnement.AbonnementDtos.AbonnementDto;
import nl.spreiding.notification.abonnement.AbonnementDtos.AbonnementMetGeheim;
import nl.spreiding.notification.abonnement.AbonnementDtos.AbonnementPagina;
import nl.spreiding.notification.abonnement.AbonnementDtos.AfleveringPagina;
import nl.spreiding.notification.abonnement.AbonnementDtos.PogingPagina;
import nl.spreiding.notification.abonnement.AbonnementDtos.AfleveringDto;
import nl.spreiding.notification.abonnement.AbonnementDtos.GeheimRotatie;
import nl.spreiding.notification.abonnement.AbonnementDtos.PogingDto;
import nl.spreiding.notification.config.Tijd;
import nl.spreiding.notification.aflevering.WebhookVerzender;
import nl.spreiding.notification.config.NotificatieConfig;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.api.ProblemException;
import nl.spreiding.platform.config.PlatformConfig;
import nl.spreiding.platform.security.Rollen;

/**
 * Subscriptions to notifications (webhooks). Every role may subscribe, for its own organisation: a subscription
 * belongs to the organisation in the creator's token ({@code eigenaar}), which alone manages and sees it, next to
 * the operators (see {@link Eigendom}). What a subscription asks for ({@code organisaties}) is a filter, not a
 * permission: published events are public; reminders reach only their recipient's own subscriptions.
 */
@Path("/api/v1/abonnementen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Rollen.MINISTER, Rollen.PROVINCIE, Rollen.GEMEENTE, Rollen.COA, Rollen.BEHEERDER })
@Tag(name = "Abonnementen", description = "Abonnementen op notificaties: ondertekende webhooks (Standard Webhooks) met "
        + "CloudEvents, afleveringen en het afleveringslogboek")
public class AbonnementResource {

    public static final String VERIFICATIE = "nl.spreiding.abonnement.verificatie";
    static final String NIET_BEVESTIGD = "urn:nld:spreiding:probleem:callback-niet-bevestigd";
    static final String GEEN_HERBEZORGING = "urn:nld:spreiding:probleem:aflevering-loopt-nog";

    private static final Logger LOG = Logger.getLogger(AbonnementResource.class);
    static final String ID = "Id van het abonnement, uit het antwoord van POST /abonnementen (of uit GET /abonnementen)";
    static final String ONBEKEND_ABONNEMENT = """
            {"type":"about:blank","title":"Niet gevonden","status":404,
             "detail":"Abonnement 0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b bestaat niet.",
             "instance":"/api/v1/abonnementen/0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b"}""";
    static final String ONBEKEND_ABONNEMENT_BESCHRIJVING = "Het abonnement bestaat niet (meer)";
    static final String ANDERMANS_ABONNEMENT = """
            {"type":"about:blank","title":"Geen toegang","status":403,
             "detail":"U handelt namens PV20 en mag dit niet namens PV27.",
             "instance":"/api/v1/abonnementen/0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b"}""";
    static final String ANDERMANS_ABONNEMENT_BESCHRIJVING = "Het abonnement is van een andere organisatie (of van de "
            + "beheerder), of het token noemt geen organisatie";
    static final String NIET_BEVESTIGD_VOORBEELD = """
            {"type":"urn:nld:spreiding:probleem:callback-niet-bevestigd","title":"Callback niet bevestigd","status":422,
             "detail":"De callback-URL gaf binnen 3 s geen 2xx-antwoord.",
             "instance":"/api/v1/abonnementen"}""";
    static final String URL_GEWEIGERD_VOORBEELD = """
            {"type":"urn:nld:spreiding:probleem:ongeldige-invoer","title":"Ongeldige invoer","status":400,
             "detail":"De callback-URL is niet toegestaan.","instance":"/api/v1/abonnementen",
             "invalidParams":[{"name":"callbackUrl","reason":"wijst naar een privé-adres (10.0.0.5)"}]}""";

    private static final String KOLOMMEN = """
            id, callback_url, array_to_string(soorten, ','), array_to_string(organisaties, ','), omschrijving, status,
            uitgeschakeld_reden, vorig_geheim_tot, aangemaakt_op, eigenaar""";

    private final EntityManager em;
    private final Eigendom eigendom;
    private final CallbackUrlValidator validator;
    private final WebhookVerzender verzender;
    private final ObjectMapper json;
    private final Clock clock;
    private final NotificatieConfig.Webhooks config;
    private final String source;

    public AbonnementResource(EntityManager em, Eigendom eigendom, CallbackUrlValidator validator,
            WebhookVerzender verzender, ObjectMapper json, Clock clock, NotificatieConfig.Webhooks config,
            PlatformConfig platform) {
        this.em = em;
        this.eigendom = eigendom;
        this.validator = validator;
        this.verzender = verzender;
        this.json = json;
        this.clock = clock;
        this.config = config;
        this.source = platform.events().source();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "maakAbonnementAan", summary = "Abonnement aanmaken", description = "Controleert de "
            + "callback-URL (geen loopback-, privé-, link-local- of metadata-adres, ook niet ingebed in een IPv6-adres), "
            + "stuurt een testnotificatie (type " + VERIFICATIE + ") die binnen enkele seconden "
            + "(spreiding.webhooks.verificatie-timeout, standaard 3 s) met 2xx beantwoord moet worden, en geeft het "
            + "ondertekeningsgeheim eenmalig terug. De testnotificatie is ondertekend zoals elke webhook, met het geheim "
            + "van het abonnement: geef een eigen geheim mee (geheim) en zet dat vooraf bij de ontvanger, dan aanvaardt "
            + "ook een ontvanger die elke handtekening controleert de testnotificatie. Zonder geheim maakt de dienst er "
            + "een. Het abonnement is van de organisatie in het token (eigenaar); van een beheerder heeft het geen "
            + "eigenaar. Het voorbeeld werkt op de lokale stack (die loopback-callbacks toelaat) zodra de ontvanger uit "
            + "docs/walkthrough.md op poort 9000 draait.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AbonnementAanvraag.class),
            examples = @ExampleObject(name = "regietafel", summary = "Regietafel Noord-Holland op de lokale stack", value = """
                    {"callbackUrl":"http://127.0.0.1:9000/pv27",
                     "soorten":["nl.spreiding.provinciaal-plan.ingediend","nl.spreiding.termijn.herinnering"],
                     "organisaties":["PV27"],"omschrijving":"Regietafel Noord-Holland"}""")))
    @APIResponse(responseCode = "201", description = "Aangemaakt; het geheim staat alleen in dit antwoord",
            headers = @Header(name = "Location", description = "Pad van het nieuwe abonnement",
                    schema = @Schema(type = SchemaType.STRING, example = "/api/v1/abonnementen/0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AbonnementMetGeheim.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer, of een callback-URL die niet is toegestaan; "
            + "invalidParams noemt elk ongeldig veld", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "callbackGeweigerd", summary = "Callback-URL niet toegestaan",
                            value = URL_GEWEIGERD_VOORBEELD)))
    @APIResponse(responseCode = "422", description = "De callback beantwoordde de testnotificatie niet binnen de "
            + "verificatietermijn met 2xx; er is geen abonnement", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "nietBevestigd", summary = "Callback niet bevestigd",
                            value = NIET_BEVESTIGD_VOORBEELD)))
    public Response maakAan(@NotNull(message = "is verplicht") @Valid AbonnementAanvraag aanvraag) {
        String eigenaar = eigendom.eigenaarVanAanvrager().orElse(null);
        controleerGeheim(aanvraag.geheim());
        controleerUrl(aanvraag.callbackUrl());
        UUID id = UUID.randomUUID();
        // A receiver that enforces signatures knows its own secret before the verification arrives; that is why a
        // caller may bring one (rather than answer an unsigned challenge, which such a receiver would have to let in).
        String geheim = aanvraag.geheim() != null ? aanvraag.geheim() : Ondertekening.nieuwGeheim();
        verifieer(id, aanvraag.callbackUrl(), geheim);
        Instant nu = Instant.now(clock);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into abonnement (id, callback_url, soorten, organisaties, omschrijving, geheim, status,
                                        aangemaakt_op, gewijzigd_op, eigenaar)
                values (:id, :url, string_to_array(:soorten, ',')::varchar[], string_to_array(:organisaties, ',')::varchar[],
                        :omschrijving, :geheim, 'ACTIEF', :nu, :nu, :eigenaar)""")
                .setParameter("id", id)
                .setParameter("url", aanvraag.callbackUrl())
                .setParameter("soorten", String.join(",", uniek(aanvraag.soorten())))
                .setParameter("organisaties", String.join(",", uniek(aanvraag.organisaties())))
                .setParameter("omschrijving", aanvraag.omschrijving())
                .setParameter("geheim", geheim)
                .setParameter("nu", nu)
                .setParameter("eigenaar", eigenaar)
                .executeUpdate());
        return Response.created(URI.create("/api/v1/abonnementen/" + id))
                .entity(new AbonnementMetGeheim(lees(id), geheim)).build();
    }

    @GET
    @Operation(operationId = "zoekAbonnementen", summary = "Abonnementen zoeken", description = "De eigen "
            + "abonnementen (een beheerder ziet ze allemaal), oudste eerst, eventueel alleen die notificaties over één "
            + "organisatie willen.")
    @APIResponse(responseCode = "200", description = "Eén pagina abonnementen", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AbonnementPagina.class)))
    public Pagina<AbonnementDto> lijst(
            @Parameter(description = "CBS-code van een provincie of gemeente: alleen abonnementen die notificaties over "
                    + "deze organisatie willen (niet die zonder organisatiefilter)", example = "PV27") @QueryParam("organisatie")
            @Pattern(regexp = "PV\\d{2}|GM\\d{4}", message = "moet een CBS-code zijn, zoals PV27 of GM0363") String organisatie,
            @BeanParam @Valid Paginering paginering) {
        Optional<String> eigenaar = eigendom.eigenaarVanAanvrager();
        List<String> voorwaarden = new ArrayList<>();
        eigenaar.ifPresent(e -> voorwaarden.add("eigenaar = :eigenaar"));
        if (organisatie != null) {
            voorwaarden.add(":org = any(organisaties)");
        }
        String where = voorwaarden.isEmpty() ? "" : " where " + String.join(" and ", voorwaarden);
        var count = em.createNativeQuery("select count(*) from abonnement" + where);
        var select = em.createNativeQuery("select " + KOLOMMEN + " from abonnement" + where
                + " order by aangemaakt_op, id offset :offset limit :limiet");
        eigenaar.ifPresent(e -> {
            count.setParameter("eigenaar", e);
            select.setParameter("eigenaar", e);
        });
        if (organisatie != null) {
            count.setParameter("org", organisatie);
            select.setParameter("org", organisatie);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setParameter("offset", offset(paginering))
                .setParameter("limiet", paginering.paginaGrootte()).getResultList();
        return new Pagina<>(rows.stream().map(AbonnementResource::abonnement).toList(), paginering.pagina(),
                paginering.paginaGrootte(), ((Number) count.getSingleResult()).longValue());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "haalAbonnementOp", summary = "Abonnement ophalen", description = "Eén abonnement, zonder "
            + "zijn geheim; alleen voor de eigenaar en een beheerder.")
    @APIResponse(responseCode = "200", description = "Het abonnement", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AbonnementDto.class)))
    @APIResponse(responseCode = "403", description = ANDERMANS_ABONNEMENT_BESCHRIJVING, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "andermansAbonnement", value = ANDERMANS_ABONNEMENT)))
    @APIResponse(responseCode = "404", description = ONBEKEND_ABONNEMENT_BESCHRIJVING, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "onbekendAbonnement", value = ONBEKEND_ABONNEMENT)))
    public AbonnementDto een(@Parameter(description = ID) @PathParam("id") UUID id) {
        return beheerd(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "zegAbonnementOp", summary = "Abonnement opzeggen", description = "Verwijdert het "
            + "abonnement met zijn afleveringen en logboek; er komen geen webhooks meer.")
    @APIResponse(responseCode = "204", description = "Opgezegd")
    @APIResponse(responseCode = "403", description = ANDERMANS_ABONNEMENT_BESCHRIJVING, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "andermansAbonnement", value = ANDERMANS_ABONNEMENT)))
    @APIResponse(responseCode = "404", description = ONBEKEND_ABONNEMENT_BESCHRIJVING, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "onbekendAbonnement", value = ONBEKEND_ABONNEMENT)))
    public Response zegOp(@Parameter(description = ID) @PathParam("id") UUID id) {
        beheerd(id);
        int n = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("delete from abonnement where id = :id")
                .setParameter("id", id).executeUpdate());
        if (n == 0) {
            throw nietGevonden(id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/geheim-rotaties")
    @Operation(operationId = "roteerGeheim", summary = "Geheim roteren", description = "Maakt een nieuw "
            + "ondertekeningsgeheim. Het vorige ondertekent nog mee tot vorigGeheimGeldigTot (standaard 24 uur): elke "
            + "webhook draagt dan beide handtekeningen, gescheiden door een spatie, zodat de ontvanger zonder verlies kan "
            + "overstappen.")
    @APIResponse(responseCode = "200", description = "Het nieuwe geheim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GeheimRotatie.class)))
    @APIResponse(responseCode = "403", description = ANDERMANS_ABONNEMENT_BESCHRIJVING, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "andermansAbonnement", value = ANDERMANS_ABONNEMENT)))
    @APIResponse(responseCode = "404", description = ONBEKEND_ABONNEMENT_BESCHRIJVING, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "onbekendAbonnement", value = ONBEKEND_ABONNEMENT)))
    public GeheimRotatie roteer(@Parameter(description = ID) @PathParam("id") UUID id) {
        beheerd(id);
        String geheim = Ondertekening.nieuwGeheim();
        Instant nu = Instant.now(clock);
        Instant tot = nu.plus(config.geheimOverlap());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update abonnement set vorig_geheim = geheim, vorig_geheim_tot = :tot, geheim = :geheim, gewijzigd_op = :nu
                 where id = :id""")
                .setParameter("tot", tot).setParameter("geheim", geheim).setParameter("nu", nu).setParameter("id", id)
                .executeUpdate());
        return new GeheimRotatie(geheim, tot);
    }

    @POST
    @Path("/{id}/activeringen")
    @Operation(operationId = "activeerAbonnement", summary = "Abonnement weer activeren", description = "Na een 410 "
            + "Gone: controleert de callback-URL, verifieert de callback opnieuw met een testnotificatie en hervat dan de "
            + "bewaarde afleveringen. Een actief abonnement blijft actief.")
    @APIResponse(responseCode = "200", description = "Weer actief", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AbonnementDto.class)))
    @APIResponse(responseCode = "400", description = "De callback-URL van het abonnement is (nu) niet toegestaan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "callbackGeweigerd", value = """
                            {"type":"urn:nld:spreiding:probleem:ongeldige-invoer","title":"Ongeldige invoer","status":400,
                             "detail":"De callback-URL is niet toegestaan.",
                             "instance":"/api/v1/abonnementen/0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b/activeringen",
                             "invalidParams":[{"name":"callbackUrl","reason":"wijst naar een loopback-adres (127.0.0.1)"}]}""")))
    @APIResponse(responseCode = "403", description = ANDERMANS_ABONNEMENT_BESCHRIJVING, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "andermansAbonnement", value = ANDERMANS_ABONNEMENT)))
    @APIResponse(responseCode = "404", description = ONBEKEND_ABONNEMENT_BESCHRIJVING, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "onbekendAbonnement", value = ONBEKEND_ABONNEMENT)))
    @APIResponse(responseCode = "422", description = "De callback beantwoordde de testnotificatie niet binnen de "
            + "verificatietermijn met 2xx; het abonnement blijft zoals het was", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "nietBevestigd",
                            value = """
                                    {"type":"urn:nld:spreiding:probleem:callback-niet-bevestigd","title":"Callback niet bevestigd","status":422,
                                     "detail":"De callback-URL gaf binnen 3 s geen 2xx-antwoord.",
                                     "instance":"/api/v1/abonnementen/0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b/activeringen"}""")))
    public AbonnementDto activeer(@Parameter(description = ID) @PathParam("id") UUID id) {
        // Checked before the verification request: a refused caller makes no one's callback receive anything.
        AbonnementDto abonnement = beheerd(id);
        controleerUrl(abonnement.callbackUrl());
        String geheim = (String) em.createNativeQuery("select geheim from abonnement where id = :id")
                .setParameter("id", id).getSingleResult();
        verifieer(id, abonnement.callbackUrl(), geheim);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update abonnement set status = 'ACTIEF', uitgeschakeld_reden = null, gewijzigd_op = :nu where id = :id""")
                .setParameter("nu", Instant.now(clock)).setParameter("id", id).executeUpdate());
        return lees(id);
    }

    @GET
    @Path("/{id}/afleveringen")
    @Operation(operationId = "zoekAfleveringen", summary = "Afleveringen zoeken", description = "De afleveringen van "
            + "dit abonnement, nieuwste eerst; met status=UITGEPUT de afleveringen die na alle pogingen niet zijn "
            + "aangekomen.")
    @APIResponse(responseCode = "200", description = "Eén pagina afleveringen", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AfleveringPagina.class)))
    @APIResponse(responseCode = "403", description = ANDERMANS_ABONNEMENT_BESCHRIJVING, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "andermansAbonnement", value = ANDERMANS_ABONNEMENT)))
    @APIResponse(responseCode = "404", description = ONBEKEND_ABONNEMENT_BESCHRIJVING, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "onbekendAbonnement", value = ONBEKEND_ABONNEMENT)))
    public Pagina<AfleveringDto> afleveringen(@Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = "Alleen afleveringen met deze status: TE_VERZENDEN (wacht op een (volgende) poging), "
                    + "AFGELEVERD (de ontvanger antwoordde 2xx) of UITGEPUT (na alle pogingen niet aangekomen)",
                    example = "UITGEPUT",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "TE_VERZENDEN", "AFGELEVERD", "UITGEPUT" }))
            @QueryParam("status") @Pattern(regexp = "TE_VERZENDEN|AFGELEVERD|UITGEPUT",
                    message = "moet TE_VERZENDEN, AFGELEVERD of UITGEPUT zijn") String status,
            @BeanParam @Valid Paginering paginering) {
        beheerd(id);
        String where = " where f.abonnement_id = :id" + (status == null ? "" : " and f.status = :status");
        var count = em.createNativeQuery("select count(*) from aflevering f" + where).setParameter("id", id);
        var select = em.createNativeQuery("""
                select f.id, f.notificatie_id, n.type, f.status, f.pogingen, f.volgende_poging_op, f.laatste_status,
                       f.laatste_fout, f.afgeleverd_op, f.aangemaakt_op
                  from aflevering f join notificatie n on n.id = f.notificatie_id""" + where
                + " order by n.volgnummer desc offset :offset limit :limiet").setParameter("id", id);
        if (status != null) {
            count.setParameter("status", status);
            select.setParameter("status", status);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setParameter("offset", offset(paginering))
                .setParameter("limiet", paginering.paginaGrootte()).getResultList();
        return new Pagina<>(rows.stream().map(AbonnementResource::aflevering).toList(), paginering.pagina(),
                paginering.paginaGrootte(), ((Number) count.getSingleResult()).longValue());
    }

    @POST
    @Path("/{id}/afleveringen/{afleveringId}/herbezorgingen")
    @Operation(operationId = "herbezorgAflevering", summary = "Opnieuw afleveren", description = "Zet een uitgeputte "
            + "(of al afgeleverde) aflevering opnieuw klaar: een nieuwe ronde pogingen, met dezelfde webhook-id.")
    @APIResponse(responseCode = "202", description = "Opnieuw klaargezet; de worker levert hem zo af",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AfleveringDto.class)))
    @APIResponse(responseCode = "403", description = ANDERMANS_ABONNEMENT_BESCHRIJVING, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "andermansAbonnement", value = ANDERMANS_ABONNEMENT)))
    @APIResponse(responseCode = "404", description = "Het abonnement bestaat niet, of de aflevering hoort er niet bij",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "onbekendeAflevering", value = """
                            {"type":"about:blank","title":"Niet gevonden","status":404,
                             "detail":"Aflevering 7c9e6679-7425-40de-944b-e07fc1f90ae7 van abonnement 0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b bestaat niet.",
                             "instance":"/api/v1/abonnementen/0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b/afleveringen/7c9e6679-7425-40de-944b-e07fc1f90ae7/herbezorgingen"}""")))
    @APIResponse(responseCode = "409", description = "De aflevering loopt nog (TE_VERZENDEN)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "looptNog", value = """
                            {"type":"urn:nld:spreiding:probleem:aflevering-loopt-nog","title":"Aflevering loopt nog","status":409,
                             "detail":"Aflevering 7c9e6679-7425-40de-944b-e07fc1f90ae7 wordt nog afgeleverd; alleen een uitgeputte of afgeleverde aflevering kan opnieuw worden klaargezet.",
                             "instance":"/api/v1/abonnementen/0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b/afleveringen/7c9e6679-7425-40de-944b-e07fc1f90ae7/herbezorgingen"}""")))
    public Response herbezorg(@Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = "Id van de aflevering, uit GET /abonnementen/{id}/afleveringen")
            @PathParam("afleveringId") UUID afleveringId) {
        beheerd(id);
        Instant nu = Instant.now(clock);
        String status = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> huidig = em.createNativeQuery(
                    "select status from aflevering where id = :a and abonnement_id = :id for update")
                    .setParameter("a", afleveringId).setParameter("id", id).getResultList();
            if (huidig.isEmpty()) {
                return null;
            }
            if (huidig.get(0).equals("TE_VERZENDEN")) {
                return huidig.get(0);
            }
            em.createNativeQuery("""
                    update aflevering set status = 'TE_VERZENDEN', pogingen = 0, volgende_poging_op = :nu,
                           geclaimd_door = null, geclaimd_tot = null where id = :a""")
                    .setParameter("nu", nu).setParameter("a", afleveringId).executeUpdate();
            return "OK";
        });
        if (status == null) {
            throw ProblemException.notFound("Aflevering " + afleveringId + " van abonnement " + id + " bestaat niet.");
        }
        if (!status.equals("OK")) {
            throw ProblemException.conflict(GEEN_HERBEZORGING, "Aflevering loopt nog",
                    "Aflevering " + afleveringId + " wordt nog afgeleverd; alleen een uitgeputte of afgeleverde aflevering "
                            + "kan opnieuw worden klaargezet.");
        }
        var row = (Object[]) em.createNativeQuery("""
                select f.id, f.notificatie_id, n.type, f.status, f.pogingen, f.volgende_poging_op, f.laatste_status,
                       f.laatste_fout, f.afgeleverd_op, f.aangemaakt_op
                  from aflevering f join notificatie n on n.id = f.notificatie_id where f.id = :a""")
                .setParameter("a", afleveringId).getSingleResult();
        return Response.accepted(aflevering(row)).build();
    }

    @GET
    @Path("/{id}/pogingen")
    @Operation(operationId = "zoekAfleveringspogingen", summary = "Afleveringslogboek", description = "Elke poging van "
            + "elke aflevering van dit abonnement, nieuwste eerst: statuscode (of fout) en duur.")
    @APIResponse(responseCode = "200", description = "Eén pagina pogingen", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PogingPagina.class)))
    @APIResponse(responseCode = "403", description = ANDERMANS_ABONNEMENT_BESCHRIJVING, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "andermansAbonnement", value = ANDERMANS_ABONNEMENT)))
    @APIResponse(responseCode = "404", description = ONBEKEND_ABONNEMENT_BESCHRIJVING, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "onbekendAbonnement", value = ONBEKEND_ABONNEMENT)))
    public Pagina<PogingDto> pogingen(@Parameter(description = ID) @PathParam("id") UUID id,
            @BeanParam @Valid Paginering paginering) {
        beheerd(id);
        long totaal = ((Number) em.createNativeQuery("select count(*) from afleveringspoging where abonnement_id = :id")
                .setParameter("id", id).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select aflevering_id, poging, tijdstip, statuscode, duur_ms, fout from afleveringspoging
                 where abonnement_id = :id order by id desc offset :offset limit :limiet""")
                .setParameter("id", id).setParameter("offset", offset(paginering))
                .setParameter("limiet", paginering.paginaGrootte()).getResultList();
        return new Pagina<>(rows.stream().map(r -> new PogingDto((UUID) r[0], ((Number) r[1]).intValue(),
                Tijd.instant(r[2]), r[3] == null ? null : ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(), (String) r[5])).toList(), paginering.pagina(), paginering.paginaGrootte(),
                totaal);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void controleerUrl(String url) {
        try {
            validator.controleer(url);
        } catch (CallbackUrlValidator.Geweigerd e) {
            throw ProblemException.invalid("De callback-URL is niet toegestaan.",
                    List.of(new Problem.InvalidParam("callbackUrl", e.getMessage())));
        }
    }

    private static void controleerGeheim(String geheim) {
        String bezwaar = geheim == null ? null : Ondertekening.bezwaarTegenGeheim(geheim);
        if (bezwaar != null) {
            throw ProblemException.invalid("Het geheim is geen Standard Webhooks-geheim.",
                    List.of(new Problem.InvalidParam("geheim", bezwaar)));
        }
    }

    /**
     * Sends the verification, signed with the subscription's secret, and waits at most
     * {@code verificatie-timeout} for a 2xx. The caller learns only that none came: what the target answered (status,
     * body, connection error) would make this service a scanner of other people's networks; the log has it.
     */
    private void verifieer(UUID id, String callbackUrl, String geheim) {
        String eventId = UUID.randomUUID().toString();
        var data = json.createObjectNode().put("abonnementId", id.toString()).put("callbackUrl", callbackUrl);
        var ce = json.createObjectNode()
                .put("specversion", "1.0").put("id", eventId).put("source", source).put("type", VERIFICATIE)
                .put("time", Instant.now(clock).toString()).put("subject", id.toString())
                .put("datacontenttype", "application/json");
        ce.set("data", data);
        byte[] body = ce.toString().getBytes(StandardCharsets.UTF_8);
        Duration termijn = config.verificatieTimeout();
        WebhookVerzender.Uitkomst uitkomst = verzender.verzend(callbackUrl, "msg_" + eventId, List.of(geheim), body,
                termijn).join();
        if (!uitkomst.gelukt()) {
            LOG.infof("Verification of subscription %s at %s failed after %d ms: %s", id, callbackUrl,
                    uitkomst.duurMs(), uitkomst.status() != null ? "HTTP " + uitkomst.status() : uitkomst.fout());
            throw ProblemException.unprocessable(NIET_BEVESTIGD, "Callback niet bevestigd",
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
    private AbonnementDto beheerd(UUID id) {
        AbonnementDto abonnement = lees(id);
        eigendom.vereistBeheer(abonnement.eigenaar());
        return abonnement;
    }

    private AbonnementDto lees(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + KOLOMMEN + " from abonnement where id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw nietGevonden(id);
        }
        return abonnement(rows.get(0));
    }

    private static ProblemException nietGevonden(UUID id) {
        return ProblemException.notFound("Abonnement " + id + " bestaat niet.");
    }

    /** As a long: a page far beyond the last (pagina 2147483647) is empty, not an overflow into a negative offset. */
    private static long offset(Paginering paginering) {
        return (long) (paginering.pagina() - 1) * paginering.paginaGrootte();
    }

    private static List<String> uniek(List<String> waarden) {
        return waarden == null ? List.of() : new ArrayList<>(new java.util.LinkedHashSet<>(waarden));
    }

    private static List<String> lijst(Object csv) {
        String s = (String) csv;
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    private static AbonnementDto abonnement(Object[] r) {
        return new AbonnementDto((UUID) r[0], (String) r[1], lijst(r[2]), lijst(r[3]), (String) r[4], (String) r[9],
                (String) r[5], (String) r[6], Tijd.instant(r[7]), Tijd.instant(r[8]));
    }

    private static AfleveringDto aflevering(Object[] r) {
        return new AfleveringDto((UUID) r[0], "msg_" + r[0], (UUID) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), Tijd.instant(r[5]),
                r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7], Tijd.instant(r[8]),
                Tijd.instant(r[9]));
    }
}
