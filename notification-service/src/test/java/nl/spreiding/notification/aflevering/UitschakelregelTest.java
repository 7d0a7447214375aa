package nl.spreiding.notification.aflevering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** When a subscription that keeps failing is switched off (pure; the worker applies it to an exhausted delivery). */
class UitschakelregelTest {

    private static final Instant NU = Instant.parse("2024-11-06T10:12:00.123456Z");
    private final Uitschakelregel regel = new Uitschakelregel(Duration.ofDays(5));

    @Test
    void eenAbonnementDatPreciesDisableAfterFaaltWordtUitgeschakeld() {
        assertThat(regel.reden(NU.minus(Duration.ofDays(5)), NU, 503, null)).isPresent();
    }

    @Test
    void eenAbonnementDatKorterDanDisableAfterFaaltBlijftActief() {
        assertThat(regel.reden(NU.minus(Duration.ofDays(5)).plusSeconds(1), NU, 503, null)).isEmpty();
    }

    @Test
    void eenAbonnementZonderMisluktePogingSindsZijnLaatsteSuccesBlijftActief() {
        assertThat(regel.reden(null, NU, 503, null)).isEmpty();
    }

    @Test
    void deRedenNoemtSindsWanneerHetFaaltDeTermijnEnDeLaatsteStatus() {
        assertThat(regel.reden(Instant.parse("2024-11-01T09:00:00.5Z"), NU, 503, null)).hasValue(
                "Automatisch uitgeschakeld: sinds 2024-11-01T09:00:00Z is geen aflevering geslaagd, 5 dagen of langer "
                        + "(spreiding.webhooks.disable-after); de laatste poging op 2024-11-06T10:12:00Z kreeg HTTP 503.");
    }

    @Test
    void zonderHttpAntwoordNoemtDeRedenDeFoutAfgekortTotTweehonderdTekens() {
        String fout = "ConnectException: " + "x".repeat(300);
        assertThat(regel.reden(NU.minus(Duration.ofDays(6)), NU, null, fout)).get().asString()
                .endsWith("kreeg geen HTTP-antwoord (" + fout.substring(0, 200) + "…).")
                .hasSizeLessThanOrEqualTo(500);
    }

    @Test
    void eenTermijnWordtInHeleDagenUrenMinutenOfSecondenGenoemd() {
        assertThat(Uitschakelregel.duur(Duration.ofDays(1))).isEqualTo("1 dag");
        assertThat(Uitschakelregel.duur(Duration.ofDays(5))).isEqualTo("5 dagen");
        assertThat(Uitschakelregel.duur(Duration.ofHours(36))).isEqualTo("36 uur");
        assertThat(Uitschakelregel.duur(Duration.ofMinutes(90))).isEqualTo("90 minuten");
        assertThat(Uitschakelregel.duur(Duration.ofSeconds(45))).isEqualTo("45 seconden");
    }
}
