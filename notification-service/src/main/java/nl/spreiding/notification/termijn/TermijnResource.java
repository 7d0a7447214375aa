package nl.spreiding.notification.termijn;

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

@Path("/api/v1/termijnen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Termijnen", description = "De termijnkalender van een cyclus")
public class TermijnResource {

    @Schema(name = "Termijn", description = "Een termijn van de cyclus.", example = """
            {"id":"5d1f0c2a-8a3e-4a7b-bb55-0f3c2d6e7a91","cyclus":"2024-2026","soort":"PROVINCIAAL_PLAN",
             "organisatie":"PV27","vervaldatum":"2024-11-01","omschrijving":"Provinciaal plan indienen","afgerond":false}""")
    public record TermijnDto(UUID id, String cyclus, Termijn.Soort soort, String organisatie, LocalDate vervaldatum,
            String omschrijving, boolean afgerond) {

        static TermijnDto van(Termijn t) {
            return new TermijnDto(t.id, t.cyclus, t.soort, t.organisatie, t.vervaldatum, t.omschrijving,
                    t.afgerondOp != null);
        }
    }

    @GET
    @Operation(summary = "Termijnen", description = "Termijnen op datum, te filteren op cyclus en organisatie "
            + "(een organisatie ziet ook de termijnen die voor iedereen gelden).")
    public Pagina<TermijnDto> lijst(
            @Parameter(description = "Cyclus", example = "2024-2026") @QueryParam("cyclus") String cyclus,
            @Parameter(description = "CBS-code van provincie of gemeente", example = "PV27") @QueryParam("organisatie")
            @Pattern(regexp = "PV\\d{2}|GM\\d{4}", message = "moet een CBS-code zijn, zoals PV27 of GM0363") String organisatie,
            @BeanParam @Valid Paginering paginering) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (cyclus != null) {
            where.append(" and cyclus = :cyclus");
            params.put("cyclus", cyclus);
        }
        if (organisatie != null) {
            where.append(" and (organisatie = :organisatie or organisatie is null)");
            params.put("organisatie", organisatie);
        }
        var query = Termijn.<Termijn>find(where.toString(), Sort.by("vervaldatum").and("id"), params);
        return new Pagina<>(query.page(paginering.pagina() - 1, paginering.paginaGrootte()).stream()
                .map(TermijnDto::van).toList(), paginering.pagina(), paginering.paginaGrootte(), query.count());
    }
}
