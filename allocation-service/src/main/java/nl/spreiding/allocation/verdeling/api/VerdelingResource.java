package nl.spreiding.allocation.verdeling.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import nl.spreiding.allocation.verdeling.GemeenteOpgave;
import nl.spreiding.allocation.verdeling.Verdeling;
import nl.spreiding.allocation.verdeling.VerdelingVergelijking;
import nl.spreiding.allocation.verdeling.api.VerdelingDtos.GemeenteTaak;
import nl.spreiding.allocation.verdeling.api.VerdelingDtos.SimulatieDto;
import nl.spreiding.allocation.verdeling.api.VerdelingDtos.UitlegDto;
import nl.spreiding.allocation.verdeling.api.VerdelingDtos.VergelijkingDto;
import nl.spreiding.allocation.verdeling.api.VerdelingDtos.VerdelingDto;
import nl.spreiding.allocation.verdeling.opslag.Doelgroep;
import nl.spreiding.allocation.verdeling.opslag.VastgesteldeVerdeling;
import nl.spreiding.allocation.verdeling.opslag.Verdelingen;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.ProblemException;
import nl.spreiding.platform.csv.CsvAntwoord;
import nl.spreiding.platform.csv.CsvDialect;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.platform.security.Rollen;

@Path("/api/v1/verdelingen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verdelingen")
public class VerdelingResource {

    private static final String CYCLUS = "\\d{4}-\\d{4}";
    private static final String CYCLUS_MELDING = "moet een cyclus zijn, zoals 2024-2026";
    private static final String GEMEENTE = "GM\\d{4}";
    private static final String GEMEENTE_MELDING = "moet een CBS-gemeentecode zijn, zoals GM0363";
    private static final String CSV = "text/csv";

    private final Verdelingen verdelingen;
    private final Aanvrager aanvrager;

    public VerdelingResource(Verdelingen verdelingen, Aanvrager aanvrager) {
        this.verdelingen = verdelingen;
        this.aanvrager = aanvrager;
    }

    @Schema(name = "NieuweVerdeling", description = "Vaststellen van een verdeling. Zonder totaal wordt voor ASIEL de "
            + "capaciteitsraming van de cyclus verdeeld; zonder sleutel geldt de standaardsleutel van de doelgroep. Een "
            + "tweede verdeling van dezelfde doelgroep in de cyclus is een herziening en vraagt een toelichting.",
            example = """
                    {"cyclus":"2024-2026","doelgroep":"ASIEL","sleutel":"SPREIDINGSWET_SES_WOA"}""")
    public record NieuweVerdeling(
            @NotNull @Pattern(regexp = CYCLUS, message = CYCLUS_MELDING) @Schema(example = "2024-2026") String cyclus,
            @NotNull @Schema(example = "ASIEL") Doelgroep doelgroep,
            @Schema(description = "Code van de verdeelsleutel", example = "SPREIDINGSWET_SES_WOA") String sleutel,
            @Min(0) @Max(1_000_000) @Schema(description = "Te verdelen aantal", example = "96000") Integer totaal,
            @Min(0) @Max(1_000_000) @Schema(description = "Waarvan AMV", example = "8140") Integer amvTotaal,
            @Size(max = 2000) @Schema(description = "Waarom (verplicht bij een herziening)", example = "Nieuwe SES-WOA-cijfers")
            String toelichting) {
    }

    @Schema(name = "Aanpassing", description = "Andere invoer voor één gemeente in een wat-als-berekening.", example = """
            {"gemeentecode":"GM0363","aantalInwoners":950000,"sesWoaScore":0.05,"bestaandeDuurzamePlaatsen":500}""")
    public record AanpassingDto(
            @NotNull @Pattern(regexp = GEMEENTE, message = GEMEENTE_MELDING) String gemeentecode,
            @Min(1) Long aantalInwoners,
            @jakarta.validation.constraints.DecimalMin(value = "-1", inclusive = false)
            @jakarta.validation.constraints.DecimalMax(value = "1", inclusive = false) BigDecimal sesWoaScore,
            @Min(0) Integer bestaandeDuurzamePlaatsen) {
    }

    @Schema(name = "SimulatieOpdracht", description = "Een wat-als-berekening: wordt niet gepubliceerd.", example = """
            {"cyclus":"2024-2026","doelgroep":"ASIEL","sleutel":"INWONERS","totaal":96000,"amvTotaal":8140,
             "aanpassingen":[{"gemeentecode":"GM0363","bestaandeDuurzamePlaatsen":500}],
             "vergelijkMet":"6f1c2a9e-3f0a-4c5e-9b1d-2a7e8c9d0f11"}""")
    public record SimulatieOpdracht(
            @Pattern(regexp = CYCLUS, message = CYCLUS_MELDING) String cyclus,
            @Min(2000) @Max(2100) @Schema(description = "Referentiejaar; standaard dat van de cyclus") Integer referentiejaar,
            @Schema(example = "ASIEL") Doelgroep doelgroep,
            String sleutel,
            @Min(0) @Max(1_000_000) Integer totaal,
            @Min(0) @Max(1_000_000) Integer amvTotaal,
            @Size(max = 1000) List<@Valid @NotNull AanpassingDto> aanpassingen,
            @Schema(description = "Id van een gepubliceerde verdeling om mee te vergelijken") UUID vergelijkMet) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rollen.MINISTER)
    @Operation(summary = "Een verdeling vaststellen", description = "Berekent de opgave van elke gemeente en provincie en "
            + "publiceert nl.spreiding.verdeling.vastgesteld (eerste versie) of nl.spreiding.verdeling.herzien (nieuwe versie).")
    @APIResponse(responseCode = "201", description = "Vastgesteld")
    @APIResponse(responseCode = "404", description = "De cyclus bestaat niet")
    @APIResponse(responseCode = "422", description = "De referentiedata volstaan niet voor deze sleutel (bijvoorbeeld "
            + "een ontbrekende SES-WOA-score); invalidParams noemt elke gemeente")
    public Response stelVast(@Valid @NotNull NieuweVerdeling nieuw) {
        VastgesteldeVerdeling kop = verdelingen.stelVast(new Verdelingen.Opdracht(nieuw.cyclus(), nieuw.doelgroep(),
                nieuw.sleutel(), nieuw.totaal(), nieuw.amvTotaal()), nieuw.toelichting(), aanvrager.naam());
        return Response.created(URI.create("/api/v1/verdelingen/" + kop.id))
                .entity(VerdelingDto.van(kop, verdelingen.verdeling(kop))).build();
    }

    @GET
    @Operation(summary = "Vastgestelde verdelingen", description = "Alle versies, te filteren op cyclus en doelgroep "
            + "(zonder provincies; die staan bij de verdeling zelf).")
    public Pagina<VerdelingDto> lijst(
            @QueryParam("cyclus") @Pattern(regexp = CYCLUS, message = CYCLUS_MELDING) String cyclus,
            @QueryParam("doelgroep") Doelgroep doelgroep, @BeanParam @Valid Paginering paginering) {
        return Pagina.van(verdelingen.lijst(cyclus, doelgroep).stream().map(k -> VerdelingDto.van(k, null)).toList(),
                paginering);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Eén verdeling met de provinciale opgaven")
    public VerdelingDto lees(@PathParam("id") UUID id) {
        VastgesteldeVerdeling kop = verdelingen.kop(id);
        return VerdelingDto.van(kop, verdelingen.verdeling(kop));
    }

    @GET
    @Path("/{id}/gemeenten")
    @Operation(summary = "De opgave per gemeente", description = "Met elke tussenstap; te filteren op provincie. Met "
            + "Accept: text/csv de hele selectie als CSV.")
    @Parameter(name = CsvDialect.PARAMETER, in = ParameterIn.QUERY, description = CsvDialect.BESCHRIJVING,
            schema = @Schema(type = SchemaType.STRING, enumeration = { CsvDialect.NAAM_RFC4180, CsvDialect.NAAM_SPREADSHEET_NL },
                    defaultValue = CsvDialect.NAAM_RFC4180))
    public Pagina<GemeenteTaak> gemeenten(@PathParam("id") UUID id,
            @Parameter(example = "PV27") @QueryParam("provinciecode")
            @Pattern(regexp = "PV\\d{2}", message = "moet een CBS-provinciecode zijn, zoals PV27") String provinciecode,
            @BeanParam @Valid Paginering paginering) {
        return Pagina.van(gemeentenVan(id, provinciecode), paginering);
    }

    @GET
    @Path("/{id}/gemeenten")
    @Produces(CSV)
    @APIResponse(responseCode = "200", description = "Met Accept: text/csv de hele selectie als CSV",
            headers = @Header(name = "Content-Disposition", description = "Alleen bij CSV: attachment met een bestandsnaam",
                    schema = @Schema(type = SchemaType.STRING, example = "attachment; filename=\"verdeling-2024-2026-asiel-v1.csv\"")),
            content = { @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, example = """
                            gemeentecode,naam,provinciecode,aantalInwoners,sesWoaScore,aandeel,onafgerondeOpgave,opgave,amv,\
                            bestaandeDuurzamePlaatsen,resterendeOpgave,plaatsenPerDuizendInwoners\r
                            GM0363,Amsterdam,PV27,931298,0.061,0.052741,5063.18,5064,429,0,5064,5.44\r
                            """)) })
    public Response gemeentenAlsCsv(@PathParam("id") UUID id, @QueryParam("provinciecode")
            @Pattern(regexp = "PV\\d{2}", message = "moet een CBS-provinciecode zijn, zoals PV27") String provinciecode,
            @QueryParam(CsvDialect.PARAMETER) @Pattern(regexp = CsvDialect.PATROON, message = CsvDialect.MELDING) String dialect) {
        VastgesteldeVerdeling kop = verdelingen.kop(id);
        String bestandsnaam = "verdeling-" + kop.cyclus + "-" + kop.doelgroep.name().toLowerCase(Locale.ROOT) + "-v"
                + kop.versie + (provinciecode == null ? "" : "-" + provinciecode) + ".csv";
        return CsvAntwoord.bijlage(GemeenteTakenCsv.schrijf(gemeentenVan(id, provinciecode), CsvDialect.van(dialect)),
                bestandsnaam);
    }

    @GET
    @Path("/{id}/gemeenten/{gemeentecode}/uitleg")
    @Operation(summary = "Uitleg bij de opgave van een gemeente", description = "Invoer, gewicht, exact aandeel, "
            + "onafgeronde waarde, afronding, AMV-deel, bestaande plaatsen, resterende opgave, sleutel en rechtsgrond.")
    public UitlegDto uitleg(@PathParam("id") UUID id,
            @PathParam("gemeentecode") @Pattern(regexp = GEMEENTE, message = GEMEENTE_MELDING) String gemeentecode) {
        Verdeling verdeling = verdelingen.verdeling(verdelingen.kop(id));
        GemeenteOpgave opgave = verdeling.gemeente(gemeentecode).orElseThrow(() -> ProblemException.notFound(
                "Gemeente " + gemeentecode + " komt niet voor in verdeling " + id + "."));
        return UitlegDto.van(verdeling.uitleg(gemeentecode).orElseThrow(), opgave);
    }

    @GET
    @Path("/{id}/verschillen")
    @Operation(summary = "Vergelijking met een andere verdeling", description = "Per provincie en gemeente: opgave in A "
            + "(de andere verdeling, standaard de vorige versie) en B (deze), het verschil en plaatsen per 1.000 inwoners.")
    public VergelijkingDto verschillen(@PathParam("id") UUID id,
            @Parameter(description = "Id van de verdeling om mee te vergelijken; standaard de vorige versie") @QueryParam("met") UUID met) {
        VastgesteldeVerdeling deze = verdelingen.kop(id);
        UUID ander = met != null ? met : deze.vorigeId;
        if (ander == null) {
            throw ProblemException.notFound("Verdeling " + id + " is de eerste versie; noem met ?met= een andere verdeling.");
        }
        return VergelijkingDto.van(VerdelingVergelijking.vergelijk(verdelingen.verdeling(verdelingen.kop(ander)),
                verdelingen.verdeling(deze)));
    }

    @POST
    @Path("/simulaties")
    @Consumes(MediaType.APPLICATION_JSON)
    // Changes nothing, so every role may explore; still a token, because a full calculation is not free.
    @RolesAllowed({ Rollen.MINISTER, Rollen.PROVINCIE, Rollen.GEMEENTE, Rollen.COA, Rollen.BEHEERDER })
    @Operation(summary = "Wat-als: een verdeling berekenen zonder te publiceren", description = "Voor een ander totaal, "
            + "een andere sleutel, een ander referentiejaar of aangepaste invoer per gemeente; desgewenst vergeleken met een "
            + "gepubliceerde verdeling. Er verandert niets.")
    @APIResponse(responseCode = "200", description = "Berekend")
    @APIResponse(responseCode = "422", description = "De invoer volstaat niet voor deze sleutel")
    public SimulatieDto simuleer(@Valid @NotNull SimulatieOpdracht opdracht) {
        Doelgroep doelgroep = Objects.requireNonNullElse(opdracht.doelgroep(), Doelgroep.ASIEL);
        List<Verdelingen.Aanpassing> aanpassingen = opdracht.aanpassingen() == null ? List.of()
                : opdracht.aanpassingen().stream().map(a -> new Verdelingen.Aanpassing(a.gemeentecode(), a.aantalInwoners(),
                        a.sesWoaScore(), a.bestaandeDuurzamePlaatsen())).toList();
        Verdeling simulatie = verdelingen.simuleer(new Verdelingen.Opdracht(opdracht.cyclus(), doelgroep, opdracht.sleutel(),
                opdracht.totaal(), opdracht.amvTotaal()), opdracht.referentiejaar(), aanpassingen);
        VergelijkingDto vergelijking = opdracht.vergelijkMet() == null ? null : VergelijkingDto.van(
                VerdelingVergelijking.vergelijk(verdelingen.verdeling(verdelingen.kop(opdracht.vergelijkMet())), simulatie));
        int referentiejaar = opdracht.referentiejaar() != null ? opdracht.referentiejaar() : verdelingen.referentiejaar(opdracht.cyclus());
        return new SimulatieDto(VerdelingDto.simulatie(simulatie, opdracht.cyclus(), doelgroep, referentiejaar),
                simulatie.gemeenten().stream().map(GemeenteTaak::van).toList(), vergelijking);
    }

    private List<GemeenteTaak> gemeentenVan(UUID id, String provinciecode) {
        return verdelingen.verdeling(verdelingen.kop(id)).gemeenten().stream()
                .filter(g -> provinciecode == null || provinciecode.equals(g.provinciecode()))
                .map(GemeenteTaak::van).toList();
    }
}
