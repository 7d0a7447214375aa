package nl.spreiding.allocation.referentiedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.spreiding.allocation.invoer.Invoergrenzen;
import nl.spreiding.platform.errors.DomainException.FieldError;

/** The readers of CBS's layouts and the choice of the report year, on the fixtures in src/test/resources/cbs. */
class CbsBestandTest {

    private static final String SCORE = "GemiddeldeScore_29";

    static String fixture(String naam) {
        try (InputStream in = CbsBestandTest.class.getResourceAsStream("/cbs/" + naam)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CbsGemeentewaarden lees(String bestand, Integer verslagjaar) {
        return CbsGemeentewaarden.van(CbsBestand.lees(bestand, SCORE), verslagjaar, Invoergrenzen::sesWoaFout);
    }

    private static List<FieldError> problemen(Runnable lezen) {
        return catchThrowableOfType(GemeentenCsv.Afgekeurd.class, lezen::run).problemen;
    }

    @Test
    void deTypedDataSetAlsJsonNoemtHaarTabelEnLeestAlleenDeGemeentenMetBijgesnedenCode() {
        CbsTabel tabel = CbsBestand.lees(fixture("86092NED-TypedDataSet-alle-gemeenten.json"), SCORE);
        CbsGemeentewaarden waarden = CbsGemeentewaarden.van(tabel, 2023, Invoergrenzen::sesWoaFout);

        assertThat(tabel.indeling()).isEqualTo(CbsTabel.Indeling.ODATA_JSON);
        assertThat(tabel.tabel()).isEqualTo("86092NED");
        assertThat(waarden.waarden()).hasSize(342).allSatisfy((code, score) -> assertThat(code).matches("GM\\d{4}"));
        // GM0014 in 2023: (14 × 7919 + 2023 × 13) mod 801 − 400 = −206, see the fixture's README.
        assertThat(waarden.waarden().get("GM0014")).isEqualByComparingTo("-0.206");
        assertThat(waarden.voorlopig()).isNull();
        assertThat(waarden.problemen()).isEmpty();
    }

    @Test
    void deTypedDataSetAlsCsvGeeftDezelfdeWaardenAlsAlsJson() {
        CbsTabel csv = CbsBestand.lees(fixture("86092NED-TypedDataSet-alle-gemeenten.csv"), SCORE);

        assertThat(csv.indeling()).isEqualTo(CbsTabel.Indeling.ODATA_CSV);
        // JSON writes -0.4 where CSV writes -0.400: the same number.
        assertThat(CbsGemeentewaarden.van(csv, 2022, Invoergrenzen::sesWoaFout).waarden()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(lees(fixture("86092NED-TypedDataSet-alle-gemeenten.json"), 2022).waarden());
    }

    @Test
    void deStatlineCsvMetSymbolenLeestDeNederlandseKolomVanDeTotaalscoreMetDecimaleKomma() {
        CbsTabel tabel = CbsBestand.lees(fixture("85900NED-statline-symbolen.csv"), SCORE);
        CbsGemeentewaarden waarden = CbsGemeentewaarden.van(tabel, 2021, Invoergrenzen::sesWoaFout);

        assertThat(tabel.indeling()).isEqualTo(CbsTabel.Indeling.STATLINE_SYMBOLEN);
        assertThat(tabel.meting()).isEqualTo("SES-WOA / Totaalscore / Gemiddelde score (Getal)");
        assertThat(waarden.waarden()).containsOnlyKeys("GM0014", "GM0034");
        assertThat(waarden.waarden().get("GM0014")).isEqualByComparingTo(new BigDecimal("-0.111"));
    }

    @Test
    void eenJaarMetSterInStatlineIsVoorlopigEnEenJaarZonderDefinitief() {
        String bestand = fixture("85900NED-statline-symbolen.csv");

        assertThat(lees(bestand, 2022).voorlopig()).isTrue();
        assertThat(lees(bestand, 2021).voorlopig()).isFalse();
    }

    @Test
    void eenBestandMetTweeVerslagjarenZonderKeuzeWordtGeweigerdMetDeJaren() {
        assertThat(problemen(() -> lees(fixture("86092NED-TypedDataSet-alle-gemeenten.json"), null)))
                .containsExactly(new FieldError("verslagjaar",
                        "het bestand bevat de verslagjaren 2022, 2023; kies er een met ?verslagjaar="));
    }

    @Test
    void eenVerslagjaarDatNietInHetBestandStaatWordtGeweigerd() {
        assertThat(problemen(() -> lees(fixture("86092NED-TypedDataSet-alle-gemeenten.csv"), 2021)))
                .extracting(FieldError::reason).containsExactly("2021 staat niet in het bestand; het bevat 2022, 2023");
    }

    @Test
    void eenBestandMetEenVerslagjaarHeeftGeenKeuzeNodig() {
        String bestand = """
                "ID";"WijkenEnBuurten";"Perioden";"GemiddeldeScore_29"
                "0";"GM0014    ";"2023JJ00";"0.010"
                """;

        assertThat(lees(bestand, null).verslagjaar()).isEqualTo(2023);
    }

    @Test
    void eenPuntOfLegeWaardeVanEenGemeenteIsEenProbleemOpHaarRegelMaarVanEenBuurtNiet() {
        String bestand = """
                "ID";"WijkenEnBuurten";"Perioden";"GemiddeldeScore_29"
                "0";"GM0014    ";"2023JJ00";"."
                "1";"BU00140000";"2023JJ00";"."
                "2";"GM0034    ";"2023JJ00";""
                "3";"GM0037    ";"2023JJ00";"0.001"
                """;

        assertThat(lees(bestand, 2023).problemen()).containsExactly(
                new FieldError("regel[2].GemiddeldeScore_29", "GM0014 heeft geen waarde (CBS: '.')"),
                new FieldError("regel[4].GemiddeldeScore_29", "GM0034 heeft geen waarde (CBS: '')"));
    }

    @Test
    void eenNullInJsonIsEenGemeenteZonderWaardeOpHaarPlaatsInDeLijst() {
        String bestand = """
                {"odata.metadata":"https://opendata.cbs.nl/ODataApi/OData/85539NED/$metadata#Cbs.OData.WebAPI.TypedDataSet",
                 "value":[{"ID":0,"WijkenEnBuurten":"GM0014    ","Perioden":"2021JJ00","GemiddeldeScore_29":null}]}""";

        assertThat(lees(bestand, null).problemen()).containsExactly(
                new FieldError("value[0].GemiddeldeScore_29", "GM0014 heeft geen waarde (CBS: '')"));
    }

    @Test
    void eenGetalMetVeelDecimalenInJsonWordtNietStilAfgerond() {
        String bestand = """
                {"odata.metadata":"x","value":[{"WijkenEnBuurten":"GM0014","Perioden":"2021JJ00","GemiddeldeScore_29":1e-999}]}""";

        assertThat(lees(bestand, null).problemen()).extracting(FieldError::name).containsExactly("value[0].GemiddeldeScore_29");
    }

    @Test
    void eenStatlineBestandZonderRegiocodesWordtGeweigerdMetWatErAanDeHandIs() {
        String zonderCodes = fixture("85900NED-statline-symbolen.csv").replaceAll("\"(NL|GM|WK|BU)\\d+ ", "\"");

        assertThat(problemen(() -> CbsBestand.lees(zonderCodes, SCORE))).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("regel[4].Wijken en buurten"))
                .satisfies(p -> assertThat(p.reason()).contains("zonder CBS-code", "'Nederland'"));
    }

    @Test
    void eenOntbrekendeMetingNoemtDeAanwezigeKolommen() {
        assertThat(problemen(() -> CbsBestand.lees(fixture("86092NED-TypedDataSet-alle-gemeenten.csv"), "Bestaat_9")))
                .singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("regel[1].Bestaat_9"))
                .satisfies(p -> assertThat(p.reason()).contains("WijkenEnBuurten", SCORE));
    }

    @Test
    void eenBestandInEenAndereIndelingWordtGeweigerdMetDeVerwachteIndelingen() {
        assertThat(problemen(() -> CbsBestand.lees("gemeente;score\nGM0014;0.1\n", SCORE))).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("geen CBS-export herkend", "TypedDataSet", "statistische symbolen"));
    }

    @Test
    void ongeldigeJsonNoemtRegelEnKolom() {
        assertThat(problemen(() -> CbsBestand.lees("{\"value\":[{\"ID\":0,}]}", SCORE))).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("is geen geldige JSON (regel 1, kolom"));
    }

    @Test
    void odataV4ObservationsWordenGeweigerdMetVerwijzingNaarDeTypedDataSet() {
        String v4 = """
                {"@odata.context":"https://datasets.cbs.nl/odata/v1/CBS/86092NED/$metadata#Observations",
                 "value":[{"Id":0,"Measure":"M000001","Value":0.1,"WijkenEnBuurten":"GM0014","Perioden":"2023JJ00"}]}""";

        assertThat(problemen(() -> CbsBestand.lees(v4, SCORE))).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("Observations", "TypedDataSet"));
    }

    @Test
    void eenPeriodeVanEenKwartaalBijEenGemeenteIsEenProbleem() {
        String bestand = """
                "ID";"RegioS";"Perioden";"GemiddeldeScore_29"
                "0";"GM0014  ";"2023KW01";"0.1"
                "1";"GM0034  ";"2023JJ00";"0.1"
                """;

        assertThat(lees(bestand, 2023).problemen()).extracting(FieldError::name).containsExactly("regel[2].GemiddeldeScore_29");
    }
}
