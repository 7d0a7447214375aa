package nl.spreiding.pledge.opgave;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.ProblemException;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.api.Voorbeelden;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opgaven", description = "De gepubliceerde opgave per provincie en gemeente, zoals allocation-service haar vaststelde")
public class OpgaveResource {

    private final VerdelingRepository verdelingRepository;

    public OpgaveResource(VerdelingRepository verdelingRepository) {
        this.verdelingRepository = verdelingRepository;
    }

    @Schema(name = "Opgave", description = "De opgave van een provincie of gemeente voor één doelgroep in één cyclus, "
            + "uit de laatst bekende versie van de verdeling.", example = """
            {"cyclus":"2024-2026","doelgroep":"ASIEL","niveau":"GEMEENTE","code":"GM0363","provinciecode":"PV27",
             "naam":"Amsterdam","aantalInwoners":931298,"opgave":5090,"amv":432,"bestaandePlaatsen":0,
             "resterendeOpgave":5090,"versie":1}""")
    public record OpgaveDto(
            @Schema(description = "Cyclus van de Spreidingswet (JJJJ-JJJJ)", example = "2024-2026") String cyclus,
            @Schema(description = "Doelgroep van de opgave") Doelgroep doelgroep,
            @Schema(description = "PROVINCIE of GEMEENTE", example = "GEMEENTE") Opgave.Niveau niveau,
            @Schema(description = "CBS-code van het gebied", example = "GM0363") String code,
            @Schema(description = "CBS-code van de provincie (bij een provincie: haar eigen code)", example = "PV27") String provinciecode,
            @Schema(description = "Naam van het gebied", example = "Amsterdam") String naam,
            @Schema(description = "Aantal inwoners van het gebied op de peildatum van het referentiejaar", example = "931298") long aantalInwoners,
            @Schema(description = "Indicatieve opgave, in opvangplaatsen", example = "5090") int opgave,
            @Schema(description = "Deel van de opgave voor alleenstaande minderjarige vreemdelingen (amv), in plaatsen", example = "432") int amv,
            @Schema(description = "Bestaande duurzame plaatsen die van de opgave afgaan", example = "0") int bestaandePlaatsen,
            @Schema(description = "Opgave min bestaande plaatsen (niet onder 0), in plaatsen", example = "5090") int resterendeOpgave,
            @Schema(description = "Versie van de verdeling waaruit deze opgave komt", example = "1") int versie) {

        public static OpgaveDto van(Opgave o) {
            return new OpgaveDto(o.cyclus, o.doelgroep, o.niveau, o.code, o.provinciecode, o.naam, o.aantalInwoners,
                    o.opgave, o.amv, o.bestaandePlaatsen, o.resterendeOpgave, o.versie);
        }
    }

    @GET
    @Path("/opgaven")
    @Operation(operationId = "zoekOpgaven", summary = "Opgaven", description = "De opgave per gebied, doelgroep en cyclus; "
            + "te filteren; per pagina. Gesorteerd op cyclus, doelgroep, niveau (provincies eerst) en code.")
    public Pagina<OpgaveDto> lijst(
            @Parameter(description = "Alleen opgaven in deze cyclus (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS) @QueryParam("cyclus")
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = "Alleen opgaven voor deze doelgroep", example = "ASIEL") @QueryParam("doelgroep") Doelgroep doelgroep,
            @Parameter(description = "Alleen de provincie en gemeenten van deze provincie (CBS-code)", example = "PV27")
            @QueryParam("provinciecode") @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @Parameter(description = "Alleen de opgave van deze gemeente (CBS-code)", example = "GM0363") @QueryParam("gemeentecode")
            @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) String gemeentecode,
            @Parameter(description = "Alleen provincies (PROVINCIE) of alleen gemeenten (GEMEENTE)", example = "GEMEENTE")
            @QueryParam("niveau") Opgave.Niveau niveau,
            @BeanParam @Valid Paginering paginering) {
        var query = Opgave.zoek(cyclus, doelgroep, provinciecode, gemeentecode, niveau);
        return Pagina.van(query, paginering, OpgaveDto::van);
    }

    @Schema(name = "Cyclus", description = "Een cyclus met haar termijnen en de versies van de verdelingen die deze "
            + "dienst kent.", example = """
            {"cyclus":"2024-2026","referentiejaar":2024,"termijnen":{"raming":"2024-02-01","provinciaalPlan":"2024-11-01",
             "verdeelbesluit":"2024-12-31","realisatieMaanden":6,"volgendeCyclus":"2026-02-01"},
             "verdelingen":[{"doelgroep":"ASIEL","verdelingId":"6f1c2a4e-1b7d-4a53-9a0e-3c1d2b5e7f80","versie":2,
             "vastgesteldOp":"2024-01-31T10:00:00Z"}]}""")
    public record CyclusDto(@Schema(description = "Code van de cyclus (JJJJ-JJJJ)", example = "2024-2026") String cyclus,
            @Schema(description = "Jaar van de referentiedata (inwoners, CBS-cijfers) van de verdeling; leeg zolang de "
                    + "cyclus niet geopend is", nullable = true, example = "2024") Integer referentiejaar,
            @Schema(description = "De termijnen; leeg zolang deze dienst de opening van de cyclus niet ontving", nullable = true)
            TermijnenDto termijnen,
            @Schema(description = "Per doelgroep de versie van de verdeling die deze dienst verwerkte") List<VerdelingDto> verdelingen) {
    }

    @Schema(name = "Termijnen", description = "De termijnen van een cyclus.", example = """
            {"raming":"2024-02-01","provinciaalPlan":"2024-11-01","verdeelbesluit":"2024-12-31","realisatieMaanden":6,
             "volgendeCyclus":"2026-02-01"}""")
    public record TermijnenDto(@Schema(description = "Uiterste datum voor de capaciteitsraming van de minister",
            nullable = true, example = "2024-02-01") LocalDate raming,
            @Schema(description = "Uiterste datum voor het provinciaal plan", nullable = true, example = "2024-11-01") LocalDate provinciaalPlan,
            @Schema(description = "Uiterste datum voor het verdeelbesluit", nullable = true, example = "2024-12-31") LocalDate verdeelbesluit,
            @Schema(description = "Realisatietermijn na het verdeelbesluit, in maanden", example = "6") int realisatieMaanden,
            @Schema(description = "Begin van de volgende cyclus", nullable = true, example = "2026-02-01") LocalDate volgendeCyclus) {
    }

    @Schema(name = "VerdelingVersie", description = "De versie van een verdeling die deze dienst heeft verwerkt.", example = """
            {"doelgroep":"ASIEL","verdelingId":"6f1c2a4e-1b7d-4a53-9a0e-3c1d2b5e7f80","versie":2,
             "vastgesteldOp":"2024-01-31T10:00:00Z"}""")
    public record VerdelingDto(@Schema(description = "Doelgroep van de verdeling") Doelgroep doelgroep,
            @Schema(description = "Id van de verdeling in allocation-service", example = "6f1c2a4e-1b7d-4a53-9a0e-3c1d2b5e7f80")
            String verdelingId,
            @Schema(description = "Versie van de verdeling (1, en bij elke herziening één hoger)", example = "2") int versie,
            @Schema(description = "Tijdstip waarop de minister deze versie vaststelde (UTC)", nullable = true,
                    example = "2024-01-31T10:00:00Z") Instant vastgesteldOp) {
    }

    @GET
    @Path("/cycli/{cyclus}")
    @Operation(operationId = "haalCyclusOp", summary = "Cyclus", description = "De termijnen van de cyclus en de versies "
            + "van de verdelingen die deze dienst heeft ontvangen; 404 zolang zij van geen van beide iets weet.")
    public CyclusDto cyclus(@Parameter(description = "Code van de cyclus (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS) @PathParam("cyclus")
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String code) {
        Cyclus c = Cyclus.findById(code);
        List<VerdelingRepository.Verwerkt> verwerkt = verdelingRepository.verwerktIn(code);
        if (c == null && verwerkt.isEmpty()) {
            throw ProblemException.notFound("Cyclus " + code + " is (nog) niet bekend.");
        }
        List<VerdelingDto> verdelingen = verwerkt.stream().map(v -> new VerdelingDto(v.doelgroep(), v.verdelingId(),
                v.versie(), v.vastgesteldOp())).toList();
        TermijnenDto termijnen = c == null ? null : new TermijnenDto(c.raming, c.provinciaalPlan, c.verdeelbesluit,
                c.realisatieMaanden, c.volgendeCyclus);
        return new CyclusDto(code, c == null ? null : c.referentiejaar, termijnen, verdelingen);
    }
}
