package nl.spreiding.allocation.referentiedata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.csv.CsvAntwoord;
import nl.spreiding.platform.csv.CsvDialect;
import nl.spreiding.platform.csv.CsvInvoer;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.platform.security.Rollen;

@Path("/api/v1/referentiejaren")
@Tag(name = "Referentiedata", description = "Provincies en gemeenten met hun CBS-codes, inwoners en SES-WOA per referentiejaar")
public class ReferentiejaarResource {

    static final String CSV = "text/csv";

    private final Referentiedata referentiedata;
    private final Aanvrager aanvrager;

    public ReferentiejaarResource(Referentiedata referentiedata, Aanvrager aanvrager) {
        this.referentiedata = referentiedata;
        this.aanvrager = aanvrager;
    }

    @Schema(name = "Referentiejaar", description = "Een referentiejaar met gemeenten.", example = """
            {"referentiejaar":2024,"aantalGemeenten":342,"totaalInwoners":17942942,"aantalZonderSesWoa":0}""")
    public record ReferentiejaarDto(int referentiejaar, long aantalGemeenten, long totaalInwoners, long aantalZonderSesWoa) {
    }

    @Schema(name = "ImportResultaat", description = "Wat een import heeft ingelezen.", example = """
            {"referentiejaar":2024,"aantalGemeenten":342,"totaalInwoners":17942942,"aantalZonderSesWoa":0,
             "aantalMetBestaandePlaatsen":12}""")
    public record ImportResultaatDto(int referentiejaar, int aantalGemeenten, long totaalInwoners, int aantalZonderSesWoa,
            int aantalMetBestaandePlaatsen) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Referentiejaren", description = "De jaren waarvoor gemeenten zijn ingelezen, nieuwste eerst.")
    public List<ReferentiejaarDto> jaren() {
        return referentiedata.jaren().stream().map(r -> new ReferentiejaarDto(((Number) r[0]).intValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    // Operators keep the reference data; the minister may too, since every distribution rests on it.
    @PUT
    @Path("/{jaar}/gemeenten")
    @RolesAllowed({ Rollen.MINISTER, Rollen.BEHEERDER })
    @Consumes({ CSV, "text/csv;charset=UTF-8" })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gemeenten van een referentiejaar inlezen (CSV)", description = """
            Vervangt alle gemeenten van het referentiejaar door die uit het bestand, in één keer: een bestand met een \
            fout wordt geheel afgekeurd (400, met elk probleem als regel[N].kolom) en verandert niets. Kolommen \
            (kopregel, komma of puntkomma als scheidingsteken, UTF-8): gemeentecode, gemeentenaam, provinciecode, \
            aantalInwoners, peildatumInwoners (JJJJ-MM-DD) en optioneel sesWoaScore (punt als decimaalteken, in een \
            bestand met puntkomma's ook een komma; tussen -1 en 1), sesWoaJaargang, bestaandeDuurzamePlaatsen, \
            peildatumBestaandePlaatsen. Een bestand dat geen UTF-8 is (zoals Excels 'CSV (puntkomma gescheiden)', \
            Windows-1252) wordt geweigerd met het regelnummer; scheidingstekens voor duizendtallen ook. Een \
            gemeentenaam mag niet beginnen met =, +, -, @, tab of regeleinde (een spreadsheet leest dat als formule).""")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), example = """
            gemeentecode,gemeentenaam,provinciecode,aantalInwoners,peildatumInwoners,sesWoaScore,sesWoaJaargang
            GM0363,Amsterdam,PV27,931298,2024-01-01,0.061,2022
            """))
    public ImportResultaatDto vervang(@PathParam("jaar") @Min(2000) @Max(2100) int jaar, byte[] csv) {
        Referentiedata.ImportResultaat r = referentiedata.vervang(jaar, CsvInvoer.alsUtf8(csv), "CSV-bestand via de API",
                aanvrager.naam());
        return new ImportResultaatDto(r.referentiejaar(), r.aantalGemeenten(), r.totaalInwoners(), r.aantalZonderSesWoa(),
                r.aantalMetBestaandePlaatsen());
    }

    @Schema(name = "CbsImportResultaat", description = "Wat een bijwerking uit CBS StatLine heeft gedaan.", example = """
            {"referentiejaar":2024,"veld":"SES_WOA_SCORE","bijgewerkt":342}""")
    public record CbsResultaatDto(int referentiejaar, Referentiedata.CbsVeld veld, int bijgewerkt) {
    }

    @PATCH
    @Path("/{jaar}/gemeenten")
    @RolesAllowed({ Rollen.MINISTER, Rollen.BEHEERDER })
    @Consumes({ CSV, "text/csv;charset=UTF-8" })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inwoners of SES-WOA bijwerken uit een CBS StatLine-export", description = """
            Leest één meting per gemeente uit een CSV-export van CBS open data (kolommen RegioS, Perioden en de \
            meting, puntkomma als scheidingsteken), bijvoorbeeld kolom GemiddeldeScore_29 van tabel 86092NED \
            (SES-WOA) of BevolkingAanHetBeginVanDePeriode_1 van 03759ned. Alles of niets: elke gemeente van het \
            referentiejaar moet een waarde krijgen en het bestand mag geen onbekende gemeenten noemen.""")
    public CbsResultaatDto werkBijUitCbs(@PathParam("jaar") @Min(2000) @Max(2100) int jaar,
            @Parameter(description = "Welk gegeven", required = true) @QueryParam("veld") @NotNull Referentiedata.CbsVeld veld,
            @Parameter(description = "Naam van de CBS-kolom", example = "GemiddeldeScore_29", required = true)
            @QueryParam("kolom") @NotBlank String kolom,
            @Parameter(description = "CBS-periode als het bestand er meer bevat", example = "2022JJ00") @QueryParam("periode") String periode,
            @Parameter(description = "Peildatum (inwoners) of 1 januari van de jaargang (SES-WOA)", example = "2022-01-01",
                    required = true) @QueryParam("geldigVoor") @NotNull LocalDate geldigVoor,
            byte[] csv) {
        Referentiedata.CbsResultaat r = referentiedata.werkBijUitCbs(jaar, veld, CsvInvoer.alsUtf8(csv), kolom, periode,
                geldigVoor, aanvrager.naam());
        return new CbsResultaatDto(r.referentiejaar(), r.veld(), r.bijgewerkt());
    }

    @Schema(name = "ReferentiedataWijziging", description = "Eén wijziging van de referentiedata van een jaar.")
    public record WijzigingDto(@Schema(example = "INLEZING") ReferentiedataWijziging.Soort soort,
            @Schema(example = "CBS StatLine, kolom GemiddeldeScore_29, periode 2022JJ00, geldig voor 2022-01-01") String bron,
            @Schema(example = "342") int aantalGemeenten,
            @Schema(example = "beheer@spreiding.example") String door,
            @Schema(example = "2024-01-15T09:30:00Z") Instant op) {
    }

    @GET
    @Path("/{jaar}/wijzigingen")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wijzigingen van de referentiedata", description = "Wie de gemeenten, inwonertallen of "
            + "SES-WOA-scores van dit jaar inlas of bijwerkte, wanneer en uit welke bron; nieuwste eerst.")
    public Pagina<WijzigingDto> wijzigingen(@PathParam("jaar") @Min(2000) @Max(2100) int jaar,
            @BeanParam @Valid Paginering paginering) {
        return Pagina.van(ReferentiedataWijziging.<ReferentiedataWijziging>find("referentiejaar",
                Sort.by("op", Sort.Direction.Descending).and("id", Sort.Direction.Descending), jaar), paginering,
                w -> new WijzigingDto(w.soort, w.bron, w.aantalGemeenten, w.door, w.op));
    }

    @GET
    @Path("/{jaar}/gemeenten")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gemeenten van een referentiejaar", description = "Op CBS-code gesorteerd; te filteren op "
            + "provincie en (een deel van) de naam. Met Accept: text/csv komt de hele selectie als CSV in de importindeling.")
    @Parameter(name = CsvDialect.PARAMETER, in = ParameterIn.QUERY, description = CsvDialect.BESCHRIJVING,
            schema = @Schema(type = SchemaType.STRING, enumeration = { CsvDialect.NAAM_RFC4180, CsvDialect.NAAM_SPREADSHEET_NL },
                    defaultValue = CsvDialect.NAAM_RFC4180))
    public Pagina<GemeenteRegel> gemeenten(@PathParam("jaar") @Min(2000) @Max(2100) int jaar,
            @Parameter(description = "CBS-code van de provincie", example = "PV27") @QueryParam("provinciecode")
            @Pattern(regexp = "PV\\d{2}", message = "moet een CBS-provinciecode zijn, zoals PV27") String provinciecode,
            @Parameter(description = "Deel van de naam, hoofdletterongevoelig", example = "dam") @QueryParam("naam") String naam,
            @BeanParam @Valid Paginering paginering) {
        return Pagina.van(selectie(jaar, provinciecode, naam), paginering);
    }

    @GET
    @Path("/{jaar}/gemeenten")
    @Produces(CSV)
    @APIResponse(responseCode = "200", description = "Met Accept: text/csv de hele selectie als CSV",
            headers = @Header(name = "Content-Disposition", description = "Alleen bij CSV: attachment met een bestandsnaam",
                    schema = @Schema(type = SchemaType.STRING, example = "attachment; filename=\"gemeenten-2024.csv\"")),
            content = { @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, example = """
                            gemeentecode,gemeentenaam,provinciecode,aantalInwoners,peildatumInwoners,sesWoaScore,sesWoaJaargang,\
                            bestaandeDuurzamePlaatsen,peildatumBestaandePlaatsen\r
                            GM0363,Amsterdam,PV27,931298,2024-01-01,0.061,2022,,\r
                            """)) })
    public Response gemeentenAlsCsv(@PathParam("jaar") @Min(2000) @Max(2100) int jaar,
            @QueryParam("provinciecode") @Pattern(regexp = "PV\\d{2}", message = "moet een CBS-provinciecode zijn, zoals PV27") String provinciecode,
            @QueryParam("naam") String naam,
            @QueryParam(CsvDialect.PARAMETER) @Pattern(regexp = CsvDialect.PATROON, message = CsvDialect.MELDING) String dialect) {
        return CsvAntwoord.bijlage(GemeentenCsv.schrijf(selectie(jaar, provinciecode, naam), CsvDialect.van(dialect)),
                "gemeenten-" + jaar + (provinciecode == null ? "" : "-" + provinciecode) + ".csv");
    }

    @GET
    @Path("/{jaar}/gemeenten/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Eén gemeente in een referentiejaar")
    public GemeenteRegel gemeente(@PathParam("jaar") @Min(2000) @Max(2100) int jaar,
            @PathParam("code") @Pattern(regexp = "GM\\d{4}", message = "moet een CBS-gemeentecode zijn, zoals GM0363") String code) {
        return GemeenteRegel.van(referentiedata.gemeente(jaar, code));
    }

    private List<GemeenteRegel> selectie(int jaar, String provinciecode, String naam) {
        String zoek = naam == null ? null : naam.toLowerCase(Locale.ROOT);
        return referentiedata.gemeenten(jaar).stream()
                .filter(g -> provinciecode == null || provinciecode.equals(g.provinciecode))
                .filter(g -> zoek == null || g.naam.toLowerCase(Locale.ROOT).contains(zoek))
                .map(GemeenteRegel::van).toList();
    }
}
