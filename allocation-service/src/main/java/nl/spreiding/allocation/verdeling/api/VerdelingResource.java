package nl.spreiding.allocation.verdeling.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreiding.allocation.invoer.Invoergrenzen;
import nl.spreiding.allocation.invoer.RedelijkeDatum;
import nl.spreiding.allocation.verdeling.GemeenteOpgave;
import nl.spreiding.allocation.verdeling.GepubliceerdeTabel;
import nl.spreiding.allocation.verdeling.Uitleg;
import nl.spreiding.allocation.verdeling.Verdeling;
import nl.spreiding.allocation.verdeling.VerdelingVergelijking;
import nl.spreiding.allocation.verdeling.api.VerdelingDtos.GemeenteTaak;
import nl.spreiding.allocation.verdeling.api.VerdelingDtos.SimulatieDto;
import nl.spreiding.allocation.verdeling.api.VerdelingDtos.UitlegDto;
import nl.spreiding.allocation.verdeling.api.VerdelingDtos.VergelijkingDto;
import nl.spreiding.allocation.verdeling.api.VerdelingDtos.VerdelingDto;
import nl.spreiding.allocation.verdeling.opslag.Doelgroep;
import nl.spreiding.allocation.verdeling.opslag.VastgesteldeVerdeling;
import nl.spreiding.allocation.verdeling.opslag.VerdelingBron;
import nl.spreiding.allocation.verdeling.opslag.Verdelingen;
import nl.spreiding.platform.api.Pagina;
import nl.spreiding.platform.api.Paginering;
import nl.spreiding.platform.api.Problem;
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

    private static final String VERDELING_ID = "Id van een vastgestelde verdeling (zie GET /verdelingen)";
    private static final String ETAG = "Sterke entity tag van deze representatie; stuur hem terug in If-None-Match";
    private static final String CACHE_CONTROL = "public, max-age=86400, immutable: een vastgestelde verdeling verandert nooit";
    private static final String VARY = "Accept: JSON en CSV delen dit adres";
    private static final String NIET_GEWIJZIGD = "Niet gewijzigd: If-None-Match noemt de huidige ETag (of *); geen inhoud";
    private static final String IF_NONE_MATCH = "ETag(s) die de client al heeft, gescheiden door komma's, of *";

    private final Verdelingen verdelingen;
    private final PublishedRepresentations weergaven;
    private final Aanvrager aanvrager;

    public VerdelingResource(Verdelingen verdelingen, PublishedRepresentations weergaven, Aanvrager aanvrager) {
        this.verdelingen = verdelingen;
        this.weergaven = weergaven;
        this.aanvrager = aanvrager;
    }

    @Schema(name = "NieuweVerdeling", description = "Vaststellen van een verdeling. Zonder totaal wordt voor ASIEL de "
            + "capaciteitsraming van de cyclus verdeeld; zonder sleutel geldt de standaardsleutel van de doelgroep. Een "
            + "tweede verdeling van dezelfde doelgroep in de cyclus is een herziening en vraagt een toelichting.",
            example = """
                    {"cyclus":"2026-2028","doelgroep":"ASIEL","sleutel":"INWONERS"}""")
    public record NieuweVerdeling(
            @NotNull @Pattern(regexp = CYCLUS, message = CYCLUS_MELDING)
            @Schema(description = "Code van een geopende cyclus", example = "2026-2028") String cyclus,
            @NotNull @Schema(description = "Doelgroep: ASIEL (de Spreidingswet), STATUSHOUDERS of OEKRAINE", example = "ASIEL")
            Doelgroep doelgroep,
            @Size(max = Invoergrenzen.MAX_SLEUTELCODE)
            @Schema(description = "Code van de verdeelsleutel (zie GET /verdeelsleutels); standaard die van de doelgroep",
                    example = "INWONERS") String sleutel,
            @Min(0) @Max(1_000_000) @Schema(description = "Te verdelen aantal plaatsen; standaard de capaciteitsraming (ASIEL)",
                    example = "96000") Integer totaal,
            @Min(0) @Max(1_000_000) @Schema(description = "Waarvan voor alleenstaande minderjarige vreemdelingen (amv), in "
                    + "plaatsen; standaard dat van de capaciteitsraming", example = "8140") Integer amvTotaal,
            @Size(max = 2000) @Pattern(regexp = "[^\\x00]*", message = "bevat het teken NUL (U+0000)")
            @Schema(description = "Waarom deze versie (verplicht bij een herziening), ten hoogste 2000 tekens",
                    example = "Nieuwe SES-WOA-cijfers")
            String toelichting) {
    }

    @Schema(name = "Aanpassing", description = "Andere invoer voor één gemeente in een wat-als-berekening.", example = """
            {"gemeentecode":"GM0363","aantalInwoners":950000,"sesWoaScore":0.05,"bestaandeDuurzamePlaatsen":500}""")
    public record AanpassingDto(
            @NotNull @Pattern(regexp = GEMEENTE, message = GEMEENTE_MELDING)
            @Schema(description = "CBS-code van de gemeente", example = "GM0363") String gemeentecode,
            @Min(1) @Max(Invoergrenzen.MAX_INWONERS)
            @Schema(description = "Ander aantal inwoners (1 tot en met 100.000.000); leeg: dat van de referentiedata",
                    example = "950000") Long aantalInwoners,
            @jakarta.validation.constraints.DecimalMin(value = "-1", inclusive = false)
            @jakarta.validation.constraints.DecimalMax(value = "1", inclusive = false)
            @Schema(description = "Andere SES-WOA-score (tussen -1 en 1); leeg: die van de referentiedata", example = "0.05")
            BigDecimal sesWoaScore,
            @Min(0) @Max(Invoergrenzen.MAX_PLAATSEN)
            @Schema(description = "Ander aantal bestaande duurzame opvangplaatsen; leeg: dat van de referentiedata",
                    example = "500") Integer bestaandeDuurzamePlaatsen) {
    }

    @Schema(name = "SimulatieOpdracht", description = "Een wat-als-berekening: wordt niet gepubliceerd. Noem een cyclus of "
            + "een referentiejaar.", example = """
            {"referentiejaar":2024,"doelgroep":"ASIEL","sleutel":"INWONERS","totaal":96000,"amvTotaal":8140,
             "aanpassingen":[{"gemeentecode":"GM0363","bestaandeDuurzamePlaatsen":500}]}""")
    public record SimulatieOpdracht(
            @Pattern(regexp = CYCLUS, message = CYCLUS_MELDING)
            @Schema(description = "Code van een geopende cyclus; levert het referentiejaar en (ASIEL) de capaciteitsraming",
                    example = "2026-2028") String cyclus,
            @Min(2000) @Max(2100) @Schema(description = "Referentiejaar; standaard dat van de cyclus", example = "2024")
            Integer referentiejaar,
            @Schema(description = "Doelgroep: ASIEL (standaard), STATUSHOUDERS of OEKRAINE", example = "ASIEL") Doelgroep doelgroep,
            @Size(max = Invoergrenzen.MAX_SLEUTELCODE)
            @Schema(description = "Code van de verdeelsleutel; standaard die van de doelgroep", example = "INWONERS") String sleutel,
            @Min(0) @Max(1_000_000) @Schema(description = "Te verdelen aantal plaatsen; standaard de capaciteitsraming (ASIEL)",
                    example = "96000") Integer totaal,
            @Min(0) @Max(1_000_000) @Schema(description = "Waarvan voor alleenstaande minderjarige vreemdelingen (amv), in "
                    + "plaatsen", example = "8140") Integer amvTotaal,
            @Size(max = 1000) @Schema(description = "Andere invoer per gemeente, ten hoogste 1000")
            List<@Valid @NotNull AanpassingDto> aanpassingen,
            @Schema(description = "Id van een vastgestelde verdeling om mee te vergelijken; leeg: geen vergelijking")
            UUID vergelijkMet) {
    }

    @Schema(name = "PaginaGemeenteTaak", description = "Eén pagina van de opgaven per gemeente.")
    record GemeentetakenPagina(
            @Schema(description = "De opgaven op deze pagina") List<GemeenteTaak> resultaten,
            @Schema(description = "Nummer van deze pagina, vanaf 1", example = "1") int pagina,
            @Schema(description = "Maximaal aantal resultaten per pagina", example = "50") int paginaGrootte,
            @Schema(description = "Totaal aantal resultaten over alle pagina's", example = "342") long totaal,
            @Schema(description = "Aantal pagina's", example = "7") long aantalPaginas) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rollen.MINISTER)
    @Operation(operationId = "stelVerdelingVast", summary = "Een verdeling vaststellen", description = "Berekent de opgave "
            + "van elke gemeente en provincie en publiceert nl.spreiding.verdeling.vastgesteld (eerste versie) of "
            + "nl.spreiding.verdeling.herzien (nieuwe versie).")
    @APIResponse(responseCode = "201", description = "Vastgesteld", headers = @Header(name = "Location",
            description = "Adres van de vastgestelde verdeling", schema = @Schema(type = SchemaType.STRING,
                    example = "/api/v1/verdelingen/6f1c2a9e-3f0a-4c5e-9b1d-2a7e8c9d0f11")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdelingDto.class)))
    @APIResponse(responseCode = "404", description = "De cyclus bestaat niet", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                    name = "cyclus-onbekend", value = """
                            {"type":"about:blank","title":"Not Found","status":404,"detail":"Cyclus 2030-2032 bestaat niet.",
                             "instance":"/api/v1/verdelingen"}""")))
    @APIResponse(responseCode = "422", description = "De referentiedata volstaan niet voor deze sleutel (bijvoorbeeld "
            + "een ontbrekende SES-WOA-score); invalidParams noemt elke gemeente", content = @Content(
                    mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                            name = "ses-woa-ontbreekt", value = """
                                    {"type":"urn:nld:spreiding:probleem:onvoldoende-invoer",
                                     "title":"Onvoldoende invoer voor deze verdeelsleutel","status":422,
                                     "detail":"SPREIDINGSWET_SES_WOA versie 1 kan niet rekenen: 342 problemen in de invoer, elk genoemd in invalidParams.",
                                     "instance":"/api/v1/verdelingen",
                                     "invalidParams":[{"name":"gemeenten[GM0363].sesWoaScore","reason":"ontbreekt"}]}""")))
    public Response stelVast(@Valid @NotNull NieuweVerdeling nieuw) {
        VastgesteldeVerdeling kop = verdelingen.stelVast(new Verdelingen.Opdracht(nieuw.cyclus(), nieuw.doelgroep(),
                nieuw.sleutel(), nieuw.totaal(), nieuw.amvTotaal()), nieuw.toelichting(), aanvrager.naam());
        return Response.created(URI.create("/api/v1/verdelingen/" + kop.id))
                .entity(VerdelingDto.van(kop, verdelingen.verdeling(kop))).build();
    }

    @POST
    @Path("/gepubliceerde-tabellen")
    @Consumes({ CSV, "text/csv;charset=UTF-8" })
    @RolesAllowed(Rollen.MINISTER)
    @Operation(operationId = "neemGepubliceerdeTabelOver", summary = "Een gepubliceerde tabel vaststellen als verdeling",
            description = """
            Neemt de door de minister gepubliceerde indicatieve verdeling (cyclus 1: Stcrt. 2024, 3320) over als de \
            verdeling van de cyclus, in plaats van haar te berekenen. Het bestand (UTF-8, puntkomma als scheidingsteken, \
            een byte order mark mag) heeft de kopregel gemeentecode;opgave;amv en een regel per gemeente. Het wordt \
            gecontroleerd tegen het referentiejaar van de cyclus: elke gemeente precies één keer, geen onbekende code, \
            gehele getallen van 0 tot en met 1.000.000 zonder scheidingstekens, amv niet groter dan de opgave. Een \
            bestand met een fout wordt geheel afgekeurd (400, elk probleem als regel[N].kolom of gemeenten[GM....]) \
            en stelt niets vast. Daarna wordt de tabel bewaard, gepubliceerd en als gebeurtenis verstuurd precies als \
            een berekende verdeling (nl.spreiding.verdeling.vastgesteld of .herzien, sleutel GEPUBLICEERDE_TABEL, met \
            de bron), zodat opgaven, plannen en besluiten met deze getallen werken. De som van de tabel blijft zoals \
            gepubliceerd (96.002 in cyclus 1 is geen fout); totaal en amvTotaal zijn bij ASIEL die van de \
            capaciteitsraming, anders de sommen van de tabel. Inwoners en bestaande duurzame plaatsen komen uit de \
            referentiedata. Een tweede verdeling van dezelfde doelgroep in de cyclus is een herziening en vraagt een \
            toelichting.""")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), example = """
            gemeentecode;opgave;amv
            GM0363;5064;429
            GM0599;3593;305
            """))
    @APIResponse(responseCode = "201", description = "Vastgesteld", headers = @Header(name = "Location",
            description = "Adres van de vastgestelde verdeling", schema = @Schema(type = SchemaType.STRING,
                    example = "/api/v1/verdelingen/6f1c2a9e-3f0a-4c5e-9b1d-2a7e8c9d0f11")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdelingDto.class)))
    @APIResponse(responseCode = "400", description = "De tabel is afgekeurd; invalidParams noemt elk probleem (ten hoogste "
            + "100, detail noemt het aantal) en er is niets vastgesteld", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "tabel-afgekeurd",
                            value = """
                                    {"type":"urn:nld:spreiding:probleem:ongeldige-invoer","title":"Ongeldige invoer",
                                     "status":400,"detail":"De tabel is afgekeurd: 2 problemen, elk genoemd in invalidParams; er is niets vastgesteld.",
                                     "instance":"/api/v1/verdelingen/gepubliceerde-tabellen",
                                     "invalidParams":[{"name":"regel[3].amv","reason":"mag niet groter zijn dan de opgave (90 > 80)"},
                                      {"name":"gemeenten[GM0599]","reason":"ontbreekt in de tabel; elke gemeente van het referentiejaar moet er precies één keer in staan"}]}""")))
    @APIResponse(responseCode = "404", description = "De cyclus bestaat niet", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                    name = "cyclus-onbekend", value = """
                            {"type":"about:blank","title":"Not Found","status":404,"detail":"Cyclus 2030-2032 bestaat niet.",
                             "instance":"/api/v1/verdelingen/gepubliceerde-tabellen"}""")))
    @APIResponse(responseCode = "422", description = "Het referentiejaar van de cyclus heeft geen gemeenten", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
                    name = "geen-referentiedata", value = """
                            {"type":"urn:nld:spreiding:probleem:onvoldoende-invoer","title":"Geen referentiedata",
                             "status":422,"detail":"Referentiejaar 2030 heeft geen gemeenten; lees ze eerst in.",
                             "instance":"/api/v1/verdelingen/gepubliceerde-tabellen"}""")))
    public Response neemTabelOver(
            @Parameter(description = "Code van een geopende cyclus", example = "2024-2026", required = true)
            @QueryParam("cyclus") @NotNull @Pattern(regexp = CYCLUS, message = CYCLUS_MELDING) String cyclus,
            @Parameter(description = "Doelgroep: ASIEL (standaard, de Spreidingswet), STATUSHOUDERS of OEKRAINE", example = "ASIEL")
            @QueryParam("doelgroep") Doelgroep doelgroep,
            @Parameter(description = "De publicatie, zoals Staatscourant-jaargang en -nummer", example = "Stcrt. 2024, 3320",
                    required = true) @QueryParam("publicatie") @NotBlank @Size(max = 200)
            @Pattern(regexp = "[^\\x00-\\x1F]*", message = "bevat een stuurteken") String publicatie,
            @Parameter(description = "Datum van de publicatie (JJJJ-MM-DD)", example = "2024-01-31", required = true)
            @QueryParam("publicatiedatum") @NotNull @RedelijkeDatum LocalDate publicatiedatum,
            @Parameter(description = "Adres (http of https) van de publicatie", required = true,
                    example = "https://zoek.officielebekendmakingen.nl/stcrt-2024-3320.html")
            @QueryParam("url") @NotNull @Size(max = 2000)
            @Pattern(regexp = "https?://[^\\s\\x00-\\x1F]+", message = "moet een http- of https-adres zijn") String url,
            @Parameter(description = "Waarom deze versie (verplicht bij een herziening), ten hoogste 2000 tekens",
                    example = "De gepubliceerde tabel is bindend") @QueryParam("toelichting") @Size(max = 2000)
            @Pattern(regexp = "[^\\x00]*", message = "bevat het teken NUL (U+0000)") String toelichting,
            byte[] csv) {
        VastgesteldeVerdeling kop = verdelingen.neemTabelOver(new Verdelingen.Tabelopdracht(cyclus,
                Objects.requireNonNullElse(doelgroep, Doelgroep.ASIEL), new GepubliceerdeTabel.Bron(publicatie.strip(),
                        publicatiedatum, url), GepubliceerdeTabelCsv.lees(csv), GepubliceerdeTabelCsv.sha256(csv)),
                toelichting, aanvrager.naam());
        return Response.created(URI.create("/api/v1/verdelingen/" + kop.id))
                .entity(VerdelingDto.van(kop, verdelingen.verdeling(kop), verdelingen.bron(kop.id).orElse(null))).build();
    }

    @GET
    @Operation(operationId = "zoekVerdelingen", summary = "Vastgestelde verdelingen", description = "Alle versies, te "
            + "filteren op cyclus en doelgroep (zonder provincies; die staan bij de verdeling zelf).")
    @APIResponse(responseCode = "200", description = "Een pagina verdelingen")
    public Pagina<VerdelingDto> lijst(
            @Parameter(description = "Alleen verdelingen van deze cyclus", example = "2026-2028")
            @QueryParam("cyclus") @Pattern(regexp = CYCLUS, message = CYCLUS_MELDING) String cyclus,
            @Parameter(description = "Alleen verdelingen voor deze doelgroep", example = "ASIEL")
            @QueryParam("doelgroep") Doelgroep doelgroep, @BeanParam @Valid Paginering paginering) {
        return Pagina.van(verdelingen.lijst(cyclus, doelgroep).stream()
                .map(k -> VerdelingDto.van(k, null, verdelingen.bron(k.id).orElse(null))).toList(), paginering);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "haalVerdelingOp", summary = "Eén verdeling met de provinciale opgaven", description = "Een "
            + "vastgestelde verdeling verandert nooit: het antwoord mag een dag bewaard worden; met If-None-Match volgt 304.")
    @APIResponse(responseCode = "200", description = "De verdeling", headers = {
            @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerdelingDto.class)))
    @APIResponse(responseCode = "304", description = NIET_GEWIJZIGD, headers = {
            @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING)) })
    public Response lees(@Parameter(description = VERDELING_ID) @PathParam("id") UUID id,
            @Parameter(description = IF_NONE_MATCH) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return weergaven.json(id, "verdeling", null, () -> {
            VastgesteldeVerdeling kop = verdelingen.kop(id);
            return VerdelingDto.van(kop, verdelingen.verdeling(kop), verdelingen.bron(kop.id).orElse(null));
        }).answer(ifNoneMatch);
    }

    @GET
    @Path("/{id}/gemeenten")
    @Operation(operationId = "zoekGemeenteopgaven", summary = "De opgave per gemeente", description = "Met elke tussenstap; "
            + "te filteren op provincie. Met Accept: text/csv de hele selectie (zonder paginering) als CSV. Een vastgestelde "
            + "verdeling verandert nooit: het antwoord mag een dag bewaard worden; met If-None-Match volgt 304.")
    @APIResponse(responseCode = "200", description = "Een pagina opgaven, of met Accept: text/csv de hele selectie", headers = {
            @Header(name = HttpHeaders.ETAG, description = ETAG + " (verschilt tussen JSON en CSV)",
                    schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = VARY, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Content-Disposition", description = "Alleen bij CSV: attachment met een bestandsnaam",
                    schema = @Schema(type = SchemaType.STRING, example = "attachment; filename=\"verdeling-2024-2026-asiel-v1.csv\"")) },
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GemeentetakenPagina.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), example = """
                            gemeentecode,naam,provinciecode,aantalInwoners,sesWoaScore,aandeel,onafgerondeOpgave,opgave,amv,\
                            bestaandeDuurzamePlaatsen,resterendeOpgave,plaatsenPerDuizendInwoners\r
                            GM0363,Amsterdam,PV27,931298,,0.051903,4982.702869,4983,423,0,4983,5.35\r
                            """) })
    @APIResponse(responseCode = "304", description = NIET_GEWIJZIGD, headers = {
            @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = VARY, schema = @Schema(type = SchemaType.STRING)) })
    @Parameter(name = CsvDialect.PARAMETER, in = ParameterIn.QUERY, description = CsvDialect.BESCHRIJVING,
            schema = @Schema(type = SchemaType.STRING, enumeration = { CsvDialect.NAAM_RFC4180, CsvDialect.NAAM_SPREADSHEET_NL },
                    defaultValue = CsvDialect.NAAM_RFC4180))
    public Response gemeenten(@Parameter(description = VERDELING_ID) @PathParam("id") UUID id,
            @Parameter(description = "Alleen de gemeenten van deze provincie (CBS-code)", example = "PV27")
            @QueryParam("provinciecode")
            @Pattern(regexp = "PV\\d{2}", message = "moet een CBS-provinciecode zijn, zoals PV27") String provinciecode,
            @BeanParam @Valid Paginering paginering,
            @Parameter(description = IF_NONE_MATCH) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String representatie = "gemeenten provinciecode=" + Objects.toString(provinciecode, "") + " pagina="
                + paginering.pagina() + " paginaGrootte=" + paginering.paginaGrootte();
        return weergaven.json(id, representatie, PublishedRepresentations.VARY_ACCEPT,
                () -> Pagina.van(gemeentenVan(id, provinciecode), paginering)).answer(ifNoneMatch);
    }

    @GET
    @Path("/{id}/gemeenten")
    @Produces(CSV)
    @Operation(hidden = true)
    public Response gemeentenAlsCsv(@PathParam("id") UUID id, @QueryParam("provinciecode")
            @Pattern(regexp = "PV\\d{2}", message = "moet een CBS-provinciecode zijn, zoals PV27") String provinciecode,
            @QueryParam(CsvDialect.PARAMETER) @Pattern(regexp = CsvDialect.PATROON, message = CsvDialect.MELDING) String dialect,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CsvDialect gekozen = CsvDialect.van(dialect);
        VastgesteldeVerdeling kop = verdelingen.kop(id);
        String bestandsnaam = "verdeling-" + kop.cyclus + "-" + kop.doelgroep.name().toLowerCase(Locale.ROOT) + "-v"
                + kop.versie + (provinciecode == null ? "" : "-" + provinciecode) + ".csv";
        return weergaven.csv(id, "gemeenten provinciecode=" + Objects.toString(provinciecode, "") + " dialect=" + gekozen,
                () -> GemeenteTakenCsv.schrijf(gemeentenVan(id, provinciecode), gekozen), bestandsnaam).answer(ifNoneMatch);
    }

    @GET
    @Path("/{id}/gemeenten/{gemeentecode}/uitleg")
    @Operation(operationId = "haalUitlegOp", summary = "Uitleg bij de opgave van een gemeente", description = "Invoer, "
            + "gewicht, exact aandeel, onafgeronde waarde, afronding, AMV-deel, bestaande plaatsen, resterende opgave, sleutel "
            + "en rechtsgrond. Bij een overgenomen gepubliceerde tabel: de publicatie waaruit de getallen komen (geen "
            + "formule) en de som zoals gepubliceerd. Verandert nooit: het antwoord mag een dag bewaard worden; met "
            + "If-None-Match volgt 304.")
    @APIResponse(responseCode = "200", description = "De uitleg", headers = {
            @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UitlegDto.class)))
    @APIResponse(responseCode = "304", description = NIET_GEWIJZIGD, headers = {
            @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING)) })
    public Response uitleg(@Parameter(description = VERDELING_ID) @PathParam("id") UUID id,
            @Parameter(description = "CBS-code van de gemeente", example = "GM0363")
            @PathParam("gemeentecode") @Pattern(regexp = GEMEENTE, message = GEMEENTE_MELDING) String gemeentecode,
            @Parameter(description = IF_NONE_MATCH) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return weergaven.json(id, "uitleg " + gemeentecode, null, () -> {
            Verdeling verdeling = verdelingen.verdeling(verdelingen.kop(id));
            GemeenteOpgave opgave = verdeling.gemeente(gemeentecode).orElseThrow(() -> ProblemException.notFound(
                    "Gemeente " + gemeentecode + " komt niet voor in verdeling " + id + "."));
            // An adopted table explains where its numbers come from (the publication), not a formula.
            VerdelingBron bron = verdelingen.bron(id).orElse(null);
            Uitleg uitleg = bron == null ? verdeling.uitleg(gemeentecode).orElseThrow()
                    : GepubliceerdeTabel.uitleg(verdeling, opgave, bron.bron());
            return UitlegDto.van(uitleg, opgave, bron);
        }).answer(ifNoneMatch);
    }

    @GET
    @Path("/{id}/verschillen")
    @Operation(operationId = "vergelijkVerdelingen", summary = "Vergelijking met een andere verdeling (aansluiting)",
            description = """
            Twee verdelingen in één antwoord, bijvoorbeeld een berekende en een overgenomen gepubliceerde tabel, of twee \
            sleutels. A is de andere verdeling (met ?met=, standaard de vorige versie) en de referentie, B deze. Per \
            gemeente: opgave in A en B, het verschil B − A, plaatsen per 1.000 inwoners en de impliciete correctiefactor \
            van elke kant: (opgave / som van de opgaven) / (inwoners / som van de inwoners) binnen die verdeling, exact \
            berekend en weergegeven met 6 decimalen, half naar boven (de som van de opgaven, niet het nominale totaal, \
            zodat een tabel die optelt tot 96.002 gelezen wordt zoals zij is). Per provincie de sommen. Een samenvatting: \
            exacte overeenkomsten, de gemiddelde absolute procentuele afwijking (gemiddelde van |B − A| / A × 100 over de \
            gemeenten met A > 0, exact, 4 decimalen half naar boven) en de 10 grootste verschillen. Met Accept: text/csv \
            dezelfde getallen als één tabel: een regel per gemeente, per provincie en één voor Nederland.""")
    @APIResponse(responseCode = "200", description = "De vergelijking, of met Accept: text/csv als CSV", headers = @Header(
            name = "Content-Disposition", description = "Alleen bij CSV: attachment met een bestandsnaam", schema = @Schema(
                    type = SchemaType.STRING, example = "attachment; filename=\"verschillen-2024-2026-asiel-v1.csv\"")),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VergelijkingDto.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), example = """
                            niveau,code,naam,provinciecode,opgaveA,opgaveB,verschil,plaatsenPerDuizendInwonersA,\
                            plaatsenPerDuizendInwonersB,correctiefactorA,correctiefactorB,exacteOvereenkomsten,\
                            gemiddeldeAbsoluteProcentueleAfwijking\r
                            GEMEENTE,GM0377,Bloemendaal,PV27,128,169,41,5.35,7.06,1.000012,1.319930,,\r
                            PROVINCIE,PV27,,,16100,17020,920,5.42,5.73,,,,\r
                            NEDERLAND,NL,,,96000,96002,2,,,,,12,14.2031\r
                            """) })
    @APIResponse(responseCode = "404", description = "Een van beide verdelingen bestaat niet, of deze is de eerste versie "
            + "en ?met= ontbreekt", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "eerste-versie", value = """
                            {"type":"about:blank","title":"Not Found","status":404,
                             "detail":"Verdeling 6f1c2a9e-3f0a-4c5e-9b1d-2a7e8c9d0f11 is de eerste versie; noem met ?met= een andere verdeling.",
                             "instance":"/api/v1/verdelingen/6f1c2a9e-3f0a-4c5e-9b1d-2a7e8c9d0f11/verschillen"}""")))
    @Parameter(name = CsvDialect.PARAMETER, in = ParameterIn.QUERY, description = CsvDialect.BESCHRIJVING,
            schema = @Schema(type = SchemaType.STRING, enumeration = { CsvDialect.NAAM_RFC4180, CsvDialect.NAAM_SPREADSHEET_NL },
                    defaultValue = CsvDialect.NAAM_RFC4180))
    public VergelijkingDto verschillen(@Parameter(description = VERDELING_ID) @PathParam("id") UUID id,
            @Parameter(description = "Id van de verdeling om mee te vergelijken; standaard de vorige versie") @QueryParam("met") UUID met) {
        return vergelijking(id, met);
    }

    @GET
    @Path("/{id}/verschillen")
    @Produces(CSV)
    @Operation(hidden = true)
    public Response verschillenAlsCsv(@PathParam("id") UUID id, @QueryParam("met") UUID met,
            @QueryParam(CsvDialect.PARAMETER) @Pattern(regexp = CsvDialect.PATROON, message = CsvDialect.MELDING) String dialect) {
        VastgesteldeVerdeling kop = verdelingen.kop(id);
        String bestandsnaam = "verschillen-" + kop.cyclus + "-" + kop.doelgroep.name().toLowerCase(Locale.ROOT) + "-v"
                + kop.versie + ".csv";
        return CsvAntwoord.bijlage(VergelijkingCsv.schrijf(vergelijking(id, met), CsvDialect.van(dialect)), bestandsnaam);
    }

    private VergelijkingDto vergelijking(UUID id, UUID met) {
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
    @Operation(operationId = "simuleerVerdeling", summary = "Wat-als: een verdeling berekenen zonder te publiceren",
            description = "Voor een ander totaal, een andere sleutel, een ander referentiejaar of aangepaste invoer per "
                    + "gemeente; desgewenst vergeleken met een gepubliceerde verdeling. Er verandert niets.")
    @APIResponse(responseCode = "200", description = "Berekend",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimulatieDto.class)))
    @APIResponse(responseCode = "404", description = "De genoemde cyclus of de verdeling van vergelijkMet bestaat niet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "vergelijking-onbekend", value = """
                            {"type":"about:blank","title":"Not Found","status":404,
                             "detail":"Verdeling 00000000-0000-0000-0000-000000000000 bestaat niet.",
                             "instance":"/api/v1/verdelingen/simulaties"}""")))
    @APIResponse(responseCode = "422", description = "De invoer volstaat niet voor deze sleutel (bijvoorbeeld een "
            + "referentiejaar zonder gemeenten)", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "geen-referentiedata",
                            value = """
                                    {"type":"urn:nld:spreiding:probleem:onvoldoende-invoer","title":"Geen referentiedata",
                                     "status":422,"detail":"Referentiejaar 2030 heeft geen gemeenten; lees ze eerst in.",
                                     "instance":"/api/v1/verdelingen/simulaties"}""")))
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
