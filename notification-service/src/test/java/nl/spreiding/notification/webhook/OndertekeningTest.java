package nl.spreiding.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

/** Our signatures, checked with the Standard Webhooks reference library. */
class OndertekeningTest {

    @Test
    void geheimenHebbenHetWhsecFormaatMetGenoegWillekeurigeBytes() {
        String geheim = Ondertekening.nieuwGeheim();
        assertThat(geheim).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(geheim.substring(6))).hasSizeGreaterThanOrEqualTo(24);
        assertThat(Ondertekening.nieuwGeheim()).isNotEqualTo(geheim);
    }

    @Test
    void deReferentiebibliotheekAanvaardtOnzeHandtekeningEnWeigertEenGewijzigdeBody() throws Exception {
        String geheim = Ondertekening.nieuwGeheim();
        String body = "{\"specversion\":\"1.0\",\"data\":{\"naam\":\"Fryslân\"}}";
        long ts = Instant.now().getEpochSecond();
        String handtekening = Ondertekening.handtekeningen(List.of(geheim), "msg_1", ts,
                body.getBytes(StandardCharsets.UTF_8));

        new Webhook(geheim).verify(body, headers("msg_1", ts, handtekening));
        assertThat(handtekening).isEqualTo(new Webhook(geheim).sign("msg_1", ts, body));
        assertThatThrownBy(() -> new Webhook(geheim).verify(body.replace("â", "a"), headers("msg_1", ts, handtekening)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void tijdensEenRotatieKloppenBeideGeheimen() throws Exception {
        String oud = Ondertekening.nieuwGeheim();
        String nieuw = Ondertekening.nieuwGeheim();
        String body = "{}";
        long ts = Instant.now().getEpochSecond();
        String handtekeningen = Ondertekening.handtekeningen(List.of(nieuw, oud), "msg_2", ts,
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(handtekeningen.split(" ")).hasSize(2).allMatch(h -> h.startsWith("v1,"));
        new Webhook(oud).verify(body, headers("msg_2", ts, handtekeningen));
        new Webhook(nieuw).verify(body, headers("msg_2", ts, handtekeningen));
        assertThatThrownBy(() -> new Webhook(Ondertekening.nieuwGeheim()).verify(body, headers("msg_2", ts, handtekeningen)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    static HttpHeaders headers(String id, long ts, String handtekening) {
        return HttpHeaders.of(Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(ts)),
                "webhook-signature", List.of(handtekening)), (a, b) -> true);
    }
}
