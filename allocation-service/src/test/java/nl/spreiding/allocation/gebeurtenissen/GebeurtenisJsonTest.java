package nl.spreiding.allocation.gebeurtenissen;

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
            "cyclus.geopend, nl.spreiding.allocation.gebeurtenissen.CyclusGeopend",
            "capaciteitsraming.gepubliceerd, nl.spreiding.allocation.gebeurtenissen.CapaciteitsramingGepubliceerd",
            "verdeling.vastgesteld, nl.spreiding.allocation.gebeurtenissen.VerdelingGepubliceerd",
            "verdeling.herzien, nl.spreiding.allocation.gebeurtenissen.VerdelingGepubliceerd" })
    void elkeGebeurtenisSchrijftPreciesHaarGepubliceerdeVoorbeeld(String type, Class<?> record) throws IOException {
        JsonNode voorbeeld = voorbeeld(type);
        String geschreven = JSON.writeValueAsString(JSON.treeToValue(voorbeeld, record));
        assertThat(geschreven).isEqualTo(JSON.writeValueAsString(voorbeeld));
    }

    private static JsonNode voorbeeld(String type) throws IOException {
        try (InputStream in = GebeurtenisJsonTest.class.getResourceAsStream(
                "/META-INF/spreiding/gebeurtenissen/allocation-service/" + type + ".voorbeeld.json")) {
            return JSON.readTree(in);
        }
    }
}
