package nl.spreiding.pledge.uitkering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.spreiding.pledge.uitkering.Trede.Grondslag;
import nl.spreiding.pledge.uitkering.Trede.Wijze;
import nl.spreiding.pledge.uitkering.Trede.Zekerheid;
import nl.spreiding.pledge.uitkering.Uitkeringsberekening.Uitkomst;

/** Worked examples a reader can check by hand. */
class UitkeringsberekeningTest {

    private static final Trede BOVEN = new Trede(1, Grondslag.BOVEN_OPGAVE, 200_000, Wijze.OP_AANVRAAG, Zekerheid.GEMELD,
            "woordvoerder");
    private static final Trede TOT = new Trede(2, Grondslag.TOT_OPGAVE, 50_000, Wijze.AUTOMATISCH, Zekerheid.GEMELD, "x");

    @Test
    void westerwoldeKrijgtTweeduizendEuroPerPlaatsBovenZijnOpgave() {
        // 131 task, 2,031 durable places: 1,900 above it × EUR 2,000 = EUR 3,800,000 (the press: "about 4 million").
        Uitkomst u = Uitkeringsberekening.bereken(131, 2_031, List.of(BOVEN));
        assertThat(u.opAanvraagCent()).isEqualTo(380_000_000L);
        assertThat(u.automatischCent()).isZero();
        assertThat(u.regels().get(0).plaatsen()).isEqualTo(1_900);
        assertThat(u.toelichting()).contains("1.900 plaatsen × € 2.000,00 = € 3.800.000,00");
    }

    @Test
    void eenGemeenteOnderHaarOpgaveKrijgtNietsVoorPlaatsenBovenDeOpgave() {
        assertThat(Uitkeringsberekening.bereken(600, 599, List.of(BOVEN)).totaalCent()).isZero();
    }

    @Test
    void eenTredeTotDeOpgaveBetaaltHoogstensDeOpgaveAutomatisch() {
        Uitkomst u = Uitkeringsberekening.bereken(100, 130, List.of(BOVEN, TOT));
        assertThat(u.automatischCent()).isEqualTo(100 * 50_000L);
        assertThat(u.opAanvraagCent()).isEqualTo(30 * 200_000L);
        assertThat(u.totaalCent()).isEqualTo(u.regels().stream().mapToLong(Uitkeringsberekening.Regel::bedragCent).sum());
    }
}
