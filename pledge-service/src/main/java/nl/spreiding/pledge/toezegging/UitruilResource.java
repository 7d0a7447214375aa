package nl.spreiding.pledge.toezegging;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
            {"cyclus":"2024-2026","provinciecode":"PV31","gemeentecode":"GM0935","vanDoelgroep":"ASIEL",
             "naarDoelgroep":"OEKRAINE","aantalPlaatsen":50,"reden":"Afspraak regietafel Limburg 12 september 2024"}""")
    public record NieuweUitruil(
            @NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) @Schema(required = true, example = "2024-2026") String cyclus,
            @NotNull @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) @Schema(required = true, example = "PV31") String provinciecode,
            @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) @Schema(example = "GM0935") String gemeentecode,
            @NotNull @Schema(required = true, example = "ASIEL") Doelgroep vanDoelgroep,
            @NotNull @Schema(required = true, example = "OEKRAINE") Doelgroep naarDoelgroep,
            @NotNull @Min(1) @Max(100000) @Schema(required = true, minimum = "1", maximum = "100000", example = "50") Integer aantalPlaatsen,
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
                    example = "Afspraak regietafel Limburg 12 september 2024") String reden) {
    }

    @Schema(name = "Uitruil", description = "Een vastgelegde uitruil tussen doelgroepen.", example = """
            {"id":"5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6","cyclus":"2024-2026","provinciecode":"PV31",
             "gemeentecode":"GM0935","vanDoelgroep":"ASIEL","naarDoelgroep":"OEKRAINE","aantalPlaatsen":50,
             "reden":"Afspraak regietafel Limburg 12 september 2024","vastgelegdDoor":"regietafel@pv31.example",
             "vastgelegdOp":"2024-09-12T14:00:00Z"}""")
    public record UitruilDto(@Schema(example = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6") UUID id,
            @Schema(example = "2024-2026") String cyclus, @Schema(example = "PV31") String provinciecode,
            @Schema(example = "GM0935") String gemeentecode, Doelgroep vanDoelgroep, Doelgroep naarDoelgroep,
            @Schema(example = "50") int aantalPlaatsen,
            @Schema(example = "Afspraak regietafel Limburg 12 september 2024") String reden,
            @Schema(example = "regietafel@pv31.example") String vastgelegdDoor,
            @Schema(example = "2024-09-12T14:00:00Z") Instant vastgelegdOp) {

        static UitruilDto van(Uitruil u) {
            return new UitruilDto(u.id, u.cyclus, u.provinciecode, u.gemeentecode, u.vanDoelgroep, u.naarDoelgroep,
                    u.aantalPlaatsen, u.reden, u.vastgelegdDoor, u.vastgelegdOp);
        }
    }

    @POST
    @RolesAllowed(Rollen.PROVINCIE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Uitruil vastleggen", description = "Legt een aan de regietafel afgesproken uitruil tussen "
            + "doelgroepen vast. Die verschuift de opgave in het integrale overzicht; de wettelijke asielopgave van "
            + "het provinciaal plan en het verdeelbesluit verandert er niet door. Alleen de provincie zelf (met een "
            + "gemeente: de provincie van die gemeente).")
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
    @Operation(summary = "Uitruilen", description = "Vastgelegde uitruilen, te filteren op cyclus, provincie en gemeente.")
    public Pagina<UitruilDto> lijst(
            @Parameter(description = "Cyclus", example = "2024-2026") @QueryParam("cyclus")
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "CBS-code van de provincie", example = "PV31") @QueryParam("provinciecode")
            @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @Parameter(description = "CBS-code van de gemeente", example = "GM0935") @QueryParam("gemeentecode")
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
    @Operation(summary = "Uitruil", description = "Eén vastgelegde uitruil.")
    public UitruilDto een(@Parameter(description = "Id", example = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6") @PathParam("id") UUID id) {
        Uitruil u = Uitruil.<Uitruil>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Uitruil " + id + " bestaat niet."));
        return UitruilDto.van(u);
    }
}
