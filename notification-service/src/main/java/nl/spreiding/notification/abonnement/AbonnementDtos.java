package nl.spreiding.notification.abonnement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON shapes of subscriptions, deliveries and the delivery log. */
public final class AbonnementDtos {

    private AbonnementDtos() {
    }

    @Schema(name = "AbonnementAanvraag", description = "Een nieuw abonnement op notificaties (webhook).", example = """
            {"callbackUrl":"https://provincie.example.nl/spreiding/webhooks",
             "soorten":["nl.spreiding.provinciaal-plan.ingediend","nl.spreiding.termijn.herinnering"],
             "organisaties":["PV27"],"omschrijving":"Regietafel Noord-Holland"}""")
    public record AbonnementAanvraag(
            @Schema(description = "URL die elke notificatie als POST ontvangt (https; geen loopback-, privé- of "
                    + "link-local-adres)", example = "https://provincie.example.nl/spreiding/webhooks", maxLength = 2000)
            @NotBlank(message = "is verplicht") @Size(max = 2000, message = "mag hoogstens 2000 tekens lang zijn") String callbackUrl,
            @Schema(description = "CloudEvents-types die het abonnement wil ontvangen; leeg of weggelaten: alle",
                    example = "[\"nl.spreiding.provinciaal-plan.ingediend\"]", maxItems = 100)
            @Size(max = 100, message = "hoogstens 100 soorten") List<
                    @Pattern(regexp = "[a-z0-9]+(\\.[a-z0-9-]+)+", message = "moet een CloudEvents-type zijn, zoals nl.spreiding.cyclus.geopend")
                    @Size(max = 200, message = "hoogstens 200 tekens") String> soorten,
            @Schema(description = "CBS-codes van provincies en gemeenten waarover het abonnement notificaties wil; leeg of "
                    + "weggelaten: alle", example = "[\"PV27\",\"GM0363\"]", maxItems = 400)
            @Size(max = 400, message = "hoogstens 400 organisaties") List<
                    @Pattern(regexp = "PV\\d{2}|GM\\d{4}", message = "moet een CBS-code zijn, zoals PV27 of GM0363") String> organisaties,
            @Schema(description = "Vrije omschrijving", example = "Regietafel Noord-Holland", maxLength = 500, nullable = true)
            @Size(max = 500, message = "mag hoogstens 500 tekens lang zijn") String omschrijving,
            @Schema(description = "Eigen ondertekeningsgeheim (Standard Webhooks: whsec_ + base64 van 24 tot 64 willekeurige "
                    + "bytes). Een ontvanger die elke handtekening controleert, zet dit geheim eerst in zijn configuratie: "
                    + "de testnotificatie bij het aanmaken is er al mee ondertekend. Weggelaten: de dienst maakt een geheim "
                    + "en geeft het in het antwoord terug.", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2uJ4iK8ctL8=",
                    minLength = 38, maxLength = 94, pattern = GEHEIM, writeOnly = true, nullable = true)
            @Pattern(regexp = GEHEIM, message = "moet whsec_ gevolgd door base64 zijn")
            @Size(min = 38, max = 94, message = "moet na whsec_ de base64 van 24 tot 64 bytes zijn") String geheim) {
    }

    /** The form of a Standard Webhooks secret: {@code whsec_} and base64 (the key length is checked on decoding). */
    static final String GEHEIM = "whsec_(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?";

    @Schema(name = "Abonnement", description = "Een abonnement op notificaties (webhook).", example = """
            {"id":"0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b","callbackUrl":"https://provincie.example.nl/spreiding/webhooks",
             "soorten":["nl.spreiding.provinciaal-plan.ingediend"],"organisaties":["PV27"],
             "omschrijving":"Regietafel Noord-Holland","eigenaar":"PV27","status":"ACTIEF","uitgeschakeldReden":null,
             "vorigGeheimGeldigTot":null,"aangemaaktOp":"2024-02-01T09:00:00Z"}""")
    public record AbonnementDto(
            @Schema(description = "Id", example = "0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b") UUID id,
            @Schema(description = "Callback-URL", example = "https://provincie.example.nl/spreiding/webhooks") String callbackUrl,
            @Schema(description = "Gewenste CloudEvents-types; leeg: alle", example = "[\"nl.spreiding.provinciaal-plan.ingediend\"]") List<String> soorten,
            @Schema(description = "Gewenste organisaties; leeg: alle", example = "[\"PV27\"]") List<String> organisaties,
            @Schema(description = "Omschrijving", example = "Regietafel Noord-Holland", nullable = true) String omschrijving,
            @Schema(description = "De organisatie waarvan het abonnement is: die uit het token van wie het aanmaakte. "
                    + "Alleen zij (en een beheerder) beheert en ziet het. Leeg: aangemaakt door een beheerder.",
                    example = "PV27", nullable = true, readOnly = true) String eigenaar,
            @Schema(description = "ACTIEF, of UITGESCHAKELD (na 410 Gone; afleveringen blijven bewaard)", example = "ACTIEF",
                    enumeration = { "ACTIEF", "UITGESCHAKELD" }) String status,
            @Schema(description = "Waarom het abonnement is uitgeschakeld", example = "De ontvanger antwoordde 410 Gone",
                    nullable = true) String uitgeschakeldReden,
            @Schema(description = "Tot wanneer het vorige geheim na een rotatie nog mee ondertekent",
                    example = "2024-02-02T09:00:00Z", nullable = true) Instant vorigGeheimGeldigTot,
            @Schema(description = "Aangemaakt op", example = "2024-02-01T09:00:00Z") Instant aangemaaktOp) {
    }

    @Schema(name = "AbonnementMetGeheim", description = "Het nieuwe abonnement met zijn ondertekeningsgeheim; het geheim "
            + "wordt alleen nu getoond.", example = """
            {"abonnement":{"id":"0b7e2d4c-3f8a-4c1e-9d2b-6a5f4e3d2c1b",
             "callbackUrl":"https://provincie.example.nl/spreiding/webhooks","soorten":[],"organisaties":["PV27"],
             "omschrijving":null,"eigenaar":"PV27","status":"ACTIEF","uitgeschakeldReden":null,"vorigGeheimGeldigTot":null,
             "aangemaaktOp":"2024-02-01T09:00:00Z"},
             "geheim":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2uJ4iK8ctL8="}""")
    public record AbonnementMetGeheim(
            AbonnementDto abonnement,
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
            @Schema(description = "Id", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID id,
            @Schema(description = "De webhook-id-header: dezelfde bij elke poging", example = "msg_7c9e6679-7425-40de-944b-e07fc1f90ae7") String webhookId,
            @Schema(description = "De notificatie", example = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID notificatieId,
            @Schema(description = "CloudEvents-type van de notificatie", example = "nl.spreiding.provinciaal-plan.ingediend") String type,
            @Schema(description = "TE_VERZENDEN, AFGELEVERD of UITGEPUT", example = "UITGEPUT",
                    enumeration = { "TE_VERZENDEN", "AFGELEVERD", "UITGEPUT" }) String status,
            @Schema(description = "Pogingen in de huidige ronde", example = "12") int pogingen,
            @Schema(description = "Volgende poging (bij TE_VERZENDEN)", example = "2024-11-02T09:00:00Z") Instant volgendePogingOp,
            @Schema(description = "HTTP-status van de laatste poging", example = "503", nullable = true) Integer laatsteStatus,
            @Schema(description = "Fout van de laatste poging zonder HTTP-antwoord", example = "ConnectException: Connection refused",
                    nullable = true) String laatsteFout,
            @Schema(description = "Afgeleverd op", example = "2024-11-01T09:00:01Z", nullable = true) Instant afgeleverdOp,
            @Schema(description = "Aangemaakt op", example = "2024-11-01T09:00:00Z") Instant aangemaaktOp) {
    }

    @Schema(name = "Afleveringspoging", description = "Eén poging uit het afleveringslogboek.", example = """
            {"afleveringId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","poging":1,"tijdstip":"2024-11-01T09:00:00Z",
             "statuscode":500,"duurMs":42,"fout":null}""")
    public record PogingDto(
            @Schema(description = "De aflevering", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID afleveringId,
            @Schema(description = "Nummer van de poging binnen de ronde", example = "1") int poging,
            @Schema(description = "Tijdstip", example = "2024-11-01T09:00:00Z") Instant tijdstip,
            @Schema(description = "HTTP-status; leeg als er geen antwoord kwam", example = "500", nullable = true) Integer statuscode,
            @Schema(description = "Duur in milliseconden", example = "42") int duurMs,
            @Schema(description = "Fout zonder HTTP-antwoord", example = "HttpConnectTimeoutException: timed out",
                    nullable = true) String fout) {
    }
}
