package nl.spreiding.pledge.overzicht;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.oekraine.OekraineDtos;
import nl.spreiding.pledge.oekraine.OekraineOpvang;
import nl.spreiding.pledge.oekraine.OekraineOpvang.Maandtelling;
import nl.spreiding.pledge.overzicht.OverzichtDtos.ProvincieOverzicht;
import nl.spreiding.pledge.overzicht.OverzichtDtos.Regel;

/** The integrated view with Ukrainian reception beside asylum and statushouders ("in samenhang", the letter says). */
@Path("/api/v1/provincies/{provinciecode}/overzicht/oekraine-opvang")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overzicht", description = "Het integrale overzicht per provincie: opgave, toegezegd en gerealiseerd per doelgroep")
public class OekraineOverzichtResource {

    private final Overzichten overzichten;
    private final OekraineOpvang opvang;

    public OekraineOverzichtResource(Overzichten overzichten, OekraineOpvang opvang) {
        this.overzichten = overzichten;
        this.opvang = opvang;
    }

    @Schema(name = "OekraineMaandtelling", description = "Opvang van ontheemden uit Oekraïne van een gemeente in een maand: "
            + "haar locaties samen (de laatste melding per locatie).")
    public record Telling(@Schema(description = "Gemelde locaties", example = "2") int locaties,
            @Schema(description = "Opvangplaatsen samen", example = "240") long capaciteit,
            @Schema(description = "Bezet op de laatste dag van de maand", example = "210") long bezettingEindeMaand,
            @Schema(description = "Bezette plaatsdagen in de maand", example = "6400") long plaatsdagen) {

        static Telling van(Maandtelling t) {
            return t == null ? new Telling(0, 0, 0, 0)
                    : new Telling(t.locaties(), t.capaciteit(), t.bezettingEindeMaand(), t.plaatsdagen());
        }
    }

    @Schema(name = "GemeenteSamenhang", description = "Een gemeente: asiel, statushouders en Oekraïne naast elkaar.")
    public record Gemeente(@Schema(description = "CBS-code van de gemeente", example = "GM0014") String gemeentecode,
            @Schema(description = "Naam van de gemeente", example = "Groningen") String naam,
            @Schema(description = "Per doelgroep, als in het integrale overzicht") List<Regel> doelgroepen,
            @Schema(description = "Opvang Oekraïne in de maand") Telling oekraine) {
    }

    @Schema(name = "ProvincieSamenhang", description = "Het integrale overzicht van een cyclus met de opvang van ontheemden "
            + "uit Oekraïne van één maand ernaast.")
    public record Samenhang(@Schema(description = "Cyclus", example = "2024-2026") String cyclus,
            @Schema(description = "Maand van de Oekraïne-tellingen", example = "2024-10") String maand,
            @Schema(description = "CBS-code van de provincie", example = "PV20") String provinciecode,
            @Schema(description = "De provincie per doelgroep") List<Regel> doelgroepen,
            @Schema(description = "Opvang Oekraïne van de provincie samen") Telling oekraine,
            @Schema(description = "Per gemeente") List<Gemeente> gemeenten) {
    }

    @GET
    @Operation(operationId = "haalSamenhangVanProvincieOp", summary = "Asiel, statushouders en Oekraïne in samenhang",
            description = "Per gemeente en voor de provincie de doelgroepen van het integrale overzicht van de cyclus, met "
                    + "ernaast de gemelde opvang van ontheemden uit Oekraïne in de maand (capaciteit, bezetting aan het eind "
                    + "van de maand, bezette plaatsdagen). Alleen aantallen.")
    @APIResponse(responseCode = "200", description = "Het overzicht", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Samenhang.class)))
    @APIResponse(responseCode = "404", description = "De provincie heeft geen gepubliceerde opgave in de cyclus",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "geen-opgave", value = """
                            {"type":"about:blank","title":"Niet gevonden","status":404,
                             "detail":"Provincie PV20 heeft geen gepubliceerde opgave in cyclus 2030-2032.",
                             "instance":"/api/v1/provincies/PV20/overzicht/oekraine-opvang"}""")))
    public Samenhang samenhang(
            @Parameter(description = "CBS-code van de provincie", example = "PV20") @PathParam("provinciecode")
            @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @Parameter(description = "Cyclus van het overzicht (JJJJ-JJJJ)", example = "2024-2026", required = true)
            @QueryParam("cyclus") @NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "Maand van de Oekraïne-tellingen (JJJJ-MM)", example = "2024-10", required = true)
            @QueryParam("maand") @NotNull @Pattern(regexp = OekraineDtos.MAAND, message = OekraineDtos.MAAND_MELDING)
            String maand) {
        ProvincieOverzicht o = overzichten.provincie(cyclus, provinciecode);
        Map<String, Maandtelling> tellingen = opvang.provincie(provinciecode, maand);
        Maandtelling samen = tellingen.values().stream().reduce(new Maandtelling(0, 0, 0, 0), (a, b) -> new Maandtelling(
                a.locaties() + b.locaties(), a.capaciteit() + b.capaciteit(),
                a.bezettingEindeMaand() + b.bezettingEindeMaand(), a.plaatsdagen() + b.plaatsdagen()));
        return new Samenhang(cyclus, maand, provinciecode, o.doelgroepen(), Telling.van(samen), o.gemeenten().stream()
                .map(g -> new Gemeente(g.gemeentecode(), g.naam(), g.doelgroepen(), Telling.van(tellingen.get(g.gemeentecode()))))
                .toList());
    }
}
