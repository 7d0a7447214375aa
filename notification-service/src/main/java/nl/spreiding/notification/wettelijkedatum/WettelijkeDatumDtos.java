package nl.spreiding.notification.wettelijkedatum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON shapes of legal dates. */
public final class WettelijkeDatumDtos {

    static final String GEEN_STUURTEKENS = "[^\\p{Cc}]*";
    static final String STUURTEKENS_MELDING = "mag geen stuurtekens (zoals regeleinden) bevatten";
    static final String URL = "https?://[^\\s]{1,1990}";

    private WettelijkeDatumDtos() {
    }

    @Schema(name = "WettelijkeDatumAanvraag", description = "Een nieuwe wettelijke datum, met de bron waaruit hij volgt.",
            example = """
            {"sleutel":"RTB_EINDE_2027","datum":"2027-03-04",
             "omschrijving":"Einde van de tijdelijke bescherming voor ontheemden uit Oekraïne, na verlenging",
             "doelgroepen":["GEMEENTEN","REGIONALE_OPENBARE_LICHAMEN"],
             "bron":"Uitvoeringsbesluit van de Raad tot verlenging van de tijdelijke bescherming tot 4 maart 2027",
             "bronUrl":"https://eur-lex.europa.eu/","brontekst":"De tijdelijke bescherming wordt verlengd tot 4 maart 2027.",
             "toelichting":null}""")
    public record WettelijkeDatumAanvraag(
            @Schema(description = "Wat de datum is, in hoofdletters (A-Z, 0-9, _); dezelfde sleutel blijft bij elke "
                    + "vervanging. Er is ten hoogste één geldende datum per sleutel.", example = "RTB_EINDE_2027",
                    maxLength = 60, pattern = "[A-Z][A-Z0-9_]{1,59}")
            @NotBlank(message = "is verplicht")
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "moet 2 tot 60 hoofdletters, cijfers of _ zijn, zoals RTB_EINDE") String sleutel,
            @Schema(description = "De datum (JJJJ-MM-DD), een hele dag, Nederlandse tijd", example = "2027-03-04")
            @NotNull(message = "is verplicht") LocalDate datum,
            @Schema(description = "Wat er op die datum gebeurt of uiterlijk moet gebeuren", maxLength = 500,
                    example = "Einde van de tijdelijke bescherming voor ontheemden uit Oekraïne")
            @NotBlank(message = "is verplicht") @Size(max = 500, message = "mag hoogstens 500 tekens lang zijn")
            @Pattern(regexp = GEEN_STUURTEKENS, message = STUURTEKENS_MELDING) String omschrijving,
            @Schema(description = "De groepen die de datum aangaat: GEMEENTEN, REGIONALE_OPENBARE_LICHAMEN, PROVINCIES, COA",
                    example = "[\"GEMEENTEN\"]", minItems = 1, maxItems = 4)
            @NotEmpty(message = "noem ten minste één doelgroep") @Size(max = 4, message = "hoogstens 4 doelgroepen")
            List<@NotNull(message = "is verplicht") Doelgroep> doelgroepen,
            @Schema(description = "De bron: document, datum, artikel of paragraaf", maxLength = 1000,
                    example = "Uitvoeringsbesluit (EU) van de Raad, artikel 1")
            @NotBlank(message = "is verplicht") @Size(max = 1000, message = "mag hoogstens 1000 tekens lang zijn")
            @Pattern(regexp = GEEN_STUURTEKENS, message = STUURTEKENS_MELDING) String bron,
            @Schema(description = "Waar de bron te lezen is (http of https)", maxLength = 2000, nullable = true,
                    example = "https://eur-lex.europa.eu/")
            @Size(max = 2000, message = "mag hoogstens 2000 tekens lang zijn")
            @Pattern(regexp = URL, message = "moet een http- of https-URL zijn") String bronUrl,
            @Schema(description = "De zin(nen) uit de bron waaruit de datum volgt, letterlijk", maxLength = 4000,
                    example = "De tijdelijke bescherming wordt verlengd tot 4 maart 2027.")
            @NotBlank(message = "is verplicht") @Size(max = 4000, message = "mag hoogstens 4000 tekens lang zijn")
            @Pattern(regexp = GEEN_STUURTEKENS, message = STUURTEKENS_MELDING) String brontekst,
            @Schema(description = "Hoe de datum uit de bron volgt, als hij berekend is of de bron hem niet letterlijk "
                    + "noemt", maxLength = 2000, nullable = true, example = "4 maart 2024 + 28 dagen = 1 april 2024")
            @Size(max = 2000, message = "mag hoogstens 2000 tekens lang zijn")
            @Pattern(regexp = GEEN_STUURTEKENS, message = STUURTEKENS_MELDING) String toelichting) {
    }

    @Schema(name = "WettelijkeDatumVervanging", description = "Een nieuwe datum die een geldende vervangt (een verlenging, "
            + "een correctie). De oude blijft bestaan, als vervangen; sleutel, en zonder opgave ook omschrijving en "
            + "doelgroepen, neemt de nieuwe over.", example = """
            {"datum":"2027-03-04","bron":"Uitvoeringsbesluit van de Raad tot verlenging van de tijdelijke bescherming",
             "bronUrl":"https://eur-lex.europa.eu/","brontekst":"De tijdelijke bescherming wordt verlengd tot 4 maart 2027.",
             "toelichting":"Verlenging met een jaar: vervangt het einde op 4 maart 2026."}""")
    public record WettelijkeDatumVervanging(
            @Schema(description = "De nieuwe datum (JJJJ-MM-DD)", example = "2027-03-04")
            @NotNull(message = "is verplicht") LocalDate datum,
            @Schema(description = "Nieuwe omschrijving; weggelaten: die van de vervangen datum", maxLength = 500,
                    nullable = true, example = "Einde van de tijdelijke bescherming, na verlenging")
            @Size(max = 500, message = "mag hoogstens 500 tekens lang zijn")
            @Pattern(regexp = GEEN_STUURTEKENS, message = STUURTEKENS_MELDING) String omschrijving,
            @Schema(description = "Nieuwe doelgroepen; weggelaten of leeg: die van de vervangen datum",
                    example = "[\"GEMEENTEN\"]", maxItems = 4, nullable = true)
            @Size(max = 4, message = "hoogstens 4 doelgroepen") List<@NotNull(message = "is verplicht") Doelgroep> doelgroepen,
            @Schema(description = "De bron van de nieuwe datum", maxLength = 1000,
                    example = "Uitvoeringsbesluit (EU) van de Raad, artikel 1")
            @NotBlank(message = "is verplicht") @Size(max = 1000, message = "mag hoogstens 1000 tekens lang zijn")
            @Pattern(regexp = GEEN_STUURTEKENS, message = STUURTEKENS_MELDING) String bron,
            @Schema(description = "Waar de bron te lezen is (http of https)", maxLength = 2000, nullable = true,
                    example = "https://eur-lex.europa.eu/")
            @Size(max = 2000, message = "mag hoogstens 2000 tekens lang zijn")
            @Pattern(regexp = URL, message = "moet een http- of https-URL zijn") String bronUrl,
            @Schema(description = "De zin(nen) uit de bron, letterlijk", maxLength = 4000,
                    example = "De tijdelijke bescherming wordt verlengd tot 4 maart 2027.")
            @NotBlank(message = "is verplicht") @Size(max = 4000, message = "mag hoogstens 4000 tekens lang zijn")
            @Pattern(regexp = GEEN_STUURTEKENS, message = STUURTEKENS_MELDING) String brontekst,
            @Schema(description = "Hoe de datum uit de bron volgt", maxLength = 2000, nullable = true,
                    example = "Verlenging met een jaar")
            @Size(max = 2000, message = "mag hoogstens 2000 tekens lang zijn")
            @Pattern(regexp = GEEN_STUURTEKENS, message = STUURTEKENS_MELDING) String toelichting) {
    }

    @Schema(name = "WettelijkeDatum", description = "Een wettelijke datum uit de ledenbrief (of later vastgelegd) met "
            + "zijn bron en de groepen die hij aangaat; een vervangen datum blijft zichtbaar, met wat hem verving.",
            example = """
            {"id":"22c21802-2e84-5b17-abd9-b644061815f5","sleutel":"DERDELANDERS_BESCHERMING_EINDE","datum":"2024-03-04",
             "omschrijving":"Tijdelijke bescherming van derdelanders eindigt van rechtswege","doelgroepen":["GEMEENTEN"],
             "bron":"VNG, ledenbrief Lbr. 24/003 (U202400041) van 30 januari 2024, § 3 Derdelanders","bronUrl":null,
             "brontekst":"De Raad van State heeft recent geoordeeld dat de tijdelijke bescherming van derdelanders van rechtswege eindigt op 4 maart 2024.",
             "toelichting":null,"status":"GELDEND","vervangt":null,"vervangenDoor":null,"vervangenOp":null,
             "vastgelegdDoor":"seed V8 (ledenbrief)","vastgelegdOp":"2024-01-29T23:00:00Z"}""")
    public record WettelijkeDatumDto(
            @Schema(description = "Vaste id (ook de UID in iCalendar, met @spreiding.nl erachter)",
                    example = "22c21802-2e84-5b17-abd9-b644061815f5") UUID id,
            @Schema(description = "Wat de datum is; dezelfde over vervangingen heen", example = "RTB_EINDE") String sleutel,
            @Schema(description = "De datum", example = "2024-03-04") LocalDate datum,
            @Schema(description = "Wat er op die datum gebeurt of uiterlijk moet gebeuren",
                    example = "Tijdelijke bescherming van derdelanders eindigt van rechtswege") String omschrijving,
            @Schema(description = "De groepen die de datum aangaat", example = "[\"GEMEENTEN\"]") List<Doelgroep> doelgroepen,
            @Schema(description = "De bron", example = "VNG, ledenbrief Lbr. 24/003 van 30 januari 2024") String bron,
            @Schema(description = "Waar de bron te lezen is", nullable = true, example = "https://eur-lex.europa.eu/") String bronUrl,
            @Schema(description = "De zin(nen) uit de bron, letterlijk",
                    example = "Zij moeten daarna binnen 28 dagen Nederland verlaten.") String brontekst,
            @Schema(description = "Hoe de datum uit de bron volgt (berekende datums)", nullable = true,
                    example = "Berekend: 4 maart 2024 + 28 dagen = 1 april 2024.") String toelichting,
            @Schema(description = "GELDEND, of VERVANGEN door een latere datum (vervangenDoor)", example = "GELDEND") Status status,
            @Schema(description = "De datum die deze vervangt", nullable = true,
                    example = "9170a1d5-354b-594a-9e33-6be46e23b5fb") UUID vervangt,
            @Schema(description = "De datum die deze verving", nullable = true,
                    example = "923640f1-3dc0-57dc-a747-07c2fee5a2e8") UUID vervangenDoor,
            @Schema(description = "Wanneer deze datum werd vervangen", nullable = true,
                    example = "2024-06-24T22:00:00Z") Instant vervangenOp,
            @Schema(description = "Wie de datum vastlegde (de minister of een beheerder; de seed bij de ledenbrief)",
                    example = "minister@minjenv.example") String vastgelegdDoor,
            @Schema(description = "Wanneer de datum werd vastgelegd", example = "2024-01-29T23:00:00Z") Instant vastgelegdOp) {

        public enum Status {
            GELDEND, VERVANGEN
        }

        public static WettelijkeDatumDto van(WettelijkeDatum d) {
            return new WettelijkeDatumDto(d.id, d.sleutel, d.datum, d.omschrijving, d.groepen(), d.bron, d.bronUrl,
                    d.brontekst, d.toelichting, d.geldend() ? Status.GELDEND : Status.VERVANGEN, d.vervangt,
                    d.vervangenDoor, d.vervangenOp, d.vastgelegdDoor, d.vastgelegdOp);
        }
    }

    @Schema(name = "WettelijkeDatumPagina", description = "Eén pagina wettelijke datums, op datum.")
    public record WettelijkeDatumPagina(
            @Schema(description = "De datums op deze pagina") List<WettelijkeDatumDto> resultaten,
            @Schema(description = "Nummer van deze pagina, vanaf 1", example = "1") int pagina,
            @Schema(description = "Maximaal aantal resultaten per pagina", example = "50") int paginaGrootte,
            @Schema(description = "Totaal aantal datums dat aan de filters voldoet", example = "7") long totaal,
            @Schema(description = "Aantal pagina's bij deze paginagrootte", example = "1") long aantalPaginas) {
    }
}
