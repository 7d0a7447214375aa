package nl.spreiding.pledge.toezegging;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.api.ProblemException;
import nl.spreiding.platform.security.Rollen;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.api.Etags;
import nl.spreiding.pledge.api.Voorbeelden;
import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.toezegging.ToezeggingDtos.HistorieDto;
import nl.spreiding.pledge.toezegging.ToezeggingDtos.Intrekking;
import nl.spreiding.pledge.toezegging.ToezeggingDtos.NieuweToezegging;
import nl.spreiding.pledge.toezegging.ToezeggingDtos.ToezeggingDto;
import nl.spreiding.pledge.toezegging.ToezeggingDtos.ToezeggingWijziging;

@Path("/api/v1/toezeggingen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Toezeggingen", description = "Toezeggingen van gemeenten aan de provinciale regietafel")
public class ToezeggingResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String ID = "Id van de toezegging (het veld id, of het laatste deel van de header Location bij "
            + "registratie)";

    private final Toezeggingen toezeggingen;
    private final ObjectMapper json;

    public ToezeggingResource(Toezeggingen toezeggingen, ObjectMapper json) {
        this.toezeggingen = toezeggingen;
        this.json = json;
    }

    @GET
    @Operation(operationId = "zoekToezeggingen", summary = "Toezeggingen", description = "Toezeggingen, oudste eerst, "
            + "te filteren op cyclus, provincie, gemeente, doelgroep en status; per pagina.")
    public Pagina<ToezeggingDto> lijst(
            @Parameter(description = "Alleen toezeggingen in deze cyclus (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS)
            @QueryParam("cyclus") @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "Alleen toezeggingen van gemeenten in deze provincie (CBS-code)", example = "PV27")
            @QueryParam("provinciecode") @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @Parameter(description = "Alleen toezeggingen van deze gemeente (CBS-code)", example = "GM0363")
            @QueryParam("gemeentecode") @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) String gemeentecode,
            @Parameter(description = "Alleen toezeggingen voor deze doelgroep", example = "ASIEL") @QueryParam("doelgroep")
            Doelgroep doelgroep,
            @Parameter(description = "Alleen toezeggingen met deze status", example = "GEPLAND") @QueryParam("status")
            Toezegging.Status status,
            @BeanParam @Valid Paginering paginering) {
        var query = Toezegging.zoek(cyclus, provinciecode, gemeentecode, doelgroep, status);
        return Pagina.van(query, paginering, toezeggingen::dto);
    }

    @POST
    @RolesAllowed(Rollen.PROVINCIE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registreerToezegging", summary = "Toezegging registreren", description = "Registreert een toezegging. Met dezelfde "
            + "Idempotency-Key en dezelfde inhoud levert een herhaalde aanvraag dezelfde toezegging op (200 in plaats van "
            + "201); dezelfde sleutel met een andere inhoud is een 422. Alleen de provincie van de gemeente (rol "
            + "provincie, organisatie in het token).")
    @APIResponse(responseCode = "201", description = "Geregistreerd", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "Pad van de nieuwe toezegging", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = Voorbeelden.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ToezeggingDto.class)))
    @APIResponse(responseCode = "200", description = "Herhaalde aanvraag (zelfde Idempotency-Key en inhoud): de eerder "
            + "geregistreerde toezegging", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "Pad van de eerder geregistreerde toezegging", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = Voorbeelden.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ToezeggingDto.class)))
    @APIResponse(responseCode = "422", description = "Niet te verwerken: de Idempotency-Key is al gebruikt voor een "
            + "andere inhoud, de gemeente heeft geen gepubliceerde opgave in de cyclus, of de status is INGETROKKEN",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "sleutel-hergebruikt", summary = "Idempotency-Key met een andere inhoud",
                            value = Voorbeelden.SLEUTEL_HERGEBRUIKT),
                    @ExampleObject(name = "gemeente-zonder-opgave", summary = "Gemeente zonder opgave in de cyclus",
                            value = Voorbeelden.GEMEENTE_ZONDER_OPGAVE),
                    @ExampleObject(name = "ingetrokken", summary = "Nieuwe toezegging met status INGETROKKEN",
                            value = Voorbeelden.NIEUW_INGETROKKEN) }))
    public Response registreer(
            @Parameter(description = "Optioneel: een sleutel die deze aanvraag uniek maakt, zodat een herhaling (na een "
                    + "time-out) geen tweede toezegging maakt. Kies een nieuwe UUID per afzonderlijke aanvraag en hergebruik "
                    + "haar alleen voor een herhaling van precies dezelfde aanvraag; dezelfde sleutel met een andere inhoud "
                    + "is een 422. Ten hoogste 200 tekens.") @HeaderParam(IDEMPOTENCY_KEY)
            @Size(min = 1, max = 200) String idempotencyKey,
            @Valid @NotNull NieuweToezegging verzoek) {
        Toezeggingen.Registratie r = toezeggingen.registreer(verzoek, idempotencyKey);
        Toezegging t = r.toezegging();
        Response.ResponseBuilder response = r.nieuw() ? Response.status(Response.Status.CREATED) : Response.ok();
        return metEtag(response.location(URI.create("/api/v1/toezeggingen/" + t.id)), t);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "haalToezeggingOp", summary = "Toezegging", description = "Eén toezegging; de ETag is haar "
            + "versie, voor If-Match bij wijzigen. Met If-None-Match en de huidige ETag: 304 zonder inhoud.")
    @APIResponse(responseCode = "200", description = "De toezegging", headers = @Header(name = HttpHeaders.ETAG,
            description = Voorbeelden.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ToezeggingDto.class)))
    @APIResponse(responseCode = "304", description = Voorbeelden.NIET_GEWIJZIGD, headers = @Header(name = HttpHeaders.ETAG,
            description = Voorbeelden.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Response een(@Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = Voorbeelden.IF_NONE_MATCH) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Toezegging t = vind(id);
        if (Etags.nietGewijzigd(ifNoneMatch, t.versie)) {
            return Response.notModified().header(HttpHeaders.ETAG, Etags.of(t.versie)).build();
        }
        return metEtag(Response.ok(), t);
    }

    @PUT
    @RolesAllowed(Rollen.PROVINCIE)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "wijzigToezegging", summary = "Toezegging wijzigen", description = "Vervangt de inhoud van een "
            + "toezegging. Vraagt If-Match met de ETag van de gelezen versie: 428 zonder, 412 als intussen iemand anders "
            + "wijzigde. De status gaat alleen vooruit (anders 422); een ingetrokken toezegging blijft zoals zij is (409). "
            + "Alleen de provincie van de toezegging.")
    @APIResponse(responseCode = "200", description = "Gewijzigd: de nieuwe versie", headers = @Header(name = HttpHeaders.ETAG,
            description = Voorbeelden.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ToezeggingDto.class)))
    @APIResponse(responseCode = "409", description = "De toezegging is ingetrokken en kan niet meer worden gewijzigd",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ingetrokken", value = Voorbeelden.TOEZEGGING_INGETROKKEN)))
    @APIResponse(responseCode = "412", description = "If-Match noemt een verouderde versie: iemand anders wijzigde intussen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "verouderde-versie", value = Voorbeelden.VEROUDERDE_VERSIE)))
    @APIResponse(responseCode = "422", description = "Ongeldige statusovergang: een toezegging gaat alleen vooruit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "ongeldige-statusovergang", value = Voorbeelden.ONGELDIGE_OVERGANG)))
    @APIResponse(responseCode = "428", description = "De header If-Match ontbreekt",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "if-match-vereist", value = Voorbeelden.IF_MATCH_VEREIST)))
    public Response wijzig(
            @Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = Voorbeelden.IF_MATCH, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ToezeggingWijziging wijziging) {
        return metEtag(Response.ok(), toezeggingen.wijzig(id, wijziging.inhoud(), ifMatch));
    }

    @POST
    @RolesAllowed(Rollen.PROVINCIE)
    @Path("/{id}/intrekking")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "trekToezeggingIn", summary = "Toezegging intrekken", description = "Trekt een toezegging in "
            + "(definitief); de inhoud (een reden) mag ontbreken. Vraagt If-Match: 428 zonder, 412 met een verouderde "
            + "versie; al ingetrokken is 409. Alleen de provincie van de toezegging.")
    @APIResponse(responseCode = "200", description = "Ingetrokken: de nieuwe versie, met status INGETROKKEN",
            headers = @Header(name = HttpHeaders.ETAG, description = Voorbeelden.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ToezeggingDto.class)))
    @APIResponse(responseCode = "409", description = "De toezegging is al ingetrokken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "al-ingetrokken", value = Voorbeelden.AL_INGETROKKEN)))
    @APIResponse(responseCode = "412", description = "If-Match noemt een verouderde versie: iemand anders wijzigde intussen",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "verouderde-versie", value = Voorbeelden.VEROUDERDE_VERSIE)))
    @APIResponse(responseCode = "428", description = "De header If-Match ontbreekt",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "if-match-vereist", value = Voorbeelden.IF_MATCH_VEREIST)))
    public Response trekIn(
            @Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = Voorbeelden.IF_MATCH, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid Intrekking intrekking) {
        String reden = intrekking == null ? null : intrekking.reden();
        return metEtag(Response.ok(), toezeggingen.trekIn(id, reden, ifMatch));
    }

    @GET
    @Path("/{id}/historie")
    @Operation(operationId = "zoekHistorieVanToezegging", summary = "Historie van een toezegging", description = "Elke "
            + "wijziging, oudste eerst: wie, wanneer, en de toezegging ervoor en erna; per pagina.")
    public Pagina<HistorieDto> historie(
            @Parameter(description = ID) @PathParam("id") UUID id,
            @BeanParam @Valid Paginering paginering) {
        vind(id);
        var query = ToezeggingHistorie.van(id);
        return Pagina.van(query, paginering, this::historieDto);
    }

    private HistorieDto historieDto(ToezeggingHistorie h) {
        return new HistorieDto(h.actie, h.versie, h.door, h.op, lees(h.voor), lees(h.na));
    }

    private JsonNode lees(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Toezegging vind(UUID id) {
        return Toezegging.<Toezegging>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Toezegging " + id + " bestaat niet."));
    }

    private Response metEtag(Response.ResponseBuilder response, Toezegging t) {
        return response.header(HttpHeaders.ETAG, Etags.of(t.versie)).entity(toezeggingen.dto(t)).build();
    }
}
