package nl.spreiding.allocation.verdeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class VerdelingVergelijkingTest {

    @Test
    void vergelijktMetEnZonderSesCorrectie() {
        // With SES (exact key): 3, 4, 6 (see VoorbeeldVerdelingTest). Population only: 13 × 1/6, 2/6, 3/6 =
        // 2.17, 4.33, 6.5 → floors 2, 4, 6, the one place left to the largest remainder (0.5, Cewolde) → 2, 4, 7.
        Verdeling metSes = Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA_EXACT, VoorbeeldVerdelingTest.GEMEENTEN, 13);
        Verdeling inwoners = Verdeelberekening.bereken(Verdeelsleutel.INWONERS, VoorbeeldVerdelingTest.GEMEENTEN, 13);

        VerdelingVergelijking vergelijking = VerdelingVergelijking.vergelijk(metSes, inwoners);

        assertThat(vergelijking.gemeenten()).containsExactly(
                new VerdelingVergelijking.Gemeenteverschil("GM0001", "Aastad", "PV27", 3, 2, -1, new BigDecimal("3.00"),
                        new BigDecimal("2.00")),
                new VerdelingVergelijking.Gemeenteverschil("GM0002", "Beekdorp", "PV27", 4, 4, 0, new BigDecimal("2.00"),
                        new BigDecimal("2.00")),
                new VerdelingVergelijking.Gemeenteverschil("GM0003", "Cewolde", "PV28", 6, 7, 1, new BigDecimal("2.00"),
                        new BigDecimal("2.33")));
        assertThat(vergelijking.provincies()).containsExactly(
                new VerdelingVergelijking.Provincieverschil("PV27", 7L, 6L, -1L, new BigDecimal("2.33"), new BigDecimal("2.00")),
                new VerdelingVergelijking.Provincieverschil("PV28", 6L, 7L, 1L, new BigDecimal("2.00"), new BigDecimal("2.33")));
    }

    @Test
    void gemeenteInMaarEenVerdelingHeeftGeenVerschil() {
        GemeenteInvoer oud = GemeenteInvoer.van("GM0001", "Aastad", "PV27", 1000, null);
        GemeenteInvoer nieuw = GemeenteInvoer.van("GM1999", "Aastad-Beekdorp", "PV27", 3000, null);
        Verdeling a = Verdeelberekening.bereken(Verdeelsleutel.INWONERS, List.of(oud), 10);
        Verdeling b = Verdeelberekening.bereken(Verdeelsleutel.INWONERS, List.of(nieuw), 12);

        VerdelingVergelijking vergelijking = VerdelingVergelijking.vergelijk(a, b);

        assertThat(vergelijking.gemeenten()).extracting(VerdelingVergelijking.Gemeenteverschil::gemeentecode)
                .containsExactly("GM0001", "GM1999");
        assertThat(vergelijking.gemeenten().get(0).opgaveB()).isNull();
        assertThat(vergelijking.gemeenten().get(0).verschil()).isNull();
        assertThat(vergelijking.gemeenten().get(1).plaatsenPerDuizendInwonersB()).isEqualByComparingTo("4.00");
        assertThat(vergelijking.provincies()).singleElement()
                .satisfies(p -> assertThat(p.verschil()).isEqualTo(2L));
    }

    @Test
    void plaatsenPerDuizendInwonersRondtHalfNaarBoven() {
        assertThat(VerdelingVergelijking.perDuizend(1, 800)).isEqualTo(new BigDecimal("1.25"));
        assertThat(VerdelingVergelijking.perDuizend(1, 8000)).isEqualTo(new BigDecimal("0.13")); // 0.125
        assertThat(VerdelingVergelijking.perDuizend(169, 23_000)).isEqualTo(new BigDecimal("7.35")); // 7.3478…
    }
}
