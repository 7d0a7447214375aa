package nl.spreiding.platform.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads UUID and date parameters strictly and, when their text is malformed, fails with {@link OngeldigeParameter}
 * (a 400 naming the parameter) instead of JAX-RS' 404.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String naam = naamVan(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Strikt<>(naam, "moet een UUID zijn (zoals 7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9)",
                    ParameterConverters::uuid);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Strikt<>(naam, "moet een datum zijn (JJJJ-MM-DD)", LocalDate::parse);
        }
        return null;
    }

    /** {@link UUID#fromString} accepts shortened groups such as {@code 1-1-1-1-1}; the API takes only the 36-char form. */
    private static UUID uuid(String text) {
        if (text.length() != 36) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return UUID.fromString(text);
    }

    private static String naamVan(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }

    private record Strikt<T>(String naam, String reden, Function<String, T> lezer) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return lezer.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new OngeldigeParameter(naam, reden);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
