package nl.spreiding.pledge.derdelanders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.spreiding.pledge.derdelanders.Plaatsdagen.Telling;

class PlaatsdagenTest {

    @Test
    void eenTellingGeldtTotDeDagVoorDeVolgendeEnDeLaatsteTotEnMetTot() {
        // 12 people 5-31 March (27 days) = 324; 5 people 1-30 April (30 days) = 150.
        Plaatsdagen.Uitkomst u = Plaatsdagen.bereken(List.of(new Telling(LocalDate.of(2024, 3, 5), 12),
                new Telling(LocalDate.of(2024, 4, 1), 5)), LocalDate.of(2024, 4, 30));
        assertThat(u.regels()).extracting(Plaatsdagen.Regel::plaatsdagen).containsExactly(324L, 150L);
        assertThat(u.plaatsdagen()).isEqualTo(474L);
    }

    @Test
    void eenTellingNaTotTeltNietMee() {
        Plaatsdagen.Uitkomst u = Plaatsdagen.bereken(List.of(new Telling(LocalDate.of(2024, 3, 5), 12),
                new Telling(LocalDate.of(2024, 5, 1), 5)), LocalDate.of(2024, 3, 10));
        assertThat(u.plaatsdagen()).isEqualTo(72L);
    }
}
