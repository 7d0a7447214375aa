package nl.spreiding.allocation.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * A read whose 200 answer gets a strong ETag from its bytes and a 304 on a matching If-None-Match
 * ({@link EntityTagFilter}). For resources that can change: no Cache-Control is added, so clients revalidate.
 */
@NameBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ETagged {

    /** For the OpenAPI documentation of the ETag header. */
    String ETAG = "Sterke entity tag van deze representatie; stuur hem terug in If-None-Match";
    /** For the OpenAPI documentation of the 304 answer. */
    String NIET_GEWIJZIGD = "Niet gewijzigd: If-None-Match noemt de huidige ETag (of *); geen inhoud";
}
