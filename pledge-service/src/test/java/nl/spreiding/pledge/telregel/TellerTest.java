package nl.spreiding.pledge.telregel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TellerTest {

    private static final LocalDate VANAF = LocalDate.of(2025, 3, 1);
    private static final LocalDate TOT = LocalDate.of(2035, 3, 1);

    /** Cycle 1's practice: more than 100 places, five years, available by 2025-06-30 and until 2026-02-01. */
    private static Telregels cyclusEen(Telwijze telwijze) {
        return new Telregels("2024-2026", 100, telwijze, 5, LocalDate.of(2025, 6, 30), LocalDate.of(2026, 2, 1), "bron",
                true, "minister@minjenv.example", null, 0);
    }

    private static Plaatsing plaatsing(String gemeente, int plaatsen, LocalDate vanaf, LocalDate tot) {
        return new Plaatsing(gemeente, true, plaatsen, true, false, vanaf, tot);
    }

    @Test
    void deWettelijkeBasisregelTeltElkeDuurzameAsielplaats() {
        Beoordeling b = Teller.beoordeel(Telregels.basis("2024-2026"), plaatsing("GM0037", 1, null, null));

        assertThat(b).isEqualTo(Beoordeling.TELT);
    }

    @Test
    void eenLocatieVanPreciesHonderdPlaatsenTeltNietBijMeerDanHonderd() {
        Beoordeling b = Teller.beoordeel(cyclusEen(Telwijze.PER_LOCATIE), plaatsing("GM0037", 100, VANAF, TOT));

        assertThat(b.telt()).isFalse();
        assertThat(b.redenen()).containsExactly(
                "De locatie heeft 100 plaatsen; er tellen alleen locaties met meer dan 100 plaatsen.");
    }

    @Test
    void perGemeenteTellenKleineLocatiesSamenMeeAlsZeSamenDeOmvangHalen() {
        Map<String, Plaatsing> p = new LinkedHashMap<>();
        p.put("a", plaatsing("GM0037", 60, VANAF, TOT));
        p.put("b", plaatsing("GM0037", 41, VANAF, TOT));
        p.put("c", plaatsing("GM0014", 80, VANAF, TOT));

        Map<String, Beoordeling> b = Teller.beoordeel(cyclusEen(Telwijze.PER_GEMEENTE), p);

        assertThat(b.get("a").telt()).isTrue();
        assertThat(b.get("b").telt()).isTrue();
        assertThat(b.get("c").redenen()).containsExactly("De gemeente GM0014 heeft samen 80 meetellende plaatsen; er "
                + "tellen alleen gemeenten met meer dan 100 plaatsen (telregel per gemeente).");
    }

    @Test
    void eenPlaatsDieVoorHetEindVanHetVensterVervaltTeltNietOokAlIsZijDuurzaamVerklaard() {
        Beoordeling b = Teller.beoordeel(cyclusEen(Telwijze.PER_LOCATIE),
                plaatsing("GM0014", 200, VANAF, LocalDate.of(2026, 1, 31)));

        assertThat(b.redenen()).containsExactly(
                "Beschikbaar van 2025-03-01 tot 2026-01-31 is korter dan de minimumduur van 5 jaar (tot 2030-03-01).",
                "Beschikbaar tot 2026-01-31, eerder dan 2026-02-01: de plaatsen moeten ten minste tot dan beschikbaar zijn.");
    }

    @Test
    void eenPlaatsDieNaDeRealisatiedatumBeschikbaarKomtTeltNiet() {
        Beoordeling b = Teller.beoordeel(cyclusEen(Telwijze.PER_LOCATIE),
                plaatsing("GM0014", 200, LocalDate.of(2025, 7, 1), TOT));

        assertThat(b.redenen()).containsExactly(
                "Beschikbaar vanaf 2025-07-01, later dan 2025-06-30: de plaatsen moeten uiterlijk dan beschikbaar zijn.");
    }

    @Test
    void eenPlaatsZonderBeginDatumTeltNietAlsHetVensterEenBeginHeeft() {
        Beoordeling b = Teller.beoordeel(cyclusEen(Telwijze.PER_LOCATIE), plaatsing("GM0014", 200, null, null));

        assertThat(b.redenen()).containsExactly("Beschikbaar vanaf is onbekend: niet te zien of de plaatsen uiterlijk "
                + "2025-06-30 beschikbaar zijn.");
    }

    @Test
    void eenNietDuurzameOfIngetrokkenToezeggingNoemtElkeReden() {
        Beoordeling b = Teller.beoordeel(Telregels.basis("2024-2026"),
                new Plaatsing("GM0014", false, 200, false, true, null, null));

        assertThat(b.redenen()).hasSize(3).allSatisfy(r -> assertThat(r).isNotBlank());
    }
}
