package nl.spreiding.notification.webhook;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;

/**
 * The body of a webhook: a CloudEvent 1.0 in JSON (structured mode), written by the CloudEvents SDK, with the
 * attributes the NL GOV CloudEvents profile asks for and the data as JSON.
 */
public final class WebhookCloudEvent {

    private static final JsonFormat JSON = new JsonFormat();

    private WebhookCloudEvent() {
    }

    /** @param subject may be null */
    public static byte[] alsJson(String id, String source, String type, Instant tijd, String subject, JsonNode data) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create(source))
                .withType(type)
                .withTime(tijd.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(JsonCloudEventData.wrap(data));
        if (subject != null) {
            event.withSubject(subject);
        }
        return JSON.serialize(event.build());
    }
}
