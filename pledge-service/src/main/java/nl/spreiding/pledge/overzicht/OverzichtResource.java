package nl.spreiding.pledge.overzicht;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.pledge.api.CsvVoorkeur;
import nl.spreiding.platform.csv.CsvDialect;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.api.Voorbeelden;
import nl.spreiding.pledge.overzicht.OverzichtDtos.ProvincieOverzicht;

@Path("/api/v1/provincies/{provinciecode}/overzicht")
@Tag(name = "Overzicht", description = "Het integrale overzicht per provincie: opgave, toegezegd en gerealiseerd per doelgroep")
public class OverzichtResource {

    public static final String CSV = CsvVoorkeur.CSV;

    private final Overzichten overzichten;

    public OverzichtResource(Overzichten overzichten) {
        this.overzichten = overzichten;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(operationId = "haalOverzichtVanProvincieOp", summary = "Integraal overzicht van een provincie", description = "Per gemeente en voor de provincie, per "
            + "doelgroep: opgave, uitruil, toegezegd, gerealiseerd, tekort of overschot, plaatsen per 1.000 inwoners, verrekend, "
            + "kansrijk en niet meegeteld. "
            + "Als JSON, of met Accept: text/csv als CSV (één regel per gebied en doelgroep, de provincie eerst).")
    @APIResponse(responseCode = "200", description = "Het overzicht", headers = @Header(name = "Content-Disposition",
            description = "Alleen bij CSV: attachment met een bestandsnaam", schema = @Schema(type = SchemaType.STRING,
                    example = "attachment; filename=\"overzicht-PV27-2024-2026.csv\"")), content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvincieOverzicht.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, example = "niveau,code,naam,aantalInwoners,"
                    + "doelgroep,opgave,amvOpgave,bestaandePlaatsen,resterendeOpgave,uitruil,opgaveNaUitruil,toegezegd,"
                    + "amvToegezegd,gerealiseerd,saldo,tekort,overschot,plaatsenPer1000Inwoners,verrekend,kansrijk,nietMeegeteld\r\n"
                    + "PROVINCIE,PV27,Noord-Holland,2971000,ASIEL,17020,1443,0,17020,0,17020,16000,1200,900,-1020,1020,0,5.39,0,0,0\r\n"
                    + "GEMEENTE,GM0363,Amsterdam,931298,ASIEL,5090,432,0,5090,0,5090,5200,440,300,110,0,110,5.58,0,0,0")) })
    @APIResponse(responseCode = "404", description = "De provincie heeft geen gepubliceerde opgave in de cyclus",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "geen-opgave", value = """
                            {"type":"about:blank","title":"Niet gevonden","status":404,
                             "detail":"Provincie PV27 heeft geen gepubliceerde opgave in cyclus 2030-2032.",
                             "instance":"/api/v1/provincies/PV27/overzicht"}""")))
    public Response overzicht(
            @Parameter(description = "CBS-code van de provincie", example = "PV27") @PathParam("provinciecode")
            @Pattern(regexp = Codes.PROVINCIE, message = Codes.PROVINCIE_MELDING) String provinciecode,
            @Parameter(description = "Cyclus van het overzicht (JJJJ-JJJJ)", example = Voorbeelden.CYCLUS, required = true)
            @QueryParam("cyclus") @NotNull
            @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) String cyclus,
            @Parameter(description = CsvDialect.BESCHRIJVING, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { CsvDialect.NAAM_RFC4180, CsvDialect.NAAM_SPREADSHEET_NL }, defaultValue = CsvDialect.NAAM_RFC4180))
            @QueryParam(CsvDialect.PARAMETER) @Pattern(regexp = CsvDialect.PATROON, message = CsvDialect.MELDING) String dialect,
            @Context HttpHeaders headers) {
        ProvincieOverzicht overzicht = overzichten.provincie(cyclus, provinciecode);
        return CsvVoorkeur.jsonOfCsv(headers, overzicht, () -> Overzichten.csv(overzicht, CsvDialect.van(dialect)),
                "overzicht-" + provinciecode + "-" + cyclus + ".csv");
    }
}
