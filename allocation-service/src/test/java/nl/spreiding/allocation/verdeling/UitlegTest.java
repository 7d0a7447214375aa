package nl.spreiding.allocation.verdeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class UitlegTest {

    @Test
    void uitlegNoemtInvoerStappenEnSleutelversie() {
        Verdeelsleutel sleutel = Verdeelsleutel.SPREIDINGSWET_SES_WOA_EXACT.metInvoerbronnen(LocalDate.of(2024, 1, 1), 2022);
        Verdeling v = Verdeelberekening.bereken(sleutel, VoorbeeldVerdelingTest.GEMEENTEN, 13, 3);

        String tekst = v.uitleg("GM0002").orElseThrow().tekst();

        assertThat(tekst).contains(
                "Gemeente GM0002 Beekdorp (provincie PV27)",
                "Verdeelsleutel: SPREIDINGSWET_SES_WOA_EXACT versie 1",
                "Rechtsgrond: Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen (Stb. 2024, 12), art. 3",
                "2000 inwoners (peildatum 2024-01-01)",
                "SES-WOA-score -0.1 (jaargang 2022)",
                "5 bestaande duurzame plaatsen",
                "2000 × (1 − 0.1) = 1800",
                "= 1800 / 6000 = 0.3",
                "= 0.3 × 13 = 3.9",
                "grootste overschot: +1 op plaats 1 van 3 (overschot 0.9; 2 resterende plaatsen verdeeld) → opgave 4",
                "AMV-deel: opgave × AMV-totaal / totaal = 4 × 3 / 13 ≈ 0.923076923077 (exact 12/13)",
                "→ AMV-deel 1 (onderdeel van de opgave)",
                "max(0, 4 − 5) = 0",
                "som van alle opgaven 13 (gelijk aan het totaal)");
        assertThat(tekst).doesNotContain("≈ 0.3 ", "= ≈");
    }

    @Test
    void uitlegNoemtDeAfwijkingBijAfrondenPerGemeente() {
        Verdeling v = Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA, VoorbeeldVerdelingTest.GEMEENTEN, 13, 3);

        Uitleg uitleg = v.uitleg("GM0003").orElseThrow();

        assertThat(uitleg.sleutel()).isEqualTo(Verdeelsleutel.SPREIDINGSWET_SES_WOA);
        assertThat(uitleg.tekst()).contains(
                "Verdeelsleutel: SPREIDINGSWET_SES_WOA versie 1",
                "3000 × (1 + 0) = 3000",
                "afgerond naar boven (0.5 ≥ 0.5) → opgave 7",
                "jaargang niet vastgelegd: de meest recente",
                "som van alle opgaven 14 (1 meer dan het totaal door de afronding per gemeente)",
                "niet bevestigd door een leesbare bron");
    }

    @Test
    void benaderdeWaardenWordenGemarkeerdEnExactGegeven() {
        // Population shares 1/6, 2/6, 3/6 of 10: 10/6 = 5/3 is not a finite decimal.
        Verdeling v = Verdeelberekening.bereken(Verdeelsleutel.INWONERS, VoorbeeldVerdelingTest.GEMEENTEN, 10);

        String tekst = v.uitleg("GM0001").orElseThrow().tekst();

        assertThat(tekst).contains("= 1000 / 6000 ≈ 0.166666666667 (exact 1/6)",
                "aandeel × totaal ≈ 0.166666666667 × 10 ≈ 1.666666666667 (exact 5/3)");
        assertThat(tekst).doesNotContain("= ≈");
    }

    @Test
    void uitlegZonderSesCorrectieEnZonderAmv() {
        Verdeling v = Verdeelberekening.bereken(Verdeelsleutel.STATUSHOUDERS, VoorbeeldVerdelingTest.GEMEENTEN, 10);

        String tekst = v.uitleg("GM0001").orElseThrow().tekst();

        assertThat(tekst).contains("Huisvestingswet 2014, art. 29", "1000 inwoners (geen correctie) = 1000",
                "SES-WOA-score niet gebruikt door deze sleutel", "AMV-deel: geen", "→ opgave 2");
        assertThat(v.uitleg("GM9999")).isEmpty();
    }
}
