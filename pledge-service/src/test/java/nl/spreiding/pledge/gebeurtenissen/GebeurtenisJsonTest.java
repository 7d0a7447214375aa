package nl.spreiding.pledge.gebeurtenissen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Each payload record writes exactly the published example: the same properties, values, nesting and order. */
class GebeurtenisJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @ParameterizedTest
    @CsvSource({
            "toezegging.geregistreerd, ToezeggingGebeurtenis",
            "toezegging.gewijzigd, ToezeggingGebeurtenis",
            "toezegging.ingetrokken, ToezeggingGebeurtenis",
            "provinciaal-plan.ingediend, PlanIngediend",
            "tekort.vastgesteld, TekortVastgesteld",
            "verdeelbesluit.genomen, VerdeelbesluitGenomen",
            "gemeente.aangewezen, GemeenteAangewezen",
            "realisatie.gemeld, RealisatieGemeld",
            "realisatie.termijn-verstreken, TermijnVerstreken",
            "indeplaatsstelling.gestart, IndeplaatsstellingGestart",
            "uitruil.vastgelegd, UitruilVastgelegd",
            "uitkering.recht-berekend, UitkeringsrechtBerekend",
            "uitkering.aangevraagd, UitkeringAangevraagd",
            "uitkering.besluit-genomen, UitkeringBesluitGenomen",
            "telregels.vastgesteld, TelregelsVastgesteld",
            "verrekening.vastgelegd, VerrekeningGebeurtenis",
            "verrekening.bevestigd, VerrekeningGebeurtenis",
            "oekraine-telling.vastgelegd, OekraineTellingVastgelegd",
            "derdelanders-telling.vastgelegd, DerdelandersTellingVastgelegd" })
    void elkeGebeurtenisSchrijftPreciesHaarGepubliceerdeVoorbeeld(String type, String record) throws Exception {
        JsonNode voorbeeld = voorbeeld(type);
        Class<?> klasse = Class.forName(GebeurtenisJsonTest.class.getPackageName() + "." + record);
        String geschreven = JSON.writeValueAsString(JSON.treeToValue(voorbeeld, klasse));
        assertThat(geschreven).isEqualTo(JSON.writeValueAsString(voorbeeld));
    }

    private static JsonNode voorbeeld(String type) throws IOException {
        try (InputStream in = GebeurtenisJsonTest.class.getResourceAsStream(
                "/META-INF/spreiding/gebeurtenissen/pledge-service/" + type + ".voorbeeld.json")) {
            return JSON.readTree(in);
        }
    }
}
