package nl.spreiding.allocation.verdeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The correction function families: their factors, their parameter checks and how they are explained. */
class CorrectieTest {

    private static final List<GemeenteInvoer> GEMEENTEN = List.of(
            GemeenteInvoer.van("GM0001", "Aadorp", "PV20", 1_000, new BigDecimal("-0.700")),
            GemeenteInvoer.van("GM0002", "Beekdorp", "PV20", 2_000, new BigDecimal("0.000")),
            GemeenteInvoer.van("GM0003", "Ceedorp", "PV21", 3_000, new BigDecimal("0.650")));

    private static final Correctiebron AANNAME = new Correctiebron(Correctiebron.Soort.AANNAME, "test", null, null);

    @Test
    void lineairMetAIsEenRekentBitVoorBitAlsDeBestaandeSesWoaCorrectie() {
        Verdeelsleutel nieuw = new Verdeelsleutel("NIEUW", 2, "x", "x", new Correctie.Lineair(new BigDecimal("1.000")),
                Afronding.GROOTSTE_OVERSCHOT, Afronding.GROOTSTE_OVERSCHOT, null, null, AANNAME);

        Verdeling bestaand = Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA_EXACT, GEMEENTEN, 96_000, 8_140);
        Verdeling metNieuw = Verdeelberekening.bereken(nieuw, GEMEENTEN, 96_000, 8_140);

        assertThat(metNieuw.gemeenten()).isEqualTo(bestaand.gemeenten());
        assertThat(metNieuw.totaalGewicht()).isEqualTo(bestaand.totaalGewicht());
    }

    @Test
    void begrensdLineairHoudtDeFactorTussenOnderEnBovengrens() {
        Correctie c = new Correctie.BegrensdLineair(BigDecimal.ONE, new BigDecimal("0.5"), new BigDecimal("1.5"));

        assertThat(GEMEENTEN.stream().map(c::factor).toList()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("1.5"));
    }

    @Test
    void eenBandGeldtVanafHaarOndergrensTotHaarBovengrens() {
        Correctie c = new Correctie.Banden(List.of(new Correctie.Band(null, BigDecimal.ZERO, new BigDecimal("0.8")),
                new Correctie.Band(BigDecimal.ZERO, new BigDecimal("0.65"), BigDecimal.ONE),
                new Correctie.Band(new BigDecimal("0.65"), null, new BigDecimal("1.2"))));

        assertThat(GEMEENTEN.stream().map(c::factor).toList())
                .containsExactly(new BigDecimal("0.8"), BigDecimal.ONE, new BigDecimal("1.2"));
    }

    @Test
    void bandenMetEenGatWordenGeweigerdMetHetVeld() {
        assertThatThrownBy(() -> new Correctie.Banden(List.of(new Correctie.Band(null, BigDecimal.ZERO, BigDecimal.ONE),
                new Correctie.Band(new BigDecimal("0.1"), null, BigDecimal.ONE))))
                .isInstanceOf(OngeldigeCorrectie.class).hasMessageContaining("buiten elke band")
                .extracting(e -> ((OngeldigeCorrectie) e).veld()).isEqualTo("correctie.banden[1].vanaf");
    }

    @Test
    void eenBandMoetEenFactorBovenNulHebben() {
        assertThatThrownBy(() -> new Correctie.Banden(List.of(new Correctie.Band(null, null, BigDecimal.ZERO))))
                .isInstanceOf(OngeldigeCorrectie.class)
                .extracting(e -> ((OngeldigeCorrectie) e).veld()).isEqualTo("correctie.banden[0].factor");
    }

    @Test
    void eenOndergrensVanNulWordtGeweigerd() {
        assertThatThrownBy(() -> new Correctie.BegrensdLineair(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE))
                .isInstanceOf(OngeldigeCorrectie.class)
                .extracting(e -> ((OngeldigeCorrectie) e).veld()).isEqualTo("correctie.minimum");
    }

    @Test
    void deUitlegNoemtFamilieParametersEnBron() {
        Correctiebron bron = new Correctiebron(Correctiebron.Soort.PUBLICATIE, "Stcrt. 2090, 1", LocalDate.of(2090, 3, 12),
                "https://example.org/stcrt");
        Verdeelsleutel sleutel = new Verdeelsleutel("BEGRENSD", 1, "x", "x",
                new Correctie.BegrensdLineair(BigDecimal.ONE, new BigDecimal("0.5"), new BigDecimal("1.5")),
                Afronding.GROOTSTE_OVERSCHOT, Afronding.GROOTSTE_OVERSCHOT, null, null, bron);

        Uitleg uitleg = Verdeelberekening.bereken(sleutel, GEMEENTEN, 100, 0).uitleg("GM0001").orElseThrow();

        assertThat(uitleg.regels()).contains("Correctiefunctie: familie BEGRENSD_LINEAIR (a = 1; ondergrens 0.5; bovengrens "
                + "1.5); bron: publicatie Stcrt. 2090, 1 van 2090-03-12 (https://example.org/stcrt)");
        assertThat(uitleg.tekst()).contains("factor 1 + 1 × -0.7 = 0.3 → ondergrens 0.5; 1000 × 0.5 = 500");
    }

    @Test
    void deUitlegVanEenBestaandeSleutelBlijftZoalsZeWas() {
        Uitleg uitleg = Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA, GEMEENTEN, 100, 0).uitleg("GM0001")
                .orElseThrow();

        assertThat(uitleg.regels()).noneMatch(r -> r.startsWith("Correctiefunctie:"))
                .contains("Gewicht (gewicht = aantal inwoners × (1 + SES-WOA-score)): 1000 × (1 − 0.7) = 300");
    }
}
