package nl.spreiding.allocation.verdeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reconciling a calculated distribution (A, population only) with an adopted table (B). */
class AansluitingTest {

    /** A: 100 places by population 1000, 2000, 3000 is 17, 33, 50; B: the table 20, 60, 22 of GepubliceerdeTabelTest. */
    private static Aansluiting aansluiting() {
        Verdeling a = Verdeelberekening.bereken(Verdeelsleutel.INWONERS, GepubliceerdeTabelTest.REFERENTIE, 100);
        return Aansluiting.van(VerdelingVergelijking.vergelijk(a, GepubliceerdeTabelTest.tabel()));
    }

    @Test
    void deImplicieteCorrectiefactorIsAandeelInDeOpgavenGedeeldDoorAandeelInDeBevolking() {
        // Beekdorp in B: (60 / 102) / (2000 / 6000) = 360 / 204 = 30/17; in A: (33 / 100) / (1/3) = 99/100.
        Aansluiting.Factoren beekdorp = aansluiting().factoren().get("GM0002");

        assertThat(beekdorp.correctiefactorB()).isEqualTo(Breuk.van(30, 17));
        assertThat(beekdorp.correctiefactorA()).isEqualTo(Breuk.van(99, 100));
        assertThat(beekdorp.correctiefactorBDecimaal()).isEqualTo(new BigDecimal("1.764706"));
    }

    @Test
    void deCorrectiefactorenGewogenNaarInwonersMiddelenTotPreciesEen() {
        Verdeling b = GepubliceerdeTabelTest.tabel();

        Breuk gewogen = b.gemeenten().stream()
                .map(g -> Aansluiting.factoren(b).get(g.gemeentecode()).maal(g.aantalInwoners()))
                .reduce(Breuk.NUL, Breuk::plus).gedeeldDoor(Breuk.van(6000));

        assertThat(gewogen).isEqualTo(Breuk.EEN);
    }

    @Test
    void deSamenvattingTeltOvereenkomstenEnGeeftDeGemiddeldeAbsoluteProcentueleAfwijking() {
        // A 17, 33, 50 against B 20, 60, 22: |3|/17, |27|/33, |-28|/50 → (300/17 + 2700/33 + 56) / 3 % = 51.8217…%
        Aansluiting.Samenvatting s = aansluiting().samenvatting();

        assertThat(s.aantalGemeenten()).isEqualTo(3);
        assertThat(s.exacteOvereenkomsten()).isZero();
        assertThat(s.gemiddeldeAbsoluteProcentueleAfwijking())
                .isEqualTo(Breuk.van(300, 17).plus(Breuk.van(2700, 33)).plus(Breuk.van(56)).gedeeldDoor(Breuk.van(3)));
        assertThat(s.gemiddeldeAbsoluteProcentueleAfwijkingDecimaal()).isEqualTo(new BigDecimal("51.8217"));
        assertThat(s.somA()).isEqualTo(100);
        assertThat(s.somB()).isEqualTo(102);
        assertThat(s.verschil()).isEqualTo(2);
    }

    @Test
    void deGrootsteVerschillenStaanGrootsteEerst() {
        assertThat(aansluiting().samenvatting().grootsteVerschillen())
                .extracting(VerdelingVergelijking.Gemeenteverschil::gemeentecode).containsExactly("GM0003", "GM0002", "GM0001");
    }

    @Test
    void eenGemeenteMetOpgaveNulInATeltNietMeeInHetGemiddelde() {
        List<GemeenteInvoer> een = List.of(GemeenteInvoer.van("GM0001", "Aastad", "PV27", 1000, null),
                GemeenteInvoer.van("GM0002", "Beekdorp", "PV27", 1_000_000, null));
        Verdeling a = Verdeelberekening.bereken(Verdeelsleutel.INWONERS, een, 1);
        Verdeling b = Verdeelberekening.bereken(Verdeelsleutel.INWONERS_PER_GEMEENTE, een, 2);

        Aansluiting.Samenvatting s = Aansluiting.van(VerdelingVergelijking.vergelijk(a, b)).samenvatting();

        assertThat(s.zonderPercentage()).isEqualTo(1);
        assertThat(s.gemiddeldeAbsoluteProcentueleAfwijking()).isEqualTo(Breuk.van(100));
    }
}
