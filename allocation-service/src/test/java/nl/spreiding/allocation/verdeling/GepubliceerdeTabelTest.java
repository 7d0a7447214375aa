package nl.spreiding.allocation.verdeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Adopting a published table: taken over as it is, or refused with every problem. Synthetic municipalities and numbers. */
class GepubliceerdeTabelTest {

    static final GepubliceerdeTabel.Bron BRON = new GepubliceerdeTabel.Bron("Stcrt. 2090, 1", LocalDate.of(2090, 1, 31),
            "https://zoek.officielebekendmakingen.nl/stcrt-2090-1.html");
    static final List<GemeenteInvoer> REFERENTIE = List.of(
            GemeenteInvoer.van("GM0001", "Aastad", "PV27", 1000, null),
            GemeenteInvoer.van("GM0002", "Beekdorp", "PV27", 2000, null).metBestaandeDuurzamePlaatsen(50),
            GemeenteInvoer.van("GM0003", "Cewolde", "PV28", 3000, null));

    private static GepubliceerdeTabel.Regel regel(int nummer, String code, String opgave, String amv) {
        return new GepubliceerdeTabel.Regel(nummer, code, opgave, amv, null);
    }

    /** 20 + 60 + 22 = 102 for a total of 100: the published sum stays, as cycle 1's 96,002 does. */
    static Verdeling tabel() {
        return GepubliceerdeTabel.neemOver(BRON, REFERENTIE, List.of(regel(2, "GM0003", "22", "2"), regel(3, "GM0001", "20", "2"),
                regel(4, "GM0002", "60", "6")), 100, 10);
    }

    @Test
    void eenTabelWordtOvergenomenZoalsZijIsOokAlsHaarSomAfwijktVanHetTotaal() {
        Verdeling verdeling = tabel();

        assertThat(verdeling.gemeenten()).extracting(GemeenteOpgave::opgave).containsExactly(20, 60, 22);
        assertThat(verdeling.gemeenten()).extracting(GemeenteOpgave::amv).containsExactly(2, 6, 2);
        assertThat(verdeling.totaal()).isEqualTo(100);
        assertThat(verdeling.somOpgaven()).isEqualTo(102);
        assertThat(verdeling.afwijkingVanTotaal()).isEqualTo(2);
        assertThat(verdeling.gemeenten().get(1).resterendeOpgave()).isEqualTo(10);
        assertThat(verdeling.gemeenten().get(1).aandeel()).isEqualTo(Breuk.van(60, 102));
        assertThat(verdeling.provincies()).extracting(ProvincieOpgave::opgave).containsExactly(80L, 22L);
        assertThat(verdeling.sleutel().code()).isEqualTo(GepubliceerdeTabel.SLEUTELCODE);
    }

    @Test
    void zonderTotaalGeldtDeSomVanDeTabel() {
        Verdeling verdeling = GepubliceerdeTabel.neemOver(BRON, REFERENTIE, List.of(regel(2, "GM0001", "1", "0"),
                regel(3, "GM0002", "2", "1"), regel(4, "GM0003", "3", "1")), null, null);

        assertThat(verdeling.totaal()).isEqualTo(6);
        assertThat(verdeling.amvTotaal()).isEqualTo(2);
    }

    @Test
    void eenAfgekeurdeTabelNoemtElkProbleemInEenKeer() {
        List<GepubliceerdeTabel.Regel> regels = List.of(
                regel(2, "GM0001", "20", "30"),
                regel(3, "GM0001", "20", "2"),
                regel(4, "GM9999", "1", "0"),
                regel(5, "Aastad", "-1", "1,5"),
                new GepubliceerdeTabel.Regel(6, "GM0003", "7", "", "heeft 2 velden; de kopregel 3"));

        assertThatThrownBy(() -> GepubliceerdeTabel.neemOver(BRON, REFERENTIE, regels, 100, 10))
                .isInstanceOfSatisfying(OngeldigeVerdelingsinvoer.class, e -> assertThat(e.fouten())
                        .extracting(Invoerfout::veld).containsExactly(
                                "regel[2].amv", "regel[3].gemeentecode", "regel[4].gemeentecode", "regel[5].opgave",
                                "regel[5].amv", "regel[5].gemeentecode", "regel[6]", "regel[6].amv", "gemeenten[GM0002]"));
    }

    @Test
    void eenLegeTabelWordtAfgekeurdMetElkeOntbrekendeGemeente() {
        assertThatThrownBy(() -> GepubliceerdeTabel.neemOver(BRON, REFERENTIE, List.of(), 100, 10))
                .isInstanceOfSatisfying(OngeldigeVerdelingsinvoer.class, e -> assertThat(e.fouten())
                        .extracting(Invoerfout::veld)
                        .containsExactly("bestand", "gemeenten[GM0001]", "gemeenten[GM0002]", "gemeenten[GM0003]"));
    }

    @Test
    void deUitlegNoemtDePublicatieEnGeenFormule() {
        Verdeling verdeling = tabel();

        Uitleg uitleg = GepubliceerdeTabel.uitleg(verdeling, verdeling.gemeente("GM0002").orElseThrow(), BRON);

        assertThat(uitleg.tekst())
                .contains("overgenomen uit de publicatie Stcrt. 2090, 1 van 2090-01-31 "
                        + "(https://zoek.officielebekendmakingen.nl/stcrt-2090-1.html)")
                .contains("Opgave: 60 plaatsen, zoals gepubliceerd")
                .contains("max(0, 60 − 50) = 10")
                .contains("op tot 102 plaatsen (AMV 10); te verdelen waren 100 (AMV 10): 2 meer, zo gepubliceerd")
                .doesNotContain("Gewicht");
    }
}
