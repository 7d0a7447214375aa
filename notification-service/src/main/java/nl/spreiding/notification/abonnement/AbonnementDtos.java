package nl.spreiding.notification.abonnement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON shapes of subscriptions, deliveries and the delivery log. */
public final class AbonnementDtos {

    private AbonnementDtos() {
    }

    /**
     * The checks of sizes, which run before any other: a list beyond its maximum is refused with one reason, before
     * its elements are checked one by one (which would answer a million invalid elements with a million reasons).
     */
    public interface Omvang {
    }

    @Schema(name = "AbonnementAanvraag", description = "Een nieuw abonnement op notificaties (webhook).", example = """
            {"callbackUrl":"https://provincie.example.nl/spreiding/webhooks",
             "soorten":["nl.spreiding.provinciaal-plan.ingediend","nl.spreiding.termijn.herinnering"],
             "organisaties":["PV27"],"omschrijving":"Regietafel Noord-Holland"}""")
    @GroupSequence({ Omvang.class, AbonnementAanvraag.class })
    public record AbonnementAanvraag(
            @Schema(description = "URL die elke notificatie als POST ontvangt (https; geen loopback-, privé- of "
                    + "link-local-adres)", example = "https://provincie.example.nl/spreiding/webhooks", maxLength = 2000)
            @NotBlank(message = "is verplicht")
            @Size(max = 2000, message = "mag hoogstens 2000 tekens lang zijn", groups = Omvang.class) String callbackUrl,
            @Schema(description = "CloudEvents-types die het abonnement wil ontvangen (zie docs/gebeurtenissen.md); leeg "
                    + "of weggelaten: alle", example = "[\"nl.spreiding.provinciaal-plan.ingediend\"]", maxItems = 100)
            @Size(max = 100, message = "hoogstens 100 soorten", groups = Omvang.class) List<
                    @NotNull(message = "is verplicht")
                    @Pattern(regexp = "[a-z0-9]+(\\.[a-z0-9-]+)+", message = "moet een CloudEvents-type zijn, zoals nl.spreiding.cyclus.geopend")
                    @Size(max = 200, message = "hoogstens 200 tekens", groups = Omvang.class) String> soorten,
            @Schema(description = "CBS-codes van provincies en gemeenten waarover het abonnement notificaties wil; leeg of "
                    + "weggelaten: alle", example = "[\"PV27\",\"GM0363\"]", maxItems = 400)
            @Size(max = 400, message = "hoogstens 400 organisaties", groups = Omvang.class) List<
                    @NotNull(message = "is verplicht") @Pattern(regexp = "PV\\d{2}|GM\\d{4}", message = "moet een CBS-code zijn, zoals PV27 of GM0363") String> organisaties,
            @Schema(description = "Vrije omschrijving, voor wie de abonnementen beheert (zonder stuurtekens)",
                    example = "Regietafel Noord-Holland", maxLength = 500, nullable = true)
            @Size(max = 500, message = "mag hoogstens 500 tekens lang zijn", groups = Omvang.class)
            @Pattern(regexp = "[^\\p{Cc}]*", message = "mag geen stuurtekens (zoals regeleinden) bevatten") String omschrijving,
            @Schema(description = "Eigen ondertekeningsgeheim (Standard Webhooks: whsec_ + base64 van 24 tot 64 willekeurige "
                    + "bytes). Een ontvanger die elke handtekening controleert, zet dit geheim eerst in zijn configuratie: "
                    + "de testnotificatie bij het aanmaken is er al mee ondertekend. Weggelaten: de dienst maakt een geheim "
                    + "en geeft het in het antwoord terug.", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2uJ4iK8ctL8=",
                    minLength = 38, maxLength = 94, pattern = GEHEIM, writeOnly = true, nullable = true)
            @Pattern(regexp = GEHEIM, message = "moet whsec_ gevolgd door base64 zijn")
            @Size(min = 38, max = 94, message = "moet na whsec_ de base64 van 24 tot 64 bytes zijn", groups = Omvang.class) String geheim) {
    }

    /** The form of a Standard Webhooks secret: {@code whsec_} and base64 (the key length is checked on decoding). */
    static final String GEHEIM = "whsec_(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?";

    @Schema(name = "Abonnement", description = "Een abonnement op notificaties (webhook).", example = """
            {"id":"0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b","callbackUrl":"https://provincie.example.nl/spreiding/webhooks",
             "soorten":["nl.spreiding.provinciaal-plan.ingediend"],"organisaties":["PV27"],
             "omschrijving":"Regietafel Noord-Holland","eigenaar":"PV27","status":"ACTIEF","uitgeschakeldReden":null,
             "vorigGeheimGeldigTot":null,"aangemaaktOp":"2024-02-01T09:00:00Z"}""")
    public record AbonnementDto(
            @Schema(description = "Id van het abonnement", example = "0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b") UUID id,
            @Schema(description = "URL die elke notificatie als ondertekende POST ontvangt",
                    example = "https://provincie.example.nl/spreiding/webhooks") String callbackUrl,
            @Schema(description = "CloudEvents-types die het abonnement wil ontvangen; leeg: alle",
                    example = "[\"nl.spreiding.provinciaal-plan.ingediend\"]") List<String> soorten,
            @Schema(description = "CBS-codes van de provincies en gemeenten waarover het abonnement notificaties wil; "
                    + "leeg: alle", example = "[\"PV27\"]") List<String> organisaties,
            @Schema(description = "Vrije omschrijving die de aanmaker meegaf", example = "Regietafel Noord-Holland",
                    nullable = true) String omschrijving,
            @Schema(description = "De organisatie waarvan het abonnement is: die uit het token van wie het aanmaakte. "
                    + "Alleen zij (en een beheerder) beheert en ziet het. Leeg: aangemaakt door een beheerder.",
                    example = "PV27", nullable = true, readOnly = true) String eigenaar,
            @Schema(description = "ACTIEF, of UITGESCHAKELD: na 410 Gone, of automatisch als geen aflevering meer is "
                    + "geslaagd sinds een mislukte poging die langer geleden is dan spreiding.webhooks.disable-after "
                    + "(standaard 5 dagen) en een aflevering is uitgeput. Wachtende afleveringen blijven bewaard en gaan "
                    + "weer uit na POST /abonnementen/{id}/activeringen.", example = "ACTIEF",
                    enumeration = { "ACTIEF", "UITGESCHAKELD" }) String status,
            @Schema(description = "Waarom het abonnement is uitgeschakeld: de 410, of sinds wanneer geen aflevering is "
                    + "geslaagd en wat de laatste poging kreeg", example = "Automatisch uitgeschakeld: sinds "
                    + "2024-11-01T09:00:00Z is geen aflevering geslaagd, 5 dagen of langer "
                    + "(spreiding.webhooks.disable-after); de laatste poging op 2024-11-06T10:12:00Z kreeg HTTP 503.",
                    nullable = true) String uitgeschakeldReden,
            @Schema(description = "Tot wanneer het vorige geheim na een rotatie nog mee ondertekent",
                    example = "2024-02-02T09:00:00Z", nullable = true) Instant vorigGeheimGeldigTot,
            @Schema(description = "Wanneer het abonnement is aangemaakt (UTC)", example = "2024-02-01T09:00:00Z") Instant aangemaaktOp) {
    }

    @Schema(name = "AbonnementMetGeheim", description = "Het nieuwe abonnement met zijn ondertekeningsgeheim; het geheim "
            + "wordt alleen nu getoond.", example = """
            {"abonnement":{"id":"0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b",
             "callbackUrl":"https://provincie.example.nl/spreiding/webhooks","soorten":[],"organisaties":["PV27"],
             "omschrijving":null,"eigenaar":"PV27","status":"ACTIEF","uitgeschakeldReden":null,"vorigGeheimGeldigTot":null,
             "aangemaaktOp":"2024-02-01T09:00:00Z"},
             "geheim":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2uJ4iK8ctL8="}""")
    public record AbonnementMetGeheim(
            @Schema(description = "Het nieuwe abonnement") AbonnementDto abonnement,
            @Schema(description = "Standard Webhooks-geheim: het meegegeven geheim, of anders een nieuw (whsec_ + base64 van "
                    + "32 willekeurige bytes)",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2uJ4iK8ctL8=") String geheim) {
    }

    @Schema(name = "GeheimRotatie", description = "Een nieuw ondertekeningsgeheim; het vorige ondertekent nog mee tot "
            + "vorigGeheimGeldigTot (elke webhook draagt dan twee handtekeningen).", example = """
            {"geheim":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2uJ4iK8ctL8=","vorigGeheimGeldigTot":"2024-02-02T09:00:00Z"}""")
    public record GeheimRotatie(
            @Schema(description = "Het nieuwe geheim; alleen nu getoond", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2uJ4iK8ctL8=") String geheim,
            @Schema(description = "Tot wanneer het vorige geheim mee ondertekent", example = "2024-02-02T09:00:00Z") Instant vorigGeheimGeldigTot) {
    }

    @Schema(name = "Aflevering", description = "De aflevering van één notificatie aan één abonnement.", example = """
            {"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","webhookId":"msg_7c9e6679-7425-40de-944b-e07fc1f90ae7",
             "notificatieId":"3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","type":"nl.spreiding.provinciaal-plan.ingediend",
             "status":"UITGEPUT","pogingen":12,"volgendePogingOp":"2024-11-02T09:00:00Z","laatsteStatus":503,
             "laatsteFout":null,"afgeleverdOp":null,"aangemaaktOp":"2024-11-01T09:00:00Z"}""")
    public record AfleveringDto(
            @Schema(description = "Id van de aflevering", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID id,
            @Schema(description = "De webhook-id-header: dezelfde bij elke poging", example = "msg_7c9e6679-7425-40de-944b-e07fc1f90ae7") String webhookId,
            @Schema(description = "Id van de notificatie die wordt afgeleverd", example = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID notificatieId,
            @Schema(description = "CloudEvents-type van de notificatie", example = "nl.spreiding.provinciaal-plan.ingediend") String type,
            @Schema(description = "TE_VERZENDEN (wacht op een (volgende) poging), AFGELEVERD (de ontvanger antwoordde "
                    + "2xx) of UITGEPUT (na alle pogingen niet aangekomen)", example = "UITGEPUT",
                    enumeration = { "TE_VERZENDEN", "AFGELEVERD", "UITGEPUT" }) String status,
            @Schema(description = "Pogingen in de huidige ronde", example = "12") int pogingen,
            @Schema(description = "Wanneer de volgende poging is (bij TE_VERZENDEN; anders de laatst geplande, UTC)",
                    example = "2024-11-02T09:00:00Z") Instant volgendePogingOp,
            @Schema(description = "HTTP-status van de laatste poging", example = "503", nullable = true) Integer laatsteStatus,
            @Schema(description = "Fout van de laatste poging zonder HTTP-antwoord", example = "ConnectException: Connection refused",
                    nullable = true) String laatsteFout,
            @Schema(description = "Wanneer de ontvanger de notificatie met 2xx aannam (UTC)", example = "2024-11-01T09:00:01Z",
                    nullable = true) Instant afgeleverdOp,
            @Schema(description = "Wanneer de aflevering is aangemaakt (UTC)", example = "2024-11-01T09:00:00Z") Instant aangemaaktOp) {
    }

    @Schema(name = "Afleveringspoging", description = "Eén poging uit het afleveringslogboek.", example = """
            {"afleveringId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","poging":1,"tijdstip":"2024-11-01T09:00:00Z",
             "statuscode":500,"duurMs":42,"fout":null}""")
    public record PogingDto(
            @Schema(description = "Id van de aflevering waarvan dit een poging was", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID afleveringId,
            @Schema(description = "Nummer van de poging binnen de ronde", example = "1") int poging,
            @Schema(description = "Wanneer de poging begon (UTC)", example = "2024-11-01T09:00:00Z") Instant tijdstip,
            @Schema(description = "HTTP-status; leeg als er geen antwoord kwam", example = "500", nullable = true) Integer statuscode,
            @Schema(description = "Hoe lang de poging duurde, in milliseconden", example = "42") int duurMs,
            @Schema(description = "Fout zonder HTTP-antwoord", example = "HttpConnectTimeoutException: timed out",
                    nullable = true) String fout) {
    }

    @Schema(name = "AbonnementPagina", description = "Eén pagina abonnementen.", example = """
            {"resultaten":[{"id":"0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b","callbackUrl":"https://provincie.example.nl/spreiding/webhooks",
             "soorten":["nl.spreiding.provinciaal-plan.ingediend"],"organisaties":["PV27"],
             "omschrijving":"Regietafel Noord-Holland","eigenaar":"PV27","status":"ACTIEF","uitgeschakeldReden":null,
             "vorigGeheimGeldigTot":null,"aangemaaktOp":"2024-02-01T09:00:00Z"}],
             "pagina":1,"paginaGrootte":50,"totaal":1,"aantalPaginas":1}""")
    public record AbonnementPagina(
            @Schema(description = "De abonnementen op deze pagina, oudste eerst") List<AbonnementDto> resultaten,
            @Schema(description = "Nummer van deze pagina, vanaf 1", example = "1") int pagina,
            @Schema(description = "Maximaal aantal resultaten per pagina", example = "50") int paginaGrootte,
            @Schema(description = "Totaal aantal abonnementen dat aan het filter voldoet, over alle pagina's", example = "1") long totaal,
            @Schema(description = "Aantal pagina's bij deze paginagrootte", example = "1") long aantalPaginas) {
    }

    @Schema(name = "AfleveringPagina", description = "Eén pagina afleveringen.", example = """
            {"resultaten":[{"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","webhookId":"msg_7c9e6679-7425-40de-944b-e07fc1f90ae7",
             "notificatieId":"3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","type":"nl.spreiding.provinciaal-plan.ingediend",
             "status":"UITGEPUT","pogingen":12,"volgendePogingOp":"2024-11-02T09:00:00Z","laatsteStatus":503,
             "laatsteFout":null,"afgeleverdOp":null,"aangemaaktOp":"2024-11-01T09:00:00Z"}],
             "pagina":1,"paginaGrootte":50,"totaal":1,"aantalPaginas":1}""")
    public record AfleveringPagina(
            @Schema(description = "De afleveringen op deze pagina, nieuwste eerst") List<AfleveringDto> resultaten,
            @Schema(description = "Nummer van deze pagina, vanaf 1", example = "1") int pagina,
            @Schema(description = "Maximaal aantal resultaten per pagina", example = "50") int paginaGrootte,
            @Schema(description = "Totaal aantal afleveringen dat aan het filter voldoet, over alle pagina's", example = "1") long totaal,
            @Schema(description = "Aantal pagina's bij deze paginagrootte", example = "1") long aantalPaginas) {
    }

    @Schema(name = "AfleveringspogingPagina", description = "Eén pagina uit het afleveringslogboek.", example = """
            {"resultaten":[{"afleveringId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","poging":1,"tijdstip":"2024-11-01T09:00:00Z",
             "statuscode":500,"duurMs":42,"fout":null}],"pagina":1,"paginaGrootte":50,"totaal":1,"aantalPaginas":1}""")
    public record PogingPagina(
            @Schema(description = "De pogingen op deze pagina, nieuwste eerst") List<PogingDto> resultaten,
            @Schema(description = "Nummer van deze pagina, vanaf 1", example = "1") int pagina,
            @Schema(description = "Maximaal aantal resultaten per pagina", example = "50") int paginaGrootte,
            @Schema(description = "Totaal aantal pogingen, over alle pagina's", example = "1") long totaal,
            @Schema(description = "Aantal pagina's bij deze paginagrootte", example = "1") long aantalPaginas) {
    }
}
