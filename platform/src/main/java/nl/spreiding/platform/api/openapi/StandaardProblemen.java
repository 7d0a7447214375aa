package nl.spreiding.platform.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.spreiding.platform.api.ProblemTypes;

/**
 * The problem responses that the platform gives for any operation of a kind, whatever its resource does: which
 * statuses an operation can answer without its resource saying so, and an example of each that reads like what the
 * server really writes.
 */
final class StandaardProblemen {

    /** What decides which standard problems an operation can answer. */
    record Operatiesoort(String methode, String pad, boolean heeftParameters, boolean heeftBody, boolean beveiligd) {

        boolean heeftPadvariabelen() {
            return pad.contains("{");
        }

        boolean schrijft() {
            return !methode.equals("GET") && !methode.equals("HEAD") && !methode.equals("OPTIONS");
        }
    }

    /** One standard problem: status, what it means, an example body, and headers that come with it. */
    record Standaard(int status, String omschrijving, String voorbeeldnaam, String type, String titel, String detail,
            Map<String, String> headers) {

        Map<String, Object> voorbeeld(String pad) {
            Map<String, Object> voorbeeld = new LinkedHashMap<>();
            voorbeeld.put("type", type);
            voorbeeld.put("title", titel);
            voorbeeld.put("status", status);
            voorbeeld.put("detail", detail);
            voorbeeld.put("instance", pad.replaceAll("\\{[^}]+}", "…"));
            if (status == 400) {
                voorbeeld.put("invalidParams", List.of(Map.of("name", "pagina", "reason", "moet minimaal 1 zijn")));
            }
            return voorbeeld;
        }
    }

    private static final Standaard ONGELDIG = new Standaard(400,
            "Ongeldige invoer; invalidParams noemt elk ongeldig veld (ten hoogste 100, met het totaal in detail)",
            "ongeldigeInvoer", ProblemTypes.INVALID_INPUT, "Ongeldige invoer", "De aanvraag bevat 1 ongeldig veld.",
            Map.of());
    private static final Standaard NIET_AANGEMELD = new Standaard(401,
            "Geen of een ongeldig bearer token", "geenToken", "about:blank", "Niet aangemeld",
            "Deze handeling vraagt een bearer token (OAuth2, JWT) in de Authorization-header.",
            Map.of("WWW-Authenticate", "Bearer-uitdaging volgens RFC 6750"));
    private static final Standaard GEEN_TOEGANG = new Standaard(403,
            "Het token geeft geen recht op deze handeling (rol of organisatie)", "geenRecht", "about:blank",
            "Geen toegang", "Uw rol mag deze handeling niet uitvoeren.",
            Map.of("WWW-Authenticate", "Bearer-uitdaging met error=\"insufficient_scope\""));
    private static final Standaard NIET_GEVONDEN = new Standaard(404, "De resource bestaat niet", "bestaatNiet",
            "about:blank", "Niet gevonden", "Deze resource bestaat niet.", Map.of());
    private static final Standaard NIET_AANVAARDBAAR = new Standaard(406,
            "Geen van de gevraagde mediatypen (Accept) wordt ondersteund", "mediatypeNietBeschikbaar", "about:blank",
            "Niet aanvaardbaar", "Geen van de gevraagde mediatypen (Accept) wordt ondersteund.", Map.of());
    private static final Standaard TE_GROOT = new Standaard(413, "De body is groter dan deze dienst aanneemt",
            "teGroot", "about:blank", "Inhoud te groot", "De body is groter dan de toegestane 10 MB.", Map.of());
    private static final Standaard MEDIATYPE = new Standaard(415,
            "Dit mediatype (Content-Type) wordt niet ondersteund", "verkeerdMediatype", "about:blank",
            "Mediatype niet ondersteund", "Dit mediatype (Content-Type) wordt niet ondersteund.", Map.of());
    private static final Standaard ONVERWACHT = new Standaard(500, "Onverwachte fout, met een referentie",
            "onverwacht", "about:blank", "Interne serverfout",
            "Er ging onverwacht iets mis. Vermeld referentie 3f1c2b7e-8a41-4d5e-9b0a-6c2d1e4f5a6b als u contact opneemt.",
            Map.of());
    private static final Standaard NIET_BESCHIKBAAR = new Standaard(503,
            "Tijdelijk niet beschikbaar (bijvoorbeeld de database); probeer het na Retry-After seconden opnieuw",
            "tijdelijkNietBeschikbaar", "about:blank", "Dienst niet beschikbaar",
            "De dienst kan de gegevens tijdelijk niet bereiken. Probeer het over 5 seconden opnieuw.",
            Map.of("Retry-After", "Na hoeveel seconden een nieuwe poging zin heeft"));

    private StandaardProblemen() {
    }

    static List<Standaard> voor(Operatiesoort operatie) {
        List<Standaard> standaarden = new ArrayList<>();
        if (operatie.schrijft() || operatie.heeftParameters() || operatie.heeftPadvariabelen()) {
            standaarden.add(ONGELDIG);
        }
        if (operatie.beveiligd()) {
            standaarden.add(NIET_AANGEMELD);
            standaarden.add(GEEN_TOEGANG);
        }
        if (operatie.heeftPadvariabelen()) {
            standaarden.add(NIET_GEVONDEN);
        }
        standaarden.add(NIET_AANVAARDBAAR);
        if (operatie.heeftBody()) {
            standaarden.add(TE_GROOT);
            standaarden.add(MEDIATYPE);
        }
        standaarden.add(ONVERWACHT);
        standaarden.add(NIET_BESCHIKBAAR);
        return standaarden;
    }
}
