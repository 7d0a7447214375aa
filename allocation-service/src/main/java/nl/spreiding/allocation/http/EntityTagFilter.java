package nl.spreiding.allocation.http;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import nl.spreiding.platform.api.EntityTags;

/**
 * Serialises the entity of an {@link ETagged} 200 answer once, here, so that its ETag is the hash of the bytes sent;
 * answers 304 without a body when If-None-Match names that tag. The bytes are those the JSON writer would send.
 */
@Provider
@ETagged
public class EntityTagFilter implements ContainerResponseFilter {

    private final ObjectMapper json;

    public EntityTagFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws java.io.IOException {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        Object entity = response.getEntity();
        byte[] inhoud = entity instanceof byte[] bytes ? bytes
                : entity instanceof String tekst ? tekst.getBytes(StandardCharsets.UTF_8)
                : MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType()) ? json.writeValueAsBytes(entity)
                : null;
        if (inhoud == null) {
            return;
        }
        String etag = EntityTags.of(inhoud);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if (EntityTags.ifNoneMatchMatches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(inhoud, response.getEntityAnnotations(), response.getMediaType());
        }
    }
}
