package nl.spreiding.pledge.pagina;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The colour steps of the map: whole percent rounded down, five steps of 25 %, a task of 0 counts as covered. */
class DekkingTest {

    @Test
    void dekkingWordtNaarBenedenAfgerondOpHeleProcenten() {
        assertThat(Dekking.procent(299, 300)).isEqualTo(99);
    }

    @Test
    void alleenWieZijnOpgaveHelemaalDektValtInDeHoogsteStap() {
        assertThat(Dekking.stap(Dekking.procent(299, 300)).klasse()).isEqualTo("d3");
        assertThat(Dekking.stap(Dekking.procent(300, 300)).klasse()).isEqualTo("d4");
    }

    @Test
    void eenOpgaveVanNulGeldtAlsGedekt() {
        assertThat(Dekking.procent(0, 0)).isEqualTo(100);
    }

    @Test
    void deKaartHeeft342GemeentenEn12ProvinciesMetElkEenPad() {
        assertThat(Kaart.lees("pagina/kaart/gemeenten-2024.tsv")).hasSize(342)
                .allSatisfy(v -> assertThat(v.pad()).startsWith("M").endsWith("z"));
        assertThat(Kaart.lees("pagina/kaart/provincies-2024.tsv")).extracting(Kaart.Vorm::code).hasSize(12)
                .contains("PV20", "PV31");
    }
}
