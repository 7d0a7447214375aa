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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.allocation.http.ETagged;
import nl.spreiding.allocation.invoer.Invoergrenzen;
import nl.spreiding.allocation.invoer.RedelijkeDatum;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.Problem;
import jakarta.ws.rs.core.Response;
import nl.spreiding.platform.csv.CsvAntwoord;
import nl.spreiding.platform.csv.CsvDialect;
import nl.spreiding.platform.csv.CsvInvoer;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.platform.security.Rollen;

@Path("/api/v1/referentiejaren")
@Tag(name = "Referentiedata", description = "Provincies en gemeenten met hun CBS-codes, inwoners en SES-WOA per referentiejaar")
public class ReferentiejaarResource {

    static final String CSV = "text/csv";
    private static final String JAAR = "Referentiejaar: het jaar van de gemeentelijke indeling en de cijfers";

    private final Referentiedata referentiedata;
    private final Aanvrager aanvrager;
    private final ImportMetrics imports;

    public ReferentiejaarResource(Referentiedata referentiedata, Aanvrager aanvrager, ImportMetrics imports) {
        this.referentiedata = referentiedata;
        this.aanvrager = aanvrager;
        this.imports = imports;
    }

    @Schema(name = "Referentiejaar", description = "Een referentiejaar met gemeenten.", example = """
            {"referentiejaar":2024,"aantalGemeenten":342,"totaalInwoners":17942942,"aantalZonderSesWoa":0}""")
    public record ReferentiejaarDto(
            @Schema(description = "Het referentiejaar", example = "2024") int referentiejaar,
            @Schema(description = "Aantal gemeenten in dit jaar", example = "342") long aantalGemeenten,
            @Schema(description = "Som van de inwoners van alle gemeenten", example = "17942942") long totaalInwoners,
            @Schema(description = "Aantal gemeenten zonder SES-WOA-score (de Spreidingswet-sleutel rekent pas als dit 0 is)",
                    example = "0") long aantalZonderSesWoa) {
    }

    @Schema(name = "ImportResultaat", description = "Wat een import heeft ingelezen.", example = """
            {"referentiejaar":2024,"aantalGemeenten":342,"totaalInwoners":17942942,"aantalZonderSesWoa":0,
             "aantalMetBestaandePlaatsen":12}""")
    public record ImportResultaatDto(
            @Schema(description = "Het ingelezen referentiejaar", example = "2024") int referentiejaar,
            @Schema(description = "Aantal ingelezen gemeenten", example = "342") int aantalGemeenten,
            @Schema(description = "Som van de inwoners van de ingelezen gemeenten", example = "17942942") long totaalInwoners,
            @Schema(description = "Aantal gemeenten zonder SES-WOA-score", example = "0") int aantalZonderSesWoa,
            @Schema(description = "Aantal gemeenten met gemelde bestaande duurzame opvangplaatsen", example = "12")
            int aantalMetBestaandePlaatsen) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "zoekReferentiejaren", summary = "Referentiejaren", description = "De jaren waarvoor "
            + "gemeenten zijn ingelezen, nieuwste eerst, per pagina.")
    @APIResponse(responseCode = "200", description = "Een pagina referentiejaren")
    public Pagina<ReferentiejaarDto> jaren(@BeanParam @Valid Paginering paginering) {
        return Pagina.van(referentiedata.jaren().stream().map(r -> new ReferentiejaarDto(((Number) r[0]).intValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList(), paginering);
    }

    // Operators keep the reference data; the minister may too, since every distribution rests on it.
    @PUT
    @Path("/{jaar}/gemeenten")
    @RolesAllowed({ Rollen.MINISTER, Rollen.BEHEERDER })
    @Consumes({ CSV, "text/csv;charset=UTF-8" })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "vervangGemeenten", summary = "Gemeenten van een referentiejaar inlezen (CSV)", description = """
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
    @APIResponse(responseCode = "200", description = "Ingelezen")
    @APIResponse(responseCode = "400", description = "Het bestand is afgekeurd; invalidParams noemt elk probleem als "
            + "regel[N].kolom en er is niets gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bestand-afgekeurd",
                            value = """
                                    {"type":"urn:nld:spreiding:probleem:ongeldige-invoer","title":"Ongeldige invoer",
                                     "status":400,"detail":"Het bestand is afgekeurd: 2 problemen; er is niets gewijzigd.",
                                     "instance":"/api/v1/referentiejaren/2024/gemeenten",
                                     "invalidParams":[{"name":"regel[3].aantalInwoners","reason":"moet 1 tot en met 100000000 zijn, is 0"},
                                      {"name":"regel[4].gemeentenaam","reason":"is langer dan 100 tekens"}]}""")))
    public ImportResultaatDto vervang(@Parameter(description = JAAR + " (het voorbeeld is een jaar zonder gegevens: 2024 "
            + "vervangen door één gemeente zou de meegeleverde gegevens wegnemen)", example = "2025")
            @PathParam("jaar") @Min(2000) @Max(2100) int jaar, byte[] csv) {
        Referentiedata.ImportResultaat r = imports.counted(ImportMetrics.Source.CSV, () -> referentiedata.vervang(jaar,
                CsvInvoer.alsUtf8(csv), "CSV-bestand via de API", aanvrager.naam()));
        return new ImportResultaatDto(r.referentiejaar(), r.aantalGemeenten(), r.totaalInwoners(), r.aantalZonderSesWoa(),
                r.aantalMetBestaandePlaatsen());
    }

    @Schema(name = "CbsImportResultaat", description = "Wat een bijwerking uit CBS heeft gedaan en wat ze heeft gelezen.",
            example = """
            {"referentiejaar":2024,"veld":"SES_WOA_SCORE","bijgewerkt":342,"kolom":"GemiddeldeScore_29",
             "indeling":"ODATA_JSON","tabel":"86092NED","verslagjaar":2022,"status":"DEFINITIEF",
             "bestandsdatum":"2024-06-25"}""")
    public record CbsResultaatDto(
            @Schema(description = "Het bijgewerkte referentiejaar", example = "2024") int referentiejaar,
            @Schema(description = "Welk gegeven is bijgewerkt: AANTAL_INWONERS of SES_WOA_SCORE", example = "SES_WOA_SCORE")
            Referentiedata.CbsVeld veld,
            @Schema(description = "Aantal bijgewerkte gemeenten", example = "342") int bijgewerkt,
            @Schema(description = "De gelezen kolom, zoals het bestand haar noemt", example = "GemiddeldeScore_29") String kolom,
            @Schema(description = "Herkende indeling: ODATA_JSON (TypedDataSet als JSON), ODATA_CSV (TypedDataSet als "
                    + "CSV) of STATLINE_SYMBOLEN (StatLine 'CSV met statistische symbolen')", example = "ODATA_JSON")
            CbsTabel.Indeling indeling,
            @Schema(nullable = true, description = "CBS-tabel, uit het bestand of de parameter tabel; leeg als geen van "
                    + "beide haar noemt", example = "86092NED") String tabel,
            @Schema(description = "Het gelezen verslagjaar", example = "2022") int verslagjaar,
            @Schema(nullable = true, description = "VOORLOPIG of DEFINITIEF, uit het bestand (StatLine: 2022*) of de "
                    + "parameter status; leeg als geen van beide het zegt", example = "DEFINITIEF") String status,
            @Schema(nullable = true, description = "Datum van het bestand (parameter bestandsdatum); leeg als niet opgegeven",
                    example = "2024-06-25") LocalDate bestandsdatum) {
    }

    @PATCH
    @Path("/{jaar}/gemeenten")
    @RolesAllowed({ Rollen.MINISTER, Rollen.BEHEERDER })
    @Consumes({ CSV, "text/csv;charset=UTF-8", MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "werkGemeentenBijUitCbs", summary = "Inwoners of SES-WOA bijwerken uit een CBS-export",
            description = """
            Leest één meting per gemeente uit een export van CBS open data zoals CBS haar levert, bijvoorbeeld de             SES-WOA-tabellen 86092NED, 85900NED, 85539NED en 85163NED (kolom GemiddeldeScore_29, 'SES-WOA             Totaalscore, Gemiddelde score') of 03759ned (BevolkingAanHetBeginVanDePeriode_1). De indeling wordt aan             de inhoud herkend: (1) de OData TypedDataSet als JSON, {"odata.metadata":…,"value":[…]}, zoals             https://opendata.cbs.nl/ODataApi/odata/86092NED/TypedDataSet?$filter=startswith(WijkenEnBuurten,'GM')             haar geeft; (2) dezelfde TypedDataSet als CSV (ID, WijkenEnBuurten of RegioS, Perioden, de metingen;             puntkomma's, aanhalingstekens); (3) StatLine's 'CSV met statistische symbolen' met Nederlandse kolomnamen             ("Wijken en buurten";"Perioden";…; de regio's met hun code), '.' voor een geheimgehouden waarde en 2022*             voor een voorlopig jaar. Regels van Nederland, landsdelen, provincies, wijken (WK) en buurten (BU) worden             overgeslagen, opgevulde codes ("GM0014  ") bijgesneden. Het verslagjaar is de parameter verslagjaar (of             periode); zonder parameter moet het bestand precies één verslagjaar hebben. Alles of niets: elke gemeente             van het referentiejaar moet een waarde krijgen, het bestand mag geen onbekende gemeenten noemen, en een             afgekeurd bestand noemt elk probleem (elke ontbrekende gemeente, elke '.' of lege waarde als             regel[N].kolom of value[N].kolom) en verandert niets. Een aantal inwoners is een geheel getal van 1 tot en             met 100.000.000, een SES-WOA-score ligt tussen -1 en 1 met ten hoogste 3 decimalen. De wijzigingslog             (GET …/wijzigingen) legt tabel, verslagjaar, voorlopig of definitief en de datum van het bestand vast:             de tabel uit odata.metadata of de parameter tabel, de status uit het bestand (StatLine) of de parameter             status (OData zegt het niet in de gegevens), de datum uit de parameter bestandsdatum (de TypedDataSet             draagt geen datum; neem 'Gewijzigd op' van de tabel, of Modified uit haar TableInfos).""")
    @RequestBody(description = "Een CBS-export in een van de drie indelingen", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT), example = """
                    {"odata.metadata":"https://opendata.cbs.nl/ODataApi/OData/86092NED/$metadata#Cbs.OData.WebAPI.TypedDataSet",
                     "value":[{"ID":0,"WijkenEnBuurten":"NL00      ","Perioden":"2022JJ00","GemiddeldeScore_29":0.0},
                      {"ID":1,"WijkenEnBuurten":"GM0363    ","Perioden":"2022JJ00","GemiddeldeScore_29":0.061}]}"""),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = {
                    @ExampleObject(name = "odata-csv", summary = "TypedDataSet als CSV", value = """
                            "ID";"WijkenEnBuurten";"Perioden";"GemiddeldeScore_29"
                            "1";"GM0363    ";"2022JJ00";"0.061"
                            """),
                    @ExampleObject(name = "statline-symbolen", summary = "StatLine 'CSV met statistische symbolen'", value = """
                            "Sociaal-economische status; scores per wijk en buurt, regio-indeling 2024"
                            "Wijken en buurten";"Perioden";"Particuliere huishoudens (Aantal)";"SES-WOA/Totaalscore/Gemiddelde score (Getal)"
                            "GM0363 Amsterdam";"2022*";"466.600";"0,061"
                            "Bron: CBS"
                            """) }) })
    @APIResponse(responseCode = "200", description = "Bijgewerkt")
    @APIResponse(responseCode = "400", description = "Het bestand is afgekeurd; invalidParams noemt elk probleem en er is "
            + "niets gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "gemeente-ontbreekt",
                            value = """
                                    {"type":"urn:nld:spreiding:probleem:ongeldige-invoer","title":"Ongeldige invoer",
                                     "status":400,"detail":"Het bestand is afgekeurd: 2 problemen; er is niets gewijzigd.",
                                     "instance":"/api/v1/referentiejaren/2024/gemeenten",
                                     "invalidParams":[{"name":"regel[7].GemiddeldeScore_29","reason":"GM0014 heeft geen waarde (CBS: '.')"},
                                      {"name":"gemeenten[GM0034]","reason":"Almere ontbreekt in het bestand (verslagjaar 2022)"}]}""")))
    @APIResponse(responseCode = "404", description = "Het referentiejaar heeft geen gemeenten", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                    name = "jaar-zonder-gemeenten", value = """
                            {"type":"about:blank","title":"Not Found","status":404,"detail":"Referentiejaar 2030 heeft geen \
                            gemeenten; lees eerst de gemeentelijst in.","instance":"/api/v1/referentiejaren/2030/gemeenten"}""")))
    public CbsResultaatDto werkBijUitCbs(@Parameter(description = JAAR, example = "2024")
            @PathParam("jaar") @Min(2000) @Max(2100) int jaar,
            @Parameter(description = "Welk gegeven de export bevat: het aantal inwoners of de SES-WOA-score",
                    example = "SES_WOA_SCORE", required = true)
            @QueryParam("veld") @NotNull Referentiedata.CbsVeld veld,
            @Parameter(description = "De CBS-kolom met de meting: haar sleutel (OData) of haar Nederlandse naam (StatLine); "
                    + "zonder: GemiddeldeScore_29 bij SES_WOA_SCORE, BevolkingAanHetBeginVanDePeriode_1 bij "
                    + "AANTAL_INWONERS (in een StatLine-bestand: de kolom 'Gemiddelde score' van de totaalscore, of "
                    + "'Bevolking aan het begin van de periode')", example = "GemiddeldeScore_29")
            @QueryParam("kolom") @Size(min = 1, max = Invoergrenzen.MAX_CBS_KOLOM)
            @Pattern(regexp = "[\\p{L}0-9_ ()/'.,-]*", message = "moet een CBS-kolomnaam zijn, zoals GemiddeldeScore_29") String kolom,
            @Parameter(description = "Het verslagjaar; nodig als het bestand er meer dan één bevat", example = "2022")
            @QueryParam("verslagjaar") @Min(2000) @Max(2100) Integer verslagjaar,
            @Parameter(description = "Het verslagjaar als CBS-periode (ouder alternatief voor verslagjaar)", example = "2022JJ00")
            @QueryParam("periode") @Size(max = Invoergrenzen.MAX_CBS_PERIODE)
            @Pattern(regexp = "\\d{4}JJ00", message = "moet een CBS-periode van een jaar zijn, zoals 2022JJ00") String periode,
            @Parameter(description = "Peildatum (inwoners) of 1 januari van de jaargang (SES-WOA); zonder: 1 januari van "
                    + "het verslagjaar", example = "2022-01-01") @QueryParam("geldigVoor") @RedelijkeDatum LocalDate geldigVoor,
            @Parameter(description = "VOORLOPIG of DEFINITIEF, voor een bestand dat het niet zegt (OData); een StatLine-"
                    + "bestand zegt het zelf (2022*) en een andere waarde hier keurt het af", example = "DEFINITIEF")
            @QueryParam("status") CbsStatus status,
            @Parameter(description = "CBS-tabel, voor een bestand dat haar niet noemt (CSV); JSON noemt haar in "
                    + "odata.metadata en een andere waarde hier keurt het af", example = "86092NED")
            @QueryParam("tabel") @Pattern(regexp = "\\d{5}[A-Za-z]{3}", message = "moet een CBS-tabelnummer zijn, zoals 86092NED")
            String tabel,
            @Parameter(description = "Datum van het bestand: 'Gewijzigd op' van de CBS-tabel (OData TableInfos.Modified)",
                    example = "2024-06-25") @QueryParam("bestandsdatum") @RedelijkeDatum LocalDate bestandsdatum,
            byte[] bestand) {
        Referentiedata.CbsVerzoek verzoek = new Referentiedata.CbsVerzoek(veld, kolom, CbsPeriode.verslagjaar(verslagjaar,
                periode), geldigVoor, status, tabel, bestandsdatum);
        Referentiedata.CbsResultaat r = imports.counted(ImportMetrics.Source.CBS, () -> referentiedata.werkBijUitCbs(jaar,
                CsvInvoer.alsUtf8(bestand), verzoek, aanvrager.naam()));
        return new CbsResultaatDto(r.referentiejaar(), r.veld(), r.bijgewerkt(), r.kolom(), r.indeling(), r.tabel(),
                r.verslagjaar(), naam(r.status()), r.bestandsdatum());
    }

    @Schema(name = "ReferentiedataWijziging", description = "Eén wijziging van de referentiedata van een jaar.")
    public record WijzigingDto(
            @Schema(description = "Soort wijziging: INLEZING (de hele gemeentelijst), CBS_AANTAL_INWONERS of "
                    + "CBS_SES_WOA_SCORE (één gegeven uit een CBS-export)", example = "INLEZING") ReferentiedataWijziging.Soort soort,
            @Schema(description = "Wat is ingelezen: een CSV-bestand, het meegeleverde bestand of een CBS-kolom en periode",
                    example = "CBS 86092NED, OData TypedDataSet (JSON), kolom GemiddeldeScore_29, verslagjaar 2022 "
                            + "(definitief), bestand van 2024-06-25, geldig voor 2022-01-01") String bron,
            @Schema(description = "Aantal gemeenten dat de wijziging raakte", example = "342") int aantalGemeenten,
            @Schema(description = "Wie de wijziging deed (upn uit het token)", example = "beheer@spreiding.example") String door,
            @Schema(description = "Moment van de wijziging", example = "2024-01-15T09:30:00Z") Instant op,
            @Schema(nullable = true, description = "Bij een bijwerking uit CBS: de tabel, als bestand of aanroeper haar "
                    + "noemde", example = "86092NED") String cbsTabel,
            @Schema(nullable = true, description = "Bij een bijwerking uit CBS: het gelezen verslagjaar", example = "2022")
            Integer verslagjaar,
            @Schema(nullable = true, description = "Bij een bijwerking uit CBS: VOORLOPIG of DEFINITIEF, als bestand of "
                    + "aanroeper het zei", example = "DEFINITIEF") String status,
            @Schema(nullable = true, description = "Bij een bijwerking uit CBS: de datum van het bestand, als opgegeven",
                    example = "2024-06-25") LocalDate bestandsdatum) {
    }

    @GET
    @Path("/{jaar}/wijzigingen")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "zoekReferentiedataWijzigingen", summary = "Wijzigingen van de referentiedata", description =
            "Wie de gemeenten, inwonertallen of SES-WOA-scores van dit jaar inlas of bijwerkte, wanneer en uit welke bron; "
                    + "nieuwste eerst.")
    @APIResponse(responseCode = "200", description = "Een pagina wijzigingen")
    public Pagina<WijzigingDto> wijzigingen(@Parameter(description = JAAR, example = "2024")
            @PathParam("jaar") @Min(2000) @Max(2100) int jaar,
            @BeanParam @Valid Paginering paginering) {
        return Pagina.van(ReferentiedataWijziging.vanJaar(jaar), paginering,
                w -> new WijzigingDto(w.soort, w.bron, w.aantalGemeenten, w.door, w.op, w.cbsTabel, w.verslagjaar,
                        naam(w.cbsStatus), w.bestandsdatum));
    }

    /** The documented form of {@code Pagina<GemeenteRegel>}, which this operation's two media types cannot infer. */
    @Schema(name = "PaginaGemeenteRegel", description = "Eén pagina gemeenten van een referentiejaar.")
    record GemeentenPagina(
            @Schema(description = "De gemeenten op deze pagina") List<GemeenteRegel> resultaten,
            @Schema(description = "Nummer van deze pagina, vanaf 1", example = "1") int pagina,
            @Schema(description = "Maximaal aantal resultaten per pagina", example = "50") int paginaGrootte,
            @Schema(description = "Totaal aantal resultaten over alle pagina's", example = "342") long totaal,
            @Schema(description = "Aantal pagina's", example = "7") long aantalPaginas) {
    }

    @GET
    @Path("/{jaar}/gemeenten")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "zoekGemeenten", summary = "Gemeenten van een referentiejaar", description = "Op CBS-code "
            + "gesorteerd; te filteren op provincie en (een deel van) de naam. Met Accept: text/csv komt de hele selectie "
            + "(zonder paginering) als CSV in de importindeling.")
    @APIResponse(responseCode = "200", description = "Een pagina gemeenten, of met Accept: text/csv de hele selectie",
            headers = @Header(name = "Content-Disposition", description = "Alleen bij CSV: attachment met een bestandsnaam",
                    schema = @Schema(type = SchemaType.STRING, example = "attachment; filename=\"gemeenten-2024.csv\"")),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GemeentenPagina.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), example = """
                            gemeentecode,gemeentenaam,provinciecode,aantalInwoners,peildatumInwoners,sesWoaScore,sesWoaJaargang,\
                            bestaandeDuurzamePlaatsen,peildatumBestaandePlaatsen\r
                            GM0363,Amsterdam,PV27,931298,2024-01-01,0.061,2022,,\r
                            """) })
    @Parameter(name = CsvDialect.PARAMETER, in = ParameterIn.QUERY, description = CsvDialect.BESCHRIJVING,
            schema = @Schema(type = SchemaType.STRING, enumeration = { CsvDialect.NAAM_RFC4180, CsvDialect.NAAM_SPREADSHEET_NL },
                    defaultValue = CsvDialect.NAAM_RFC4180))
    public Pagina<GemeenteRegel> gemeenten(@Parameter(description = JAAR, example = "2024")
            @PathParam("jaar") @Min(2000) @Max(2100) int jaar,
            @Parameter(description = "CBS-code van de provincie", example = "PV27") @QueryParam("provinciecode")
            @Pattern(regexp = "PV\\d{2}", message = "moet een CBS-provinciecode zijn, zoals PV27") String provinciecode,
            @Parameter(description = "Deel van de naam, hoofdletterongevoelig", example = "dam") @QueryParam("naam") String naam,
            @BeanParam @Valid Paginering paginering) {
        return Pagina.van(selectie(jaar, provinciecode, naam), paginering);
    }

    @GET
    @Path("/{jaar}/gemeenten")
    @Produces(CSV)
    @Operation(hidden = true) // documented with the JSON operation of the same path (zoekGemeenten)
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
    @Operation(operationId = "haalGemeenteOp", summary = "Eén gemeente in een referentiejaar")
    @ETagged
    @APIResponse(responseCode = "200", description = "De gemeente met haar cijfers",
            headers = @Header(name = HttpHeaders.ETAG, description = ETagged.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = ETagged.NIET_GEWIJZIGD,
            headers = @Header(name = HttpHeaders.ETAG, description = ETagged.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public GemeenteRegel gemeente(@Parameter(description = JAAR, example = "2024") @PathParam("jaar") @Min(2000) @Max(2100) int jaar,
            @Parameter(description = "CBS-code van de gemeente", example = "GM0363") @PathParam("code") @Pattern(regexp = "GM\\d{4}", message = "moet een CBS-gemeentecode zijn, zoals GM0363") String code) {
        return GemeenteRegel.van(referentiedata.gemeente(jaar, code));
    }

    private List<GemeenteRegel> selectie(int jaar, String provinciecode, String naam) {
        String zoek = naam == null ? null : naam.toLowerCase(Locale.ROOT);
        return referentiedata.gemeenten(jaar).stream()
                .filter(g -> provinciecode == null || provinciecode.equals(g.provinciecode))
                .filter(g -> zoek == null || g.naam.toLowerCase(Locale.ROOT).contains(zoek))
                .map(GemeenteRegel::van).toList();
    }

    /** A status as the documents write it; a nullable enum would not match its own schema's values. */
    private static String naam(CbsStatus status) {
        return status == null ? null : status.name();
    }
}
