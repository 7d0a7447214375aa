package nl.spreiding.pledge.besluit;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import nl.spreiding.pledge.besluit.BesluitDtos.AanwijzingenInvoer;
import nl.spreiding.pledge.besluit.BesluitDtos.NieuwVerdeelbesluit;
import nl.spreiding.pledge.besluit.BesluitDtos.Vaststelling;
import nl.spreiding.pledge.besluit.BesluitDtos.VerdeelbesluitDto;

/**
 * The distribution decision. Drafting, adjusting, issuing and discarding it are the minister's alone (the law gives
 * the decision and the designations to the minister, not to provinces); reading it is public.
 */
@Path("/api/v1/verdeelbesluiten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verdeelbesluiten", description = "Het verdeelbesluit van de minister en de voorgestelde aanwijzingen")
public class VerdeelbesluitResource {

    private final Verdeelbesluiten besluiten;
    private final Conceptinzage inzage;

    public VerdeelbesluitResource(Verdeelbesluiten besluiten, Conceptinzage inzage) {
        this.besluiten = besluiten;
        this.inzage = inzage;
    }

    @POST
    @RolesAllowed(Rollen.MINISTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Concept-verdeelbesluit opstellen", description = "Neemt per provincie het geldende plan (of, "
            + "zonder plan, haar huidige toezeggingen) en stelt bij een tekort aanwijzingen voor: het tekort gaat alleen "
            + "naar gemeenten van die provincie die hun eigen indicatieve opgave niet haalden, naar rato van wat zij nog "
            + "missen (grootste overschot, gelijke stand: grootste achterstand, dan laagste gemeentecode). Voor AMV "
            + "geldt dezelfde regel. Eén besluit per cyclus. Alleen de minister.")
    public Response stelOp(@Valid @NotNull NieuwVerdeelbesluit verzoek) {
        Verdeelbesluit b = besluiten.stelOp(verzoek.cyclus());
        return antwoord(Response.created(URI.create("/api/v1/verdeelbesluiten/" + b.id)), b);
    }

    @GET
    @Operation(summary = "Verdeelbesluiten", description = "Genomen verdeelbesluiten, te filteren op cyclus; de "
            + "minister ziet ook zijn concepten.")
    public Pagina<VerdeelbesluitDto> lijst(
            @Parameter(description = "Cyclus", example = "2024-2026") @QueryParam("cyclus")
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @BeanParam @Valid Paginering paginering) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (cyclus != null) {
            where.append(" and cyclus = :cyclus");
            params.put("cyclus", cyclus);
        }
        if (!inzage.magConceptenZien()) {
            where.append(" and status = :genomen");
            params.put("genomen", Verdeelbesluit.Status.GENOMEN);
        }
        var query = Verdeelbesluit.<Verdeelbesluit>find(where.toString(), Sort.by("cyclus"), params);
        return Pagina.van(query, paginering, besluiten::dto);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Verdeelbesluit", description = "Eén verdeelbesluit met zijn aanwijzingen; de ETag is zijn versie. "
            + "Een concept bestaat alleen voor de minister.")
    public Response een(@Parameter(description = "Id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") @PathParam("id") UUID id) {
        Verdeelbesluit b = Verdeelbesluit.<Verdeelbesluit>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Verdeelbesluit " + id + " bestaat niet."));
        return antwoord(Response.ok(), inzage.zichtbaar(b));
    }

    @PUT
    @RolesAllowed(Rollen.MINISTER)
    @Path("/{id}/aanwijzingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Aanwijzingen aanpassen", description = "Vervangt de aanwijzingen van een concept-besluit; het "
            + "voorstel van de regel blijft zichtbaar. Vraagt If-Match; een genomen besluit is onveranderlijk (409). "
            + "Alleen de minister.")
    public Response pasAan(
            @Parameter(description = "Id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") @PathParam("id") UUID id,
            @Parameter(description = "ETag van het besluit", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AanwijzingenInvoer invoer) {
        return antwoord(Response.ok(), besluiten.pasAan(id, invoer.aanwijzingen(), ifMatch));
    }

    @POST
    @RolesAllowed(Rollen.MINISTER)
    @Path("/{id}/vaststelling")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verdeelbesluit nemen", description = "Neemt het besluit: het wordt onveranderlijk, elke "
            + "aanwijzing krijgt als realisatietermijn de besluitdatum plus de termijn van de cyclus (standaard 6 "
            + "maanden). Vraagt If-Match. Alleen de minister.")
    public Response neem(
            @Parameter(description = "Id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") @PathParam("id") UUID id,
            @Parameter(description = "ETag van het besluit", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid Vaststelling vaststelling) {
        return antwoord(Response.ok(), besluiten.neem(id, vaststelling == null ? null : vaststelling.besluitdatum(),
                ifMatch));
    }

    @DELETE
    @RolesAllowed(Rollen.MINISTER)
    @Path("/{id}")
    @Operation(summary = "Concept-verdeelbesluit verwijderen", description = "Verwijdert een concept, bijvoorbeeld om het "
            + "na nieuwe plannen opnieuw op te stellen. Vraagt If-Match; een genomen besluit blijft (409). Alleen de "
            + "minister.")
    public Response verwijder(
            @Parameter(description = "Id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") @PathParam("id") UUID id,
            @Parameter(description = "ETag van het besluit", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        besluiten.verwijder(id, ifMatch);
        return Response.noContent().build();
    }

    private Response antwoord(Response.ResponseBuilder response, Verdeelbesluit b) {
        return response.header(HttpHeaders.ETAG, Etags.of(b.versie)).entity(besluiten.dto(b)).build();
    }
}
