package nl.spreiding.notification.notificatie;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A notification as a CloudEvent in JSON (structured mode), with the attributes of the NL GOV CloudEvents profile. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "CloudEvent", description = "Een notificatie als CloudEvent 1.0 in JSON (NL GOV CloudEvents-profiel); "
        + "precies wat een webhook als body ontvangt.", example = """
        {"specversion":"1.0","id":"a1b2c3d4-0000-4000-8000-000000000042","source":"urn:nld:spreiding:pledge-service",
         "type":"nl.spreiding.provinciaal-plan.ingediend","time":"2024-10-30T10:00:00Z","subject":"2024-2026/PV27",
         "datacontenttype":"application/json","data":{"cyclus":"2024-2026","provinciecode":"PV27"}}""")
public record CloudEventDto(
        @Schema(description = "CloudEvents-versie", example = "1.0") String specversion,
        @Schema(description = "Id van de gebeurtenis; met source uniek", example = "a1b2c3d4-0000-4000-8000-000000000042") String id,
        @Schema(description = "Wie de gebeurtenis meldde", example = "urn:nld:spreiding:pledge-service") String source,
        @Schema(description = "Soort gebeurtenis", example = "nl.spreiding.provinciaal-plan.ingediend") String type,
        @Schema(description = "Wanneer het gebeurde (UTC)", example = "2024-10-30T10:00:00Z") String time,
        @Schema(description = "Waarover het gaat", example = "2024-2026/PV27", nullable = true) String subject,
        @Schema(description = "Mediatype van data", example = "application/json") String datacontenttype,
        @Schema(description = "De gegevens van de gebeurtenis (zie docs/gebeurtenissen.md)", type = SchemaType.OBJECT,
                example = "{\"cyclus\":\"2024-2026\",\"provinciecode\":\"PV27\"}") Map<String, Object> data) {
}
