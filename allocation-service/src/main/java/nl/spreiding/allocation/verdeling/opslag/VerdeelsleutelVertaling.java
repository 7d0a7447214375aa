package nl.spreiding.allocation.verdeling.opslag;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.spreiding.allocation.verdeling.Correctie;
import nl.spreiding.allocation.verdeling.Correctiebron;
import nl.spreiding.allocation.verdeling.OngeldigeCorrectie;
import nl.spreiding.allocation.verdeling.Verdeelsleutel;

/** A stored key version as the calculation's {@link Verdeelsleutel}, and a correction function as its columns. */
final class VerdeelsleutelVertaling {

    /** Thread-safe once configured; the bands are a small JSON array of decimals. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Correctie.Band>> BANDEN = new TypeReference<>() {
    };

    private VerdeelsleutelVertaling() {
    }

    static Verdeelsleutel sleutel(VerdeelsleutelVersie v) {
        return new Verdeelsleutel(v.code, v.versie, v.omschrijving, v.rechtsgrond, correctie(v), v.afronding, v.amvAfronding,
                null, null, new Correctiebron(v.bronSoort, v.bronTekst, v.bronDatum, v.bronUrl));
    }

    /** The function family and its parameters; the family names which columns are set. */
    static Correctie correctie(String familie, BigDecimal a, BigDecimal minimum, BigDecimal maximum, List<Correctie.Band> banden) {
        return switch (familie) {
            case "GEEN" -> Correctie.GEEN;
            case "LINEAIR" -> new Correctie.Lineair(a);
            case "BEGRENSD_LINEAIR" -> new Correctie.BegrensdLineair(a, minimum, maximum);
            case "SES_BANDEN" -> new Correctie.Banden(banden);
            default -> throw new OngeldigeCorrectie("correctie.familie", "'" + familie
                    + "' is geen correctiefunctie; kies GEEN, LINEAIR, BEGRENSD_LINEAIR of SES_BANDEN");
        };
    }

    static void schrijf(Correctie correctie, VerdeelsleutelVersie v) {
        v.correctieFamilie = correctie.familie();
        if (correctie instanceof Correctie.Lineair l) {
            v.correctieA = l.a();
        } else if (correctie instanceof Correctie.BegrensdLineair b) {
            v.correctieA = b.a();
            v.correctieMinimum = b.minimum();
            v.correctieMaximum = b.maximum();
        } else if (correctie instanceof Correctie.Banden b) {
            v.correctieBanden = json(b.banden());
        }
    }

    private static Correctie correctie(VerdeelsleutelVersie v) {
        return correctie(v.correctieFamilie, v.correctieA, v.correctieMinimum, v.correctieMaximum,
                v.correctieBanden == null ? null : banden(v.correctieBanden));
    }

    private static String json(List<Correctie.Band> banden) {
        try {
            return JSON.writeValueAsString(banden);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SES-banden niet als JSON te schrijven", e);
        }
    }

    private static List<Correctie.Band> banden(String json) {
        try {
            return JSON.readValue(json, BANDEN);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Opgeslagen SES-banden zijn geen geldige JSON: " + json, e);
        }
    }
}
