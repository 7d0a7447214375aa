package nl.spreiding.pledge.besluit;

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
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.api.ProblemException;
import nl.spreiding.platform.security.Rollen;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.api.Etags;
import nl.spreiding.pledge.api.Voorbeelden;
import nl.spreiding.pledge.besluit.BesluitDtos.AanwijzingenInvoer;
import nl.spreiding.pledge.besluit.BesluitDtos.KansrijkeInitiatievenInvoer;
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

    private static final String ID = "Id van het verdeelbesluit (het veld id, of het laatste deel van de header Location "
            + "bij opstellen)";

    private final Verdeelbesluiten besluiten;
    private final Conceptinzage inzage;

    public VerdeelbesluitResource(Verdeelbesluiten besluiten, Conceptinzage inzage) {
        this.besluiten = besluiten;
        this.inzage = inzage;
    }

    @POST
    @RolesAllowed(Rollen.MINISTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stelVerdeelbesluitOp", summary = "Concept-verdeelbesluit opstellen", description = "Neemt per provincie het geldende plan (of, "
            + "zonder plan, haar huidige toezeggingen) en stelt bij een tekort aanwijzingen voor: het tekort gaat alleen "
            + "naar gemeenten van die provincie die hun eigen indicatieve opgave niet haalden, naar rato van wat zij nog "
            + "missen (grootste overschot, gelijke stand: grootste achterstand, dan laagste gemeentecode). Voor AMV "
            + "geldt dezelfde regel. Eén besluit per cyclus. Alleen de minister.")
    @APIResponse(responseCode = "201", description = "Opgesteld: het concept, versie 0", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "Pad van het nieuwe verdeelbesluit", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = Voorbeelden.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdeelbesluitDto.class)))
    @APIResponse(responseCode = "409", description = "De cyclus heeft al een verdeelbesluit (concept of genomen)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "verdeelbesluit-bestaat", value = Voorbeelden.BESLUIT_BESTAAT_AL)))
    @APIResponse(responseCode = "422", description = "De cyclus heeft (nog) geen gepubliceerde asielopgave",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "geen-opgave", value = Voorbeelden.GEEN_ASIELOPGAVE)))
    public Response stelOp(@Valid @NotNull NieuwVerdeelbesluit verzoek) {
        Verdeelbesluit b = besluiten.stelOp(verzoek.cyclus());
        return antwoord(Response.created(URI.create("/api/v1/verdeelbesluiten/" + b.id)), b);
    }

    @GET
    @Operation(operationId = "zoekVerdeelbesluiten", summary = "Verdeelbesluiten", description = "Genomen "
            + "verdeelbesluiten per cyclus, te filteren op cyclus; de minister ziet ook zijn concepten; per pagina.")
    public Pagina<VerdeelbesluitDto> lijst(
            @Parameter(description = "Alleen het besluit van deze cyclus (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS) @QueryParam("cyclus")
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @BeanParam @Valid Paginering paginering) {
        var query = Verdeelbesluit.zoek(cyclus, inzage.magConceptenZien());
        return Pagina.van(query, paginering, besluiten::dto);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "haalVerdeelbesluitOp", summary = "Verdeelbesluit", description = "Eén verdeelbesluit met "
            + "zijn aanwijzingen; de ETag is zijn versie. Met If-None-Match en de huidige ETag: 304 zonder inhoud. Een "
            + "concept bestaat alleen voor de minister.")
    @APIResponse(responseCode = "200", description = "Het verdeelbesluit", headers = @Header(name = HttpHeaders.ETAG,
            description = Voorbeelden.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdeelbesluitDto.class)))
    @APIResponse(responseCode = "304", description = Voorbeelden.NIET_GEWIJZIGD, headers = @Header(name = HttpHeaders.ETAG,
            description = Voorbeelden.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Response een(@Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = Voorbeelden.IF_NONE_MATCH) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Verdeelbesluit b = inzage.zichtbaar(Verdeelbesluit.<Verdeelbesluit>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Verdeelbesluit " + id + " bestaat niet.")));
        if (Etags.nietGewijzigd(ifNoneMatch, b.versie)) {
            return Response.notModified().header(HttpHeaders.ETAG, Etags.of(b.versie)).build();
        }
        return antwoord(Response.ok(), b);
    }

    @PUT
    @RolesAllowed(Rollen.MINISTER)
    @Path("/{id}/aanwijzingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "pasAanwijzingenAan", summary = "Aanwijzingen aanpassen", description = "Vervangt de "
            + "aanwijzingen van een concept-besluit; het voorstel van de regel blijft zichtbaar. Vraagt If-Match; een "
            + "genomen besluit is onveranderlijk (409). Alleen de minister.")
    @APIResponse(responseCode = "200", description = "Aangepast: het concept met de nieuwe aanwijzingen, een versie hoger", headers = @Header(name = HttpHeaders.ETAG,
            description = Voorbeelden.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdeelbesluitDto.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt een verouderde versie: het besluit is intussen gewijzigd",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "verouderde-versie", value = Voorbeelden.VEROUDERDE_VERSIE_BESLUIT)))
    @APIResponse(responseCode = "428", description = "De header If-Match ontbreekt",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "if-match-vereist", value = Voorbeelden.IF_MATCH_VEREIST_BESLUIT)))
    @APIResponse(responseCode = "409", description = "Het besluit is al genomen en daarmee onveranderlijk",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "verdeelbesluit-genomen", value = Voorbeelden.BESLUIT_ONVERANDERLIJK)))
    @APIResponse(responseCode = "422", description = "Een genoemde gemeente heeft geen asielopgave in de cyclus",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "gemeente-zonder-opgave", value = Voorbeelden.AANWIJZING_ZONDER_OPGAVE)))
    public Response pasAan(
            @Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = Voorbeelden.IF_MATCH, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AanwijzingenInvoer invoer) {
        return antwoord(Response.ok(), besluiten.pasAan(id, invoer.aanwijzingen(), ifMatch));
    }

    @PUT
    @RolesAllowed(Rollen.MINISTER)
    @Path("/{id}/kansrijke-initiatieven")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "aanvaardKansrijkeInitiatieven", summary = "Kansrijke initiatieven aanvaarden", description =
            "Vervangt de kansrijke initiatieven van een concept-besluit: toezeggingen die volgens de telregels (nog) niet "
            + "meetellen, aanvaard op een van de vier criteria van december 2024, met een reden. Zij tellen voor het plan: "
            + "het tekort van hun provincie en de achterstand van hun gemeente gaan er eerst af, en de regel stelt de "
            + "aanwijzingen opnieuw voor. Kan alleen zolang de aanwijzingen niet met de hand zijn aangepast (anders 409). "
            + "Vraagt If-Match. Alleen de minister.")
    @APIResponse(responseCode = "200", description = "Aanvaard: het concept met de initiatieven en de opnieuw voorgestelde "
            + "aanwijzingen, een versie hoger", headers = @Header(name = HttpHeaders.ETAG, description = Voorbeelden.ETAG,
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdeelbesluitDto.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt een verouderde versie: het besluit is intussen gewijzigd",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "verouderde-versie", value = Voorbeelden.VEROUDERDE_VERSIE_BESLUIT)))
    @APIResponse(responseCode = "428", description = "De header If-Match ontbreekt",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "if-match-vereist", value = Voorbeelden.IF_MATCH_VEREIST_BESLUIT)))
    @APIResponse(responseCode = "409", description = "Het besluit is genomen, of de aanwijzingen zijn al met de hand aangepast",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "verdeelbesluit-genomen", value = Voorbeelden.BESLUIT_ONVERANDERLIJK)))
    @APIResponse(responseCode = "422", description = "Een toezegging is geen niet ingetrokken asieltoezegging van de cyclus, "
            + "of telt al mee", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "toezegging-telt-al", value = """
                            {"type":"urn:nld:spreiding:probleem:toezegging-telt-al","title":"Toezegging telt al","status":422,
                             "detail":"Toezegging 0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10 telt al mee volgens de telregels; als kansrijk initiatief zou zij dubbel tellen.",
                             "instance":"/api/v1/verdeelbesluiten/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/kansrijke-initiatieven"}""")))
    public Response aanvaardKansrijk(
            @Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = Voorbeelden.IF_MATCH, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull KansrijkeInitiatievenInvoer invoer) {
        return antwoord(Response.ok(), besluiten.aanvaardKansrijk(id, invoer.initiatieven(), ifMatch));
    }

    @POST
    @RolesAllowed(Rollen.MINISTER)
    @Path("/{id}/vaststelling")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "neemVerdeelbesluit", summary = "Verdeelbesluit nemen", description = "Neemt het besluit: "
            + "het wordt onveranderlijk, elke aanwijzing krijgt als realisatietermijn de besluitdatum plus de termijn van "
            + "de cyclus (standaard 6 maanden). De inhoud (een besluitdatum) mag ontbreken. Vraagt If-Match. Alleen de "
            + "minister.")
    @APIResponse(responseCode = "200", description = "Genomen: het besluit met status GENOMEN, een versie hoger", headers = @Header(name = HttpHeaders.ETAG,
            description = Voorbeelden.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdeelbesluitDto.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt een verouderde versie: het besluit is intussen gewijzigd",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "verouderde-versie", value = Voorbeelden.VEROUDERDE_VERSIE_BESLUIT)))
    @APIResponse(responseCode = "428", description = "De header If-Match ontbreekt",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "if-match-vereist", value = Voorbeelden.IF_MATCH_VEREIST_BESLUIT)))
    @APIResponse(responseCode = "409", description = "Het besluit is al genomen en daarmee onveranderlijk",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "verdeelbesluit-genomen", value = Voorbeelden.BESLUIT_ONVERANDERLIJK)))
    public Response neem(
            @Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = Voorbeelden.IF_MATCH, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid Vaststelling vaststelling) {
        return antwoord(Response.ok(), besluiten.neem(id, vaststelling == null ? null : vaststelling.besluitdatum(),
                ifMatch));
    }

    @DELETE
    @RolesAllowed(Rollen.MINISTER)
    @Path("/{id}")
    @Operation(operationId = "verwijderConceptVerdeelbesluit", summary = "Concept-verdeelbesluit verwijderen", description =
            "Verwijdert een concept, bijvoorbeeld om het na nieuwe plannen opnieuw op te stellen. Vraagt If-Match; een "
            + "genomen besluit blijft (409). Alleen de minister.")
    @APIResponse(responseCode = "204", description = "Verwijderd (geen inhoud)")
    @APIResponse(responseCode = "412", description = "If-Match noemt een verouderde versie: het besluit is intussen gewijzigd",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "verouderde-versie", value = Voorbeelden.VEROUDERDE_VERSIE_BESLUIT)))
    @APIResponse(responseCode = "428", description = "De header If-Match ontbreekt",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "if-match-vereist", value = Voorbeelden.IF_MATCH_VEREIST_BESLUIT)))
    @APIResponse(responseCode = "409", description = "Het besluit is al genomen en daarmee onveranderlijk",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "verdeelbesluit-genomen", value = Voorbeelden.BESLUIT_ONVERANDERLIJK)))
    public Response verwijder(
            @Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = Voorbeelden.IF_MATCH, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        besluiten.verwijder(id, ifMatch);
        return Response.noContent().build();
    }

    private Response antwoord(Response.ResponseBuilder response, Verdeelbesluit b) {
        return response.header(HttpHeaders.ETAG, Etags.of(b.versie)).entity(besluiten.dto(b)).build();
    }
}
