package nl.spreiding.platform.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.spreiding.platform.errors.DomainException;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). For invalid
 * input, {@code invalidParams} lists every invalid field, as the NL GOV API Design Rules ask.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "Foutmelding volgens RFC 9457 (application/problem+json).", example = """
        {"type":"urn:nld:spreiding:probleem:ongeldige-invoer","title":"Ongeldige invoer","status":400,
         "detail":"De aanvraag bevat 1 ongeldig veld.","instance":"/api/v1/cycli",
         "invalidParams":[{"name":"totaalAantalPlaatsen","reason":"moet groter dan 0 zijn"}]}""")
public record Problem(
        @Schema(description = "URI die het soort probleem aanduidt", example = "about:blank") String type,
        @Schema(description = "Korte samenvatting van het soort probleem", example = "Niet gevonden") String title,
        @Schema(description = "HTTP-statuscode", example = "404") int status,
        @Schema(description = "Uitleg van dit specifieke geval", example = "Provincie PV99 bestaat niet.") String detail,
        @Schema(description = "Pad van de aanvraag waarop het probleem optrad", example = "/api/v1/provincies/PV99") String instance,
        @Schema(description = "Elk ongeldig veld met de reden (ten hoogste 100; detail noemt het totaal)", maxItems = 100) List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String BLANK = "about:blank";
    /** At most this many entries in {@code invalidParams}; the detail says how many there are in all. */
    public static final int MAX_INVALID_PARAMS = DomainException.MAX_FIELDS;

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, invalidParams);
    }

    /** A 400 listing the invalid fields, at most {@link #MAX_INVALID_PARAMS} of them (the detail gives the count). */
    public static Problem invalidInput(List<InvalidParam> invalid) {
        String detail;
        if (invalid.size() == 1) {
            detail = "De aanvraag bevat 1 ongeldig veld.";
        } else if (invalid.size() <= MAX_INVALID_PARAMS) {
            detail = "De aanvraag bevat " + invalid.size() + " ongeldige velden.";
        } else {
            detail = "De aanvraag bevat " + invalid.size() + " ongeldige velden; de eerste " + MAX_INVALID_PARAMS
                    + " staan in invalidParams.";
        }
        List<InvalidParam> shown = invalid.size() > MAX_INVALID_PARAMS ? List.copyOf(invalid.subList(0, MAX_INVALID_PARAMS))
                : invalid;
        return new Problem(ProblemTypes.INVALID_INPUT, "Ongeldige invoer", 400, detail, null, shown);
    }

    /**
     * A 400 listing the invalid fields with its own detail; past {@link #MAX_INVALID_PARAMS} fields the detail says
     * how many there are and which are shown.
     */
    public static Problem invalidInput(String detail, List<InvalidParam> invalid) {
        Problem capped = invalidInput(invalid);
        return new Problem(capped.type(), capped.title(), 400,
                invalid.size() <= MAX_INVALID_PARAMS && detail != null ? detail : capped.detail(), null, capped.invalidParams());
    }

    /** A generic HTTP problem: type {@code about:blank}, title the status' reason phrase. */
    public static Problem ofStatus(int status, String detail) {
        return new Problem(BLANK, HttpStatusTitles.of(status), status, detail, null, List.of());
    }

    @Schema(name = "InvalidParam", description = "Een ongeldig veld of parameter.")
    public record InvalidParam(
            @Schema(description = "Pad van het veld", example = "totaalAantalPlaatsen") String name,
            @Schema(description = "Waarom het ongeldig is", example = "moet groter dan 0 zijn") String reason) {
    }
}
