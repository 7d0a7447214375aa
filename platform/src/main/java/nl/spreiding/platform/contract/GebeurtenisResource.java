package nl.spreiding.platform.contract;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.platform.api.ProblemException;

/**
 * Serves the service's event contract, so that a consumer can read, and test against, exactly what the producer
 * validates its own events with. The same files are in the repository and in the {@code gebeurtenissen} jar.
 */
@Path("/api/v1/gebeurtenissen")
@Tag(name = "Gebeurtenissen", description = "De gebeurtenissen die deze dienst op Kafka publiceert: schema's en voorbeelden")
public class GebeurtenisResource {

    private static final String BASIS = "/api/v1/gebeurtenissen/";

    private final GebeurtenisContract contract;

    public GebeurtenisResource(GebeurtenisContract contract) {
        this.contract = contract;
    }

    /** One entry of the catalogue, with where to get its schema and example. */
    @Schema(description = "Eén gebeurtenistype dat deze dienst publiceert.")
    public record Gebeurtenis(
            @Schema(description = "Het CloudEvents-type", example = "nl.spreiding.verdeling.vastgesteld") String type,
            @Schema(description = "Waaruit de Kafka-sleutel bestaat (het aggregaat)", example = "cyclus/doelgroep") String sleutel,
            @Schema(description = "Wanneer de gebeurtenis optreedt en wat ze betekent") String omschrijving,
            @Schema(description = "Pad van het JSON Schema van de data",
                    example = "/api/v1/gebeurtenissen/nl.spreiding.verdeling.vastgesteld/schema") String schema,
            @Schema(description = "Pad van een voorbeeld van de data",
                    example = "/api/v1/gebeurtenissen/nl.spreiding.verdeling.vastgesteld/voorbeeld") String voorbeeld) {
    }

    @Schema(description = "Het gebeurteniscontract van deze dienst.")
    public record Catalogus(
            @Schema(description = "Naam van de producerende dienst", example = "allocation-service") String producent,
            @Schema(description = "CloudEvents-source van elke gebeurtenis", example = "urn:nld:spreiding:allocation-service") String source,
            @Schema(description = "Kafka-topic waarop de gebeurtenissen verschijnen", example = "spreiding.allocation.v1") String topic,
            @Schema(description = "Wat deze dienst publiceert") String omschrijving,
            @Schema(description = "Elk gebeurtenistype") List<Gebeurtenis> gebeurtenissen) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "haalGebeurteniscatalogusOp",
            summary = "De gebeurtenistypen die deze dienst publiceert, met hun topic, sleutel, schema en voorbeeld")
    public Catalogus catalogus() {
        Gebeurteniscatalogus catalogus = eigen();
        return new Catalogus(catalogus.producent(), catalogus.source(), catalogus.topic(), catalogus.omschrijving(),
                catalogus.gebeurtenissen().stream()
                        .map(g -> new Gebeurtenis(g.type(), g.sleutel(), g.omschrijving(),
                                BASIS + g.type() + "/schema", BASIS + g.type() + "/voorbeeld"))
                        .toList());
    }

    @GET
    @Path("/{type}/schema")
    @Produces("application/schema+json")
    @Operation(operationId = "haalGebeurtenisschemaOp",
            summary = "Het JSON Schema (2020-12) van de data van één gebeurtenistype")
    @APIResponse(responseCode = "200", description = "Het JSON Schema (draft 2020-12)", content = @Content(
            mediaType = "application/schema+json", schema = @Schema(type = SchemaType.OBJECT,
                    description = "Een JSON Schema (2020-12)")))
    public String schema(@Parameter(description = "Het CloudEvents-type", example = "nl.spreiding.verdeling.vastgesteld")
            @PathParam("type") String type) {
        Gebeurteniscatalogus catalogus = eigen();
        return catalogus.schema(type(catalogus, type));
    }

    @GET
    @Path("/{type}/voorbeeld")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "haalGebeurtenisvoorbeeldOp",
            summary = "Een voorbeeld van de data van één gebeurtenistype; het voldoet aan het schema")
    @APIResponse(responseCode = "200", description = "De data van een voorbeeldgebeurtenis", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "Data volgens het schema van dit type")))
    public String voorbeeld(@Parameter(description = "Het CloudEvents-type", example = "nl.spreiding.verdeling.vastgesteld")
            @PathParam("type") String type) {
        Gebeurteniscatalogus catalogus = eigen();
        return catalogus.voorbeeld(type(catalogus, type));
    }

    private Gebeurteniscatalogus eigen() {
        return contract.catalogus()
                .orElseThrow(() -> ProblemException.notFound("Deze dienst publiceert geen gebeurtenissen."));
    }

    private static Gebeurteniscatalogus.Gebeurtenistype type(Gebeurteniscatalogus catalogus, String type) {
        return catalogus.type(type).orElseThrow(() -> ProblemException.notFound(
                "Gebeurtenistype " + type + " bestaat niet; zie " + BASIS.substring(0, BASIS.length() - 1) + "."));
    }
}
