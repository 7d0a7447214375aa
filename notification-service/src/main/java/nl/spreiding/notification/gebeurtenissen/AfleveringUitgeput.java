package nl.spreiding.notification.gebeurtenissen;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The data of {@value Gebeurtenistypen#AFLEVERING_UITGEPUT}: a delivery stayed undelivered after all its attempts.
 *
 * @param laatsteStatus the last HTTP status; null (and present as null) when no HTTP answer came
 */
@JsonPropertyOrder({ "abonnementId", "notificatieId", "pogingen", "laatsteStatus" })
public record AfleveringUitgeput(String abonnementId, String notificatieId, int pogingen,
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer laatsteStatus) {
}
