package nl.spreiding.pledge.api;

/**
 * The examples of this service's OpenAPI document that more than one operation shows: the problems a rule of the
 * domain answers with, and the descriptions of the headers of optimistic concurrency and caching. Each example is the
 * body the server really sends in that case.
 */
public final class Voorbeelden {

    /** The cycle of the story in docs/walkthrough.md: examples of requests name it, so they work on the local stack. */
    public static final String CYCLUS = "2026-2028";

    public static final String ETAG = "Versie van de resource als sterke ETag, zoals \"0\"; stuur haar mee in If-Match "
            + "bij een wijziging, of in If-None-Match om een 304 te krijgen als zij niet veranderde";
    public static final String IF_MATCH = "ETag van de versie die u wijzigt (uit de header ETag van het laatste antwoord), "
            + "zoals \"0\" voor een nieuwe resource. Verplicht: zonder is het antwoord 428, met een verouderde versie 412";
    public static final String IF_NONE_MATCH = "ETag(s) die u al heeft, gescheiden door komma's, of *; is de huidige "
            + "versie daarbij, dan is het antwoord 304 zonder inhoud";
    public static final String NIET_GEWIJZIGD = "Niet gewijzigd: de versie uit If-None-Match is de huidige (geen inhoud)";

    public static final String IF_MATCH_VEREIST = """
            {"type":"urn:nld:spreiding:probleem:if-match-vereist","title":"If-Match vereist","status":428,
             "detail":"Een wijziging vraagt de header If-Match met de ETag van de versie die u wijzigt.",
             "instance":"/api/v1/toezeggingen/0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10"}""";
    public static final String VEROUDERDE_VERSIE = """
            {"type":"urn:nld:spreiding:probleem:verouderde-versie","title":"Verouderde versie","status":412,
             "detail":"De resource is intussen gewijzigd; de huidige versie is \\"1\\". Haal haar opnieuw op en probeer het dan opnieuw.",
             "instance":"/api/v1/toezeggingen/0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10"}""";
    public static final String IF_MATCH_VEREIST_BESLUIT = """
            {"type":"urn:nld:spreiding:probleem:if-match-vereist","title":"If-Match vereist","status":428,
             "detail":"Een wijziging vraagt de header If-Match met de ETag van de versie die u wijzigt.",
             "instance":"/api/v1/verdeelbesluiten/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""";
    public static final String VEROUDERDE_VERSIE_BESLUIT = """
            {"type":"urn:nld:spreiding:probleem:verouderde-versie","title":"Verouderde versie","status":412,
             "detail":"De resource is intussen gewijzigd; de huidige versie is \\"1\\". Haal haar opnieuw op en probeer het dan opnieuw.",
             "instance":"/api/v1/verdeelbesluiten/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""";

    public static final String GEMEENTE_ZONDER_OPGAVE = """
            {"type":"urn:nld:spreiding:probleem:gemeente-zonder-opgave","title":"Gemeente zonder opgave","status":422,
             "detail":"Gemeente GM9999 heeft geen gepubliceerde opgave in cyclus 2026-2028.","instance":"/api/v1/toezeggingen"}""";
    public static final String SLEUTEL_HERGEBRUIKT = """
            {"type":"urn:nld:spreiding:probleem:idempotency-key-hergebruikt","title":"Idempotency-Key hergebruikt",
             "status":422,"detail":"Deze Idempotency-Key is al gebruikt voor een andere aanvraag; gebruik een nieuwe sleutel.",
             "instance":"/api/v1/toezeggingen"}""";
    public static final String NIEUW_INGETROKKEN = """
            {"type":"urn:nld:spreiding:probleem:ongeldige-statusovergang","title":"Ongeldige status","status":422,
             "detail":"Een nieuwe toezegging kan niet ingetrokken zijn.","instance":"/api/v1/toezeggingen"}""";
    public static final String ONGELDIGE_OVERGANG = """
            {"type":"urn:nld:spreiding:probleem:ongeldige-statusovergang","title":"Ongeldige statusovergang","status":422,
             "detail":"Van IN_VOORBEREIDING naar GEPLAND kan niet: een toezegging gaat alleen vooruit (GEPLAND, IN_VOORBEREIDING, GEREALISEERD); intrekken gaat via /intrekking.",
             "instance":"/api/v1/toezeggingen/0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10"}""";
    public static final String TOEZEGGING_INGETROKKEN = """
            {"type":"urn:nld:spreiding:probleem:toezegging-ingetrokken","title":"Toezegging ingetrokken","status":409,
             "detail":"Een ingetrokken toezegging kan niet meer worden gewijzigd.",
             "instance":"/api/v1/toezeggingen/0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10"}""";
    public static final String AL_INGETROKKEN = """
            {"type":"urn:nld:spreiding:probleem:toezegging-ingetrokken","title":"Toezegging ingetrokken","status":409,
             "detail":"Deze toezegging is al ingetrokken.",
             "instance":"/api/v1/toezeggingen/0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10/intrekking"}""";

    public static final String GEMEENTE_NIET_IN_PROVINCIE = """
            {"type":"urn:nld:spreiding:probleem:gemeente-zonder-opgave","title":"Gemeente niet in provincie","status":422,
             "detail":"Gemeente GM0935 heeft in cyclus 2026-2028 geen opgave in provincie PV30.","instance":"/api/v1/uitruilen"}""";
    public static final String PROVINCIE_ZONDER_OPGAVE = """
            {"type":"urn:nld:spreiding:probleem:gemeente-zonder-opgave","title":"Provincie zonder opgave","status":422,
             "detail":"Provincie PV31 heeft geen opgave in cyclus 2030-2032.","instance":"/api/v1/uitruilen"}""";

    public static final String GEEN_OPGAVE_PROVINCIE = """
            {"type":"urn:nld:spreiding:probleem:geen-opgave","title":"Geen opgave","status":422,
             "detail":"Provincie PV27 heeft (nog) geen gepubliceerde asielopgave in cyclus 2030-2032.",
             "instance":"/api/v1/provinciale-plannen/concept"}""";
    public static final String ONBEKENDE_CYCLUS = """
            {"type":"urn:nld:spreiding:probleem:onbekende-cyclus","title":"Onbekende cyclus","status":422,
             "detail":"Cyclus 2030-2032 is (nog) niet geopend; de termijn voor het plan is dus niet bekend.",
             "instance":"/api/v1/provinciale-plannen"}""";
    public static final String PLAN_NA_BESLUIT = """
            {"type":"urn:nld:spreiding:probleem:verdeelbesluit-genomen","title":"Verdeelbesluit genomen","status":409,
             "detail":"Het verdeelbesluit van cyclus 2026-2028 is al genomen; er kan geen plan meer worden ingediend.",
             "instance":"/api/v1/provinciale-plannen"}""";

    public static final String BESLUIT_BESTAAT_AL = """
            {"type":"urn:nld:spreiding:probleem:verdeelbesluit-bestaat","title":"Verdeelbesluit bestaat al","status":409,
             "detail":"Cyclus 2026-2028 heeft al een verdeelbesluit; pas het concept aan of verwijder het eerst.",
             "instance":"/api/v1/verdeelbesluiten"}""";
    public static final String GEEN_ASIELOPGAVE = """
            {"type":"urn:nld:spreiding:probleem:geen-opgave","title":"Geen opgave","status":422,
             "detail":"Cyclus 2030-2032 heeft (nog) geen gepubliceerde asielopgave.","instance":"/api/v1/verdeelbesluiten"}""";
    public static final String BESLUIT_ONVERANDERLIJK = """
            {"type":"urn:nld:spreiding:probleem:verdeelbesluit-genomen","title":"Verdeelbesluit genomen","status":409,
             "detail":"Een genomen verdeelbesluit is onveranderlijk.",
             "instance":"/api/v1/verdeelbesluiten/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""";
    public static final String AANWIJZING_ZONDER_OPGAVE = """
            {"type":"urn:nld:spreiding:probleem:gemeente-zonder-opgave","title":"Gemeente zonder opgave","status":422,
             "detail":"Gemeente GM9999 heeft geen asielopgave in cyclus 2026-2028.",
             "instance":"/api/v1/verdeelbesluiten/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/aanwijzingen"}""";

    public static final String GEEN_TERMIJN_VERSTREKEN = """
            {"type":"urn:nld:spreiding:probleem:termijn-niet-verstreken","title":"Indeplaatsstelling niet mogelijk",
             "status":409,"detail":"Indeplaatsstelling kan alleen bij een aanwijzing waarvan de realisatietermijn is verstreken; deze heeft status AANGEWEZEN.",
             "instance":"/api/v1/aanwijzingen/7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9/indeplaatsstelling"}""";
    public static final String ONBEKENDE_AANWIJZING = """
            {"type":"urn:nld:spreiding:probleem:ongeldige-verwijzing","title":"Onbekende aanwijzing","status":422,
             "detail":"Aanwijzing 7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9 is geen vastgestelde aanwijzing van gemeente GM0363 in cyclus 2026-2028.",
             "instance":"/api/v1/realisaties"}""";
    public static final String ONBEKENDE_TOEZEGGING = """
            {"type":"urn:nld:spreiding:probleem:ongeldige-verwijzing","title":"Onbekende toezegging","status":422,
             "detail":"Toezegging 0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10 is geen toezegging van gemeente GM0363 in cyclus 2026-2028.",
             "instance":"/api/v1/realisaties"}""";
    public static final String REALISATIE_ZONDER_OPGAVE = """
            {"type":"urn:nld:spreiding:probleem:gemeente-zonder-opgave","title":"Gemeente zonder opgave","status":422,
             "detail":"Gemeente GM0363 heeft geen gepubliceerde opgave in cyclus 2030-2032.","instance":"/api/v1/realisaties"}""";

    private Voorbeelden() {
    }
}
