package nl.spreiding.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class QueryFilterTest {

    @Test
    void eenFilterZonderWaardeFiltertNiets() {
        QueryFilter filter = new QueryFilter().equal("cyclus", null).when(null, "(a = :a or a is null)", "a");
        assertThat(filter.query()).isEqualTo("1 = 1");
        assertThat(filter.parameters()).isEmpty();
    }

    @Test
    void elkeGegevenWaardeWordtEenVoorwaardeMetEenBenoemdeParameter() {
        QueryFilter filter = new QueryFilter().equal("cyclus", "2024-2026").equal("status", null)
                .when("GM0363", "(organisatie = :organisatie or organisatie is null)", "organisatie");
        assertThat(filter.query())
                .isEqualTo("1 = 1 and cyclus = :cyclus and (organisatie = :organisatie or organisatie is null)");
        assertThat(filter.parameters()).isEqualTo(Map.of("cyclus", "2024-2026", "organisatie", "GM0363"));
    }
}
