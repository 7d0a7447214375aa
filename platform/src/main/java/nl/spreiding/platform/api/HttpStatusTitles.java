package nl.spreiding.platform.api;

/**
 * Titles of {@code about:blank} problems: the HTTP reason phrase in Dutch (RFC 9457 section 4.2.1 allows the phrase
 * to be localised), so that every text a caller reads is Dutch.
 */
final class HttpStatusTitles {

    private HttpStatusTitles() {
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "Ongeldige aanvraag";
            case 401 -> "Niet aangemeld";
            case 403 -> "Geen toegang";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Niet aanvaardbaar";
            case 409 -> "Conflict";
            case 410 -> "Verdwenen";
            case 412 -> "Voorwaarde niet vervuld";
            case 413 -> "Inhoud te groot";
            case 414 -> "URI te lang";
            case 415 -> "Mediatype niet ondersteund";
            case 422 -> "Niet verwerkbaar";
            case 428 -> "Voorwaarde vereist";
            case 429 -> "Te veel verzoeken";
            case 431 -> "Headers te groot";
            case 500 -> "Interne serverfout";
            case 502 -> "Ongeldig antwoord van een andere dienst";
            case 503 -> "Dienst niet beschikbaar";
            case 504 -> "Geen tijdig antwoord van een andere dienst";
            default -> status >= 500 ? "Serverfout" : "Fout in de aanvraag";
        };
    }
}
