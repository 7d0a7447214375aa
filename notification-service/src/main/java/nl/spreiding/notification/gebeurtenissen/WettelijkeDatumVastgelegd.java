package nl.spreiding.notification.gebeurtenissen;

import java.util.List;

/**
 * Data of {@code nl.spreiding.wettelijke-datum.vastgelegd}: a legal date recorded, or a new one that supersedes an
 * earlier one ({@code vervangt}). Schema: {@code META-INF/spreiding/gebeurtenissen/notification-service/}.
 */
public record WettelijkeDatumVastgelegd(String wettelijkeDatumId, String sleutel, String datum, String omschrijving,
        List<String> doelgroepen, String bron, String bronUrl, String brontekst, String toelichting, String vervangt,
        String vastgelegdDoor, String vastgelegdOp) {
}
