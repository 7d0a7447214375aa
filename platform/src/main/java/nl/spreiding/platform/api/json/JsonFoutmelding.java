package nl.spreiding.platform.api.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong with an unreadable JSON body, in Dutch and without Java class names: the detail of the problem and,
 * where a field can be named, that field with its reason.
 */
public final class JsonFoutmelding {

    private static final Pattern DUBBEL = Pattern.compile("Duplicate field '([^']*)'");

    /** The field (dotted path, {@code [i]} for list elements), empty when the body as a whole is wrong. */
    public record Melding(String detail, String veld, String reden) {
    }

    private JsonFoutmelding() {
    }

    public static Melding van(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher dubbel = DUBBEL.matcher(message);
        if (dubbel.find()) {
            String veld = pad(e).isEmpty() ? dubbel.group(1) : pad(e) + "." + dubbel.group(1);
            return new Melding("Het veld '" + veld + "' komt meer dan eens voor.", veld, "komt meer dan eens voor");
        }
        if (e instanceof StreamConstraintsException) {
            return new Melding("De JSON is te groot of te diep genest.", "", "");
        }
        if (e instanceof InputCoercionException) {
            return veldfout(e, "getal buiten het toegestane bereik");
        }
        if (e instanceof JsonParseException) {
            return new Melding("De inhoud is geen geldige JSON (regel " + regel(e) + ", kolom " + kolom(e) + ").", "", "");
        }
        if (message.startsWith("Trailing token")) {
            return new Melding("Na de JSON-waarde volgt nog inhoud (regel " + regel(e) + ", kolom " + kolom(e) + ").",
                    "", "");
        }
        if (e instanceof TeLangeLijstException lijst) {
            return veldfout(e, "bevat " + lijst.aantal() + " elementen; ten hoogste " + lijst.maximum() + " toegestaan");
        }
        if (e instanceof InvalidFormatException format) {
            return veldfout(e, "waarde " + toon(format.getValue()) + " is niet toegestaan; verwacht "
                    + verwacht(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return veldfout(e, "verwacht " + verwacht(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException && !pad(e).isEmpty()) {
            return veldfout(e, "heeft niet de verwachte vorm");
        }
        return new Melding("De inhoud past niet bij de verwachte structuur.", "", "");
    }

    private static Melding veldfout(JsonProcessingException e, String reden) {
        String veld = pad(e);
        if (veld.isEmpty()) {
            return new Melding("De inhoud past niet bij de verwachte structuur: " + reden + ".", "", "");
        }
        return new Melding("Het veld '" + veld + "' heeft niet de verwachte vorm.", veld, reden);
    }

    /** What a client should send instead, for the Java type the field has. */
    static String verwacht(Class<?> type) {
        if (type == null) {
            return "een andere waarde";
        }
        if (type.isEnum()) {
            return "een van " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "een geheel getal";
        }
        if (type == double.class || type == Double.class || type == BigDecimal.class || type == float.class
                || type == Float.class) {
            return "een getal";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true of false";
        }
        if (type == String.class) {
            return "tekst";
        }
        if (type == UUID.class) {
            return "een UUID";
        }
        if (type == LocalDate.class) {
            return "een datum (JJJJ-MM-DD)";
        }
        if (type == OffsetDateTime.class || Temporal.class.isAssignableFrom(type)) {
            return "een tijdstip (ISO 8601, zoals 2024-11-01T12:00:00Z)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "een lijst";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "een object";
        }
        return "een object";
    }

    private static String toon(Object value) {
        String text = String.valueOf(value);
        String kort = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return value instanceof String ? "'" + kort + "'" : kort;
    }

    /** {@code aanwijzingen[2].aantal}, from Jackson's path of the failure. */
    static String pad(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder pad = new StringBuilder();
        List<JsonMappingException.Reference> path = mapping.getPath();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!pad.isEmpty()) {
                    pad.append('.');
                }
                pad.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                pad.append('[').append(ref.getIndex()).append(']');
            }
        }
        return pad.toString();
    }

    private static int regel(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static int kolom(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    }
}
