package nl.spreiding.allocation.verdeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class InvoercontroleTest {

    private static final List<GemeenteInvoer> MET_GATEN = List.of(
            GemeenteInvoer.van("GM0004", "Dalen", "PV22", 800, null),
            GemeenteInvoer.van("GM0003", "Cewolde", "PV22", 1200, new BigDecimal("-1.200")),
            GemeenteInvoer.van("GM0002", "Beekdorp", "PV22", 1500, new BigDecimal("0.1")),
            GemeenteInvoer.van("GM0001", "Aastad", "PV22", 1000, null));

    @Test
    void ontbrekendeSesWoaScoreWordtPerGemeenteGemeld() {
        OngeldigeVerdelingsinvoer fout = catchThrowableOfType(OngeldigeVerdelingsinvoer.class,
                () -> Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA, MET_GATEN, 100, 10));

        assertThat(fout.fouten()).extracting(Invoerfout::gemeentecode).containsExactly("GM0001", "GM0003", "GM0004");
        assertThat(fout.fouten()).extracting(Invoerfout::veld).containsOnly("sesWoaScore");
        assertThat(fout.getMessage())
                .contains("SPREIDINGSWET_SES_WOA versie 1", "3 fouten")
                .contains("GM0001: SES-WOA-score ontbreekt voor Aastad")
                .contains("GM0004: SES-WOA-score ontbreekt voor Dalen")
                .contains("GM0003: het gewicht van Cewolde (").contains(") is negatief")
                .doesNotContain("GM0002");
    }

    @Test
    void zonderSesCorrectieIsDeScoreNietNodig() {
        Verdeling v = Verdeelberekening.bereken(Verdeelsleutel.INWONERS, MET_GATEN, 45);

        assertThat(v.gemeenten()).extracting(GemeenteOpgave::opgave).containsExactly(10, 15, 12, 8);
    }

    @Test
    void totalenEnDubbeleGemeentenWordenGecontroleerd() {
        GemeenteInvoer aastad = GemeenteInvoer.van("GM0001", "Aastad", "PV22", 1000, BigDecimal.ZERO);

        OngeldigeVerdelingsinvoer fout = catchThrowableOfType(OngeldigeVerdelingsinvoer.class,
                () -> Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA, List.of(aastad, aastad), 10, 11));

        assertThat(fout.fouten()).extracting(Invoerfout::veld).containsExactly("amvTotaal", "gemeentecode");
        assertThatThrownBy(() -> Verdeelberekening.bereken(Verdeelsleutel.INWONERS, List.of(), 10))
                .isInstanceOf(OngeldigeVerdelingsinvoer.class).hasMessageContaining("geen gemeente");
        assertThatThrownBy(() -> Verdeelberekening.bereken(Verdeelsleutel.INWONERS, List.of(aastad), -1))
                .isInstanceOf(OngeldigeVerdelingsinvoer.class).hasMessageContaining("negatief");
    }

    @Test
    void gemeenteInvoerBewaaktZijnVelden() {
        assertThatThrownBy(() -> GemeenteInvoer.van("0363", "Amsterdam", "PV27", 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gemeentecode");
        assertThatThrownBy(() -> GemeenteInvoer.van("GM0363", "Amsterdam", "27", 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provinciecode");
        assertThatThrownBy(() -> GemeenteInvoer.van("GM0363", "Amsterdam", "PV27", 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aantalInwoners");
        assertThatThrownBy(() -> GemeenteInvoer.van("GM0363", "Amsterdam", "PV27", 1, null).metBestaandeDuurzamePlaatsen(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bestaandeDuurzamePlaatsen");
    }

    @Test
    void amvGrootsteOverschotVereistEenExacteHoofdafronding() {
        assertThatThrownBy(() -> new Verdeelsleutel("X", 1, "x", "x", Correctie.GEEN, Afronding.PER_GEMEENTE,
                Afronding.GROOTSTE_OVERSCHOT, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
