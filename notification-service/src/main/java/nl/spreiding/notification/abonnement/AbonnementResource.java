package nl.spreiding.notification.abonnement;

import java.net.URI;
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

import jakarta.annotation.security.RolesAllowed;
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
import nl.spreiding.notification.gebeurtenissen.Gebeurtenistypen;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.Problem;
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

    private final Abonnementen abonnementen;

    public AbonnementResource(Abonnementen abonnementen) {
        this.abonnementen = abonnementen;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "maakAbonnementAan", summary = "Abonnement aanmaken", description = "Controleert de "
            + "callback-URL (geen loopback-, privé-, link-local- of metadata-adres, ook niet ingebed in een IPv6-adres), "
            + "stuurt een testnotificatie (type " + Gebeurtenistypen.VERIFICATIE + ") die binnen enkele seconden "
            + "(spreiding.webhooks.verification-timeout, standaard 3 s) met 2xx beantwoord moet worden, en geeft het "
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
        AbonnementMetGeheim aangemaakt = abonnementen.maakAan(aanvraag);
        return Response.created(URI.create("/api/v1/abonnementen/" + aangemaakt.abonnement().id()))
                .entity(aangemaakt).build();
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
        return abonnementen.zoek(organisatie, paginering);
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
        return abonnementen.een(id);
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
        abonnementen.zegOp(id);
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
        return abonnementen.roteer(id);
    }

    @POST
    @Path("/{id}/activeringen")
    @Operation(operationId = "activeerAbonnement", summary = "Abonnement weer activeren", description = "Na een 410 "
            + "Gone, of nadat het abonnement automatisch is uitgeschakeld omdat de ontvanger te lang faalde "
            + "(spreiding.webhooks.disable-after, standaard 5 dagen): controleert de callback-URL, verifieert de callback "
            + "opnieuw met een testnotificatie en hervat dan de bewaarde afleveringen; de termijn van "
            + "disable-after begint opnieuw. Uitgeputte afleveringen blijven uitgeput (zie herbezorgingen). Een actief "
            + "abonnement blijft actief.")
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
        return abonnementen.activeer(id);
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
        return abonnementen.afleveringen(id, status == null ? null : Aflevering.Status.valueOf(status), paginering);
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
        return Response.accepted(abonnementen.herbezorg(id, afleveringId)).build();
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
        return abonnementen.pogingen(id, paginering);
    }
}
