package nl.spreiding.pledge.toezegging;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import nl.spreiding.platform.outbox.Outbox;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.platform.security.Rollen;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.api.PledgeEvents;
import nl.spreiding.pledge.api.Voorbeelden;
import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.opgave.Opgave;

@Path("/api/v1/uitruilen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Uitruilen", description = "Uitruil tussen doelgroepen, afgesproken aan de provinciale regietafel")
public class UitruilResource {

    public static final String UITRUIL_VASTGELEGD = "nl.spreiding.uitruil.vastgelegd";

    private final Outbox outbox;
    private final Aanvrager aanvrager;

    public UitruilResource(Outbox outbox, Aanvrager aanvrager) {
        this.outbox = outbox;
        this.aanvrager = aanvrager;
    }

    @Schema(name = "NieuweUitruil", description = "Een uitruil: de gemeente (of zonder gemeente de provincie als geheel) "
            + "levert aantalPlaatsen meer van naarDoelgroep en evenveel minder van vanDoelgroep.", example = """
            {"cyclus":"2026-2028","provinciecode":"PV31","gemeentecode":"GM0935","vanDoelgroep":"ASIEL",
             "naarDoelgroep":"OEKRAINE","aantalPlaatsen":50,"reden":"Afspraak regietafel Limburg 12 september 2026"}""")
    public record NieuweUitruil(
            @NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) @Schema(required = true,
                    description = "Cyclus waarin de uitruil geldt (JJJJ-JJJJ)", example = "2026-2028") String cyclus,
            @NotNull @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) @Schema(required = true,
                    description = "CBS-code van de provincie van de regietafel", example = "PV31") String provinciecode,
            @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) @Schema(description = "CBS-code van de "
                    + "gemeente wier opgave verschuift, in die provincie; leeg: de provincie als geheel", example = "GM0935")
            String gemeentecode,
            @NotNull @Schema(required = true, description = "Doelgroep die plaatsen afstaat (haar opgave wordt kleiner)",
                    example = "ASIEL") Doelgroep vanDoelgroep,
            @NotNull @Schema(required = true, description = "Doelgroep die de plaatsen krijgt (haar opgave wordt groter); "
                    + "een andere dan vanDoelgroep", example = "OEKRAINE") Doelgroep naarDoelgroep,
            @NotNull @Min(1) @Max(100000) @Schema(required = true, minimum = "1", maximum = "100000",
                    description = "Aantal plaatsen dat van de ene naar de andere doelgroep gaat", example = "50") Integer aantalPlaatsen,
            @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING) @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000, description = "De afspraak aan de "
                    + "regietafel die de uitruil grondt (ten hoogste 1000 tekens)",
                    example = "Afspraak regietafel Limburg 12 september 2026") String reden) {
    }

    @Schema(name = "Uitruil", description = "Een vastgelegde uitruil tussen doelgroepen.", example = """
            {"id":"5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6","cyclus":"2024-2026","provinciecode":"PV31",
             "gemeentecode":"GM0935","vanDoelgroep":"ASIEL","naarDoelgroep":"OEKRAINE","aantalPlaatsen":50,
             "reden":"Afspraak regietafel Limburg 12 september 2024","vastgelegdDoor":"regietafel@pv31.example",
             "vastgelegdOp":"2024-09-12T14:00:00Z"}""")
    public record UitruilDto(@Schema(description = "Id van de uitruil", example = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6") UUID id,
            @Schema(description = "Cyclus waarin de uitruil geldt", example = "2024-2026") String cyclus,
            @Schema(description = "CBS-code van de provincie", example = "PV31") String provinciecode,
            @Schema(description = "CBS-code van de gemeente; leeg: de provincie als geheel", nullable = true,
                    example = "GM0935") String gemeentecode,
            @Schema(description = "Doelgroep die plaatsen afstaat") Doelgroep vanDoelgroep,
            @Schema(description = "Doelgroep die de plaatsen krijgt") Doelgroep naarDoelgroep,
            @Schema(description = "Aantal plaatsen dat van doelgroep wisselt", example = "50") int aantalPlaatsen,
            @Schema(description = "De afspraak aan de regietafel", example = "Afspraak regietafel Limburg 12 september 2024") String reden,
            @Schema(description = "Wie de uitruil vastlegde (upn uit het token)", example = "regietafel@pv31.example") String vastgelegdDoor,
            @Schema(description = "Tijdstip van vastleggen (UTC)", example = "2024-09-12T14:00:00Z") Instant vastgelegdOp) {

        static UitruilDto van(Uitruil u) {
            return new UitruilDto(u.id, u.cyclus, u.provinciecode, u.gemeentecode, u.vanDoelgroep, u.naarDoelgroep,
                    u.aantalPlaatsen, u.reden, u.vastgelegdDoor, u.vastgelegdOp);
        }
    }

    @POST
    @RolesAllowed(Rollen.PROVINCIE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "legUitruilVast", summary = "Uitruil vastleggen", description = "Legt een aan de regietafel afgesproken uitruil tussen "
            + "doelgroepen vast. Die verschuift de opgave in het integrale overzicht; de wettelijke asielopgave van "
            + "het provinciaal plan en het verdeelbesluit verandert er niet door. Alleen de provincie zelf (met een "
            + "gemeente: de provincie van die gemeente).")
    @APIResponse(responseCode = "201", description = "Vastgelegd", headers = @Header(name = HttpHeaders.LOCATION,
            description = "Pad van de nieuwe uitruil", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UitruilDto.class)))
    @APIResponse(responseCode = "422", description = "De gemeente heeft in de cyclus geen opgave in de genoemde provincie, "
            + "of de provincie heeft geen opgave in de cyclus", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "gemeente-niet-in-provincie", summary = "Gemeente niet in de provincie",
                            value = Voorbeelden.GEMEENTE_NIET_IN_PROVINCIE),
                    @ExampleObject(name = "provincie-zonder-opgave", summary = "Provincie zonder opgave in de cyclus",
                            value = Voorbeelden.PROVINCIE_ZONDER_OPGAVE) }))
    public Response leg(@Valid @NotNull NieuweUitruil verzoek) {
        if (verzoek.vanDoelgroep() == verzoek.naarDoelgroep()) {
            throw ProblemException.invalid("Een uitruil gaat tussen twee verschillende doelgroepen.",
                    List.of(new Problem.InvalidParam("naarDoelgroep", "moet verschillen van vanDoelgroep")));
        }
        vereisEigenProvincie(verzoek);
        Uitruil u = new Uitruil();
        u.id = UUID.randomUUID();
        u.cyclus = verzoek.cyclus();
        u.provinciecode = verzoek.provinciecode();
        u.gemeentecode = verzoek.gemeentecode();
        u.vanDoelgroep = verzoek.vanDoelgroep();
        u.naarDoelgroep = verzoek.naarDoelgroep();
        u.aantalPlaatsen = verzoek.aantalPlaatsen();
        u.reden = verzoek.reden().strip();
        u.vastgelegdDoor = aanvrager.naam();
        u.vastgelegdOp = Instant.now().truncatedTo(ChronoUnit.MICROS);
        u.persist();
        outbox.record(PledgeEvents.TOPIC, UITRUIL_VASTGELEGD, PledgeEvents.key(u.cyclus, u.provinciecode),
                "uitruil/" + u.id, UitruilDto.van(u));
        return Response.created(URI.create("/api/v1/uitruilen/" + u.id)).entity(UitruilDto.van(u)).build();
    }

    /**
     * Refuses (403) unless the caller is the province the trade belongs to, then checks that the area has a task.
     * With a municipality, its own province decides rather than the one the body names, so that a province cannot
     * move another province's municipality by naming itself.
     */
    private void vereisEigenProvincie(NieuweUitruil verzoek) {
        if (verzoek.gemeentecode() != null) {
            Opgave gemeente = Opgave.vereisGemeente(verzoek.cyclus(), verzoek.gemeentecode());
            aanvrager.vereistNamens(gemeente.provinciecode);
            if (!gemeente.provinciecode.equals(verzoek.provinciecode())) {
                throw ProblemException.unprocessable(Toezeggingen.ONBEKENDE_GEMEENTE, "Gemeente niet in provincie",
                        "Gemeente " + verzoek.gemeentecode() + " heeft in cyclus " + verzoek.cyclus()
                                + " geen opgave in provincie " + verzoek.provinciecode() + ".");
            }
        } else {
            aanvrager.vereistNamens(verzoek.provinciecode());
            if (Opgave.count("cyclus = ?1 and code = ?2", verzoek.cyclus(), verzoek.provinciecode()) == 0) {
                throw ProblemException.unprocessable(Toezeggingen.ONBEKENDE_GEMEENTE, "Provincie zonder opgave",
                        "Provincie " + verzoek.provinciecode() + " heeft geen opgave in cyclus " + verzoek.cyclus() + ".");
            }
        }
    }

    @GET
    @Operation(operationId = "zoekUitruilen", summary = "Uitruilen", description = "Vastgelegde uitruilen, oudste eerst, "
            + "te filteren op cyclus, provincie en gemeente; per pagina.")
    public Pagina<UitruilDto> lijst(
            @Parameter(description = "Alleen uitruilen in deze cyclus (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS) @QueryParam("cyclus")
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "Alleen uitruilen van deze provincie (CBS-code)", example = "PV31") @QueryParam("provinciecode")
            @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @Parameter(description = "Alleen uitruilen van deze gemeente (CBS-code)", example = "GM0935") @QueryParam("gemeentecode")
            @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) String gemeentecode,
            @BeanParam @Valid Paginering paginering) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        for (var f : new String[][] { { "cyclus", cyclus }, { "provinciecode", provinciecode },
                { "gemeentecode", gemeentecode } }) {
            if (f[1] != null) {
                where.append(" and ").append(f[0]).append(" = :").append(f[0]);
                params.put(f[0], f[1]);
            }
        }
        var query = Uitruil.<Uitruil>find(where.toString(), Sort.by("vastgelegdOp").and("id"), params);
        return Pagina.van(query, paginering, UitruilDto::van);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "haalUitruilOp", summary = "Uitruil", description = "Eén vastgelegde uitruil.")
    public UitruilDto een(@Parameter(description = "Id van de uitruil (het veld id, of het laatste deel van de header "
            + "Location bij vastleggen)") @PathParam("id") UUID id) {
        Uitruil u = Uitruil.<Uitruil>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Uitruil " + id + " bestaat niet."));
        return UitruilDto.van(u);
    }
}
