package nl.spreiding.platform.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.spreiding.platform.contract.Schemacontrole.ContractbreukException;
import nl.spreiding.platform.outbox.Outbox;
import nl.spreiding.platform.outbox.OutboxEvent;

@QuarkusTest
class GebeurtenisContractTest {

    private static final String NOTITIE = "nl.spreiding.test.notitie.geschreven";

    @Inject
    Outbox outbox;

    @Test
    void deCatalogusWordtGepubliceerdMetSchemaEnVoorbeeld() {
        given().get("/api/v1/gebeurtenissen").then().statusCode(200)
                .body("producent", equalTo("platform-test"))
                .body("topic", equalTo("spreiding.test.v1"))
                .body("gebeurtenissen.type", hasItems(NOTITIE, "nl.spreiding.test.volgorde"))
                .body("gebeurtenissen.find { it.type == '" + NOTITIE + "' }.schema",
                        equalTo("/api/v1/gebeurtenissen/" + NOTITIE + "/schema"));
        given().get("/api/v1/gebeurtenissen/" + NOTITIE + "/schema").then().statusCode(200)
                .contentType(containsString("application/schema+json"))
                .body("required", hasItems("id", "tekst"));
        given().get("/api/v1/gebeurtenissen/" + NOTITIE + "/voorbeeld").then().statusCode(200)
                .body("tekst", equalTo("Eerste notitie"));
        given().get("/api/v1/gebeurtenissen/nl.spreiding.bestaat.niet/schema").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void elkVoorbeeldVoldoetAanZijnSchema() {
        Schemacontrole controle = Schemacontrole.van("platform-test");
        for (Gebeurteniscatalogus.Gebeurtenistype type : controle.catalogus().gebeurtenissen()) {
            assertThat(controle.fouten(type.type(), controle.catalogus().voorbeeld(type))).as(type.type()).isEmpty();
        }
    }

    @Test
    void deControleNoemtElkeFout() {
        Schemacontrole controle = Schemacontrole.van("platform-test");
        assertThat(controle.fouten(NOTITIE, "{\"id\": 0}"))
                .anySatisfy(f -> assertThat(f).contains("/id"))
                .anySatisfy(f -> assertThat(f).contains("tekst"));
        assertThat(controle.fouten(NOTITIE, "[1, 2]")).singleElement().asString().contains("geen JSON-object");
        assertThat(controle.fouten("nl.spreiding.test.onbekend", "{}")).singleElement().asString()
                .contains("niet in de catalogus");
    }

    @Test
    void deOutboxWeigertEenGebeurtenisDieHetContractBreektEnSchrijftDanNiets() {
        long voor = aantalInOutbox();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(
                () -> outbox.record("spreiding.test.v1", NOTITIE, "notitie/9", null, Map.of("id", 9))))
                .isInstanceOf(ContractbreukException.class).hasMessageContaining("tekst");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(
                () -> outbox.record("spreiding.test.v1", "nl.spreiding.test.onbekend", "x", null, Map.of("n", 1))))
                .isInstanceOf(ContractbreukException.class).hasMessageContaining("niet in de catalogus");
        assertThat(aantalInOutbox()).isEqualTo(voor);
    }

    private static long aantalInOutbox() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }
}
