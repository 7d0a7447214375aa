package nl.spreiding.pledge.toezegging;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
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
import nl.spreiding.platform.api.ProblemException;
import nl.spreiding.platform.security.Rollen;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.api.Etags;
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

    private final Toezeggingen toezeggingen;
    private final ObjectMapper json;

    public ToezeggingResource(Toezeggingen toezeggingen, ObjectMapper json) {
        this.toezeggingen = toezeggingen;
        this.json = json;
    }

    @GET
    @Operation(summary = "Toezeggingen", description = "Toezeggingen, te filteren op cyclus, provincie, gemeente, "
            + "doelgroep en status.")
    public Pagina<ToezeggingDto> lijst(
            @Parameter(description = "Cyclus", example = "2024-2026") @QueryParam("cyclus")
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "CBS-code van de provincie", example = "PV27") @QueryParam("provinciecode")
            @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @Parameter(description = "CBS-code van de gemeente", example = "GM0363") @QueryParam("gemeentecode")
            @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) String gemeentecode,
            @Parameter(description = "Doelgroep", example = "ASIEL") @QueryParam("doelgroep") Doelgroep doelgroep,
            @Parameter(description = "Status", example = "GEPLAND") @QueryParam("status") Toezegging.Status status,
            @BeanParam @Valid Paginering paginering) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        filter(where, params, "cyclus", cyclus);
        filter(where, params, "provinciecode", provinciecode);
        filter(where, params, "gemeentecode", gemeentecode);
        filter(where, params, "doelgroep", doelgroep);
        filter(where, params, "status", status);
        var query = Toezegging.<Toezegging>find(where.toString(), Sort.by("aangemaaktOp").and("id"), params);
        return Pagina.van(query, paginering, ToezeggingDto::van);
    }

    @POST
    @RolesAllowed(Rollen.PROVINCIE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Toezegging registreren", description = "Registreert een toezegging. Met dezelfde "
            + "Idempotency-Key en dezelfde inhoud levert een herhaalde aanvraag dezelfde toezegging op (200 in plaats van "
            + "201); dezelfde sleutel met een andere inhoud is een 422. Alleen de provincie van de gemeente (rol "
            + "provincie, organisatie in het token).")
    @APIResponse(responseCode = "201", description = "Geregistreerd", headers = {
            @Header(name = "Location", description = "Pad van de nieuwe toezegging", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Versie van de toezegging", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ToezeggingDto.class)))
    @APIResponse(responseCode = "200", description = "Herhaalde aanvraag: de eerder geregistreerde toezegging",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ToezeggingDto.class)))
    public Response registreer(
            @Parameter(description = "Unieke sleutel van deze aanvraag, zodat een herhaling geen tweede toezegging maakt",
                    example = "9a7c5e2f-3b1d-4e8a-b6c4-0d2f1e3a5b7c") @HeaderParam(IDEMPOTENCY_KEY)
            @Size(min = 1, max = 200) String idempotencyKey,
            @Valid @NotNull NieuweToezegging verzoek) {
        Toezeggingen.Registratie r = toezeggingen.registreer(verzoek, idempotencyKey);
        Toezegging t = r.toezegging();
        Response.ResponseBuilder response = r.nieuw() ? Response.status(Response.Status.CREATED) : Response.ok();
        return metEtag(response.location(URI.create("/api/v1/toezeggingen/" + t.id)), t);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Toezegging", description = "Eén toezegging; de ETag is haar versie, voor If-Match bij wijzigen.")
    @APIResponse(responseCode = "200", description = "De toezegging", headers = @Header(name = "ETag",
            description = "Versie van de toezegging", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ToezeggingDto.class)))
    public Response een(@Parameter(description = "Id van de toezegging", example = "0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10")
            @PathParam("id") UUID id) {
        return metEtag(Response.ok(), vind(id));
    }

    @PUT
    @RolesAllowed(Rollen.PROVINCIE)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Toezegging wijzigen", description = "Vervangt de inhoud van een toezegging. Vraagt If-Match "
            + "met de ETag van de gelezen versie: 428 zonder, 412 als intussen iemand anders wijzigde. Alleen de "
            + "provincie van de toezegging.")
    public Response wijzig(
            @Parameter(description = "Id van de toezegging", example = "0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10") @PathParam("id") UUID id,
            @Parameter(description = "ETag van de versie die u wijzigt", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ToezeggingWijziging wijziging) {
        return metEtag(Response.ok(), toezeggingen.wijzig(id, wijziging.inhoud(), ifMatch));
    }

    @POST
    @RolesAllowed(Rollen.PROVINCIE)
    @Path("/{id}/intrekking")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Toezegging intrekken", description = "Trekt een toezegging in (definitief). Vraagt If-Match. "
            + "Alleen de provincie van de toezegging.")
    public Response trekIn(
            @Parameter(description = "Id van de toezegging", example = "0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10") @PathParam("id") UUID id,
            @Parameter(description = "ETag van de versie die u intrekt", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid Intrekking intrekking) {
        String reden = intrekking == null ? null : intrekking.reden();
        return metEtag(Response.ok(), toezeggingen.trekIn(id, reden, ifMatch));
    }

    @GET
    @Path("/{id}/historie")
    @Operation(summary = "Historie van een toezegging", description = "Elke wijziging, oudste eerst: wie, wanneer, en de "
            + "toezegging ervoor en erna.")
    public Pagina<HistorieDto> historie(
            @Parameter(description = "Id van de toezegging", example = "0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10") @PathParam("id") UUID id,
            @BeanParam @Valid Paginering paginering) {
        vind(id);
        var query = ToezeggingHistorie.<ToezeggingHistorie>find("toezeggingId", Sort.by("versie").and("op"), id);
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

    private static Response metEtag(Response.ResponseBuilder response, Toezegging t) {
        return response.header(HttpHeaders.ETAG, Etags.of(t.versie)).entity(ToezeggingDto.van(t)).build();
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
