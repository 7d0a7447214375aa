package nl.spreiding.pledge.pagina;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreiding.platform.csv.CsvAntwoord;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.pagina.Weergaven.Gemeente;
import nl.spreiding.pledge.pagina.Weergaven.Keuze;
import nl.spreiding.pledge.pagina.Weergaven.Landelijk;
import nl.spreiding.pledge.pagina.Weergaven.Regietafel;

/**
 * The web pages for people (issue 17): national map, the regietafel of a province, one municipality. Published data,
 * so no login, as the API's reads. HTML for browsers, not part of the API contract: hidden from the OpenAPI document
 * (the numbers on them come from the documented {@code /api/v1/provincies/{code}/overzicht}).
 */
@Path("/pagina")
@Produces(MediaType.TEXT_HTML)
public class PaginaResource {

    static final String DOELGROEP = "ASIEL|STATUSHOUDERS|OEKRAINE";
    static final String DOELGROEP_MELDING = "moet ASIEL, STATUSHOUDERS of OEKRAINE zijn";
    static final String MAAT = "toegezegd|gerealiseerd";
    static final String MAAT_MELDING = "moet toegezegd of gerealiseerd zijn";
    static final String DATUM = "\\d{4}-\\d{2}-\\d{2}";
    static final String DATUM_MELDING = "moet een datum zijn als JJJJ-MM-DD";

    @CheckedTemplate(basePath = "pagina")
    static class Templates {
        static native TemplateInstance landelijk(Landelijk w);

        static native TemplateInstance provincie(Regietafel w);

        static native TemplateInstance gemeente(Gemeente w);
    }

    private final Paginas paginas;

    public PaginaResource(Paginas paginas) {
        this.paginas = paginas;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance landelijk(
            @QueryParam("cyclus") @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @QueryParam("doelgroep") @Pattern(regexp = DOELGROEP, message = DOELGROEP_MELDING) String doelgroep,
            @QueryParam("maat") @Pattern(regexp = MAAT, message = MAAT_MELDING) String maat,
            @QueryParam("peildatum") @Pattern(regexp = DATUM, message = DATUM_MELDING) String peildatum) {
        return Templates.landelijk(paginas.landelijk(paginas.keuze(cyclus, doelgroep, maat, peildatum)));
    }

    @GET
    @Path("/provincies/{provinciecode}")
    @Operation(hidden = true)
    public TemplateInstance provincie(
            @PathParam("provinciecode") @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @QueryParam("cyclus") @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @QueryParam("doelgroep") @Pattern(regexp = DOELGROEP, message = DOELGROEP_MELDING) String doelgroep,
            @QueryParam("maat") @Pattern(regexp = MAAT, message = MAAT_MELDING) String maat,
            @QueryParam("sorteer") @Pattern(regexp = Paginas.SORTEER_PATROON, message = "moet naam, opgave, toegezegd, "
                    + "gerealiseerd, saldo of dekking zijn") String sorteer,
            @QueryParam("richting") @Pattern(regexp = "op|af", message = "moet op of af zijn") String richting,
            @QueryParam("zoek") @Size(max = 100, message = "mag hoogstens 100 tekens lang zijn") String zoek,
            @QueryParam("alleenTekort") @Pattern(regexp = "ja", message = "moet ja zijn, of ontbreken") String alleenTekort,
            @QueryParam("peildatum") @Pattern(regexp = DATUM, message = DATUM_MELDING) String peildatum) {
        Keuze keuze = paginas.keuze(cyclus, doelgroep, maat, peildatum);
        return Templates.provincie(paginas.regietafel(keuze, provinciecode, sorteer, richting, zoek, alleenTekort != null));
    }

    @GET
    @Path("/provincies/{provinciecode}/regietafel.csv")
    @Produces(CsvAntwoord.MEDIATYPE)
    @Operation(hidden = true)
    public Response provincieCsv(
            @PathParam("provinciecode") @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @QueryParam("cyclus") @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @QueryParam("doelgroep") @Pattern(regexp = DOELGROEP, message = DOELGROEP_MELDING) String doelgroep,
            @QueryParam("peildatum") @Pattern(regexp = DATUM, message = DATUM_MELDING) String peildatum) {
        Keuze keuze = paginas.keuze(cyclus, doelgroep, null, peildatum);
        return CsvAntwoord.bijlage(paginas.regietafelCsv(keuze, provinciecode), "regietafel-" + provinciecode + "-"
                + keuze.cyclus() + "-" + keuze.doelgroep().name().toLowerCase() + (keuze.verleden() ? "-" + keuze.peildatum()
                : "") + ".csv");
    }

    @GET
    @Path("/gemeenten/{gemeentecode}")
    @Operation(hidden = true)
    public TemplateInstance gemeente(
            @PathParam("gemeentecode") @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) String gemeentecode,
            @QueryParam("cyclus") @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @QueryParam("doelgroep") @Pattern(regexp = DOELGROEP, message = DOELGROEP_MELDING) String doelgroep,
            @QueryParam("maat") @Pattern(regexp = MAAT, message = MAAT_MELDING) String maat,
            @QueryParam("peildatum") @Pattern(regexp = DATUM, message = DATUM_MELDING) String peildatum) {
        return Templates.gemeente(paginas.gemeente(paginas.keuze(cyclus, doelgroep, maat, peildatum), gemeentecode));
    }
}
