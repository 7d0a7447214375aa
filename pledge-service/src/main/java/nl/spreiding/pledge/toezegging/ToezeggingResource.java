package nl.spreiding.pledge.toezegging;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;

@Path("/api/v1/toezeggingen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Toezeggingen", description = "Toezeggingen van gemeenten aan de provinciale regietafel")
public class ToezeggingResource {

    @Schema(name = "Toezegging", description = "Toezegging van opvangplaatsen door een gemeente op een locatie.", example = """
            {"id":"0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10","cyclus":"2024-2026","provinciecode":"PV27",
             "gemeentecode":"GM0363","locatie":"Amsterdam, Willinklaan","doelgroep":"ASIEL","aantalPlaatsen":250,
             "aantalAmv":40,"duurzaam":true,"beschikbaarVanaf":"2025-03-01","status":"GEPLAND"}""")
    public record ToezeggingDto(UUID id, String cyclus, String provinciecode, String gemeentecode, String locatie,
            Toezegging.Doelgroep doelgroep, int aantalPlaatsen, int aantalAmv, boolean duurzaam,
            LocalDate beschikbaarVanaf, LocalDate beschikbaarTot, Toezegging.Status status) {

        static ToezeggingDto van(Toezegging t) {
            return new ToezeggingDto(t.id, t.cyclus, t.provinciecode, t.gemeentecode, t.locatie, t.doelgroep,
                    t.aantalPlaatsen, t.aantalAmv, t.duurzaam, t.beschikbaarVanaf, t.beschikbaarTot, t.status);
        }
    }

    @GET
    @Operation(summary = "Toezeggingen", description = "Toezeggingen, te filteren op cyclus, provincie en gemeente.")
    public Pagina<ToezeggingDto> lijst(
            @Parameter(description = "Cyclus", example = "2024-2026") @QueryParam("cyclus") String cyclus,
            @Parameter(description = "CBS-code van de provincie", example = "PV27") @QueryParam("provinciecode")
            @Pattern(regexp = "PV\\d{2}", message = "moet een CBS-provinciecode zijn, zoals PV27") String provinciecode,
            @Parameter(description = "CBS-code van de gemeente", example = "GM0363") @QueryParam("gemeentecode")
            @Pattern(regexp = "GM\\d{4}", message = "moet een CBS-gemeentecode zijn, zoals GM0363") String gemeentecode,
            @BeanParam @Valid Paginering paginering) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        filter(where, params, "cyclus", cyclus);
        filter(where, params, "provinciecode", provinciecode);
        filter(where, params, "gemeentecode", gemeentecode);
        var query = Toezegging.<Toezegging>find(where.toString(), Sort.by("aangemaaktOp").and("id"), params);
        return new Pagina<>(query.page(paginering.pagina() - 1, paginering.paginaGrootte()).stream()
                .map(ToezeggingDto::van).toList(), paginering.pagina(), paginering.paginaGrootte(), query.count());
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String field, String value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
