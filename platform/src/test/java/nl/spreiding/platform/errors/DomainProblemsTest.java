package nl.spreiding.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.spreiding.platform.api.DomainProblems;
import nl.spreiding.platform.api.Problem;

class DomainProblemsTest {

    @Test
    void elkeSoortWeigeringKrijgtZijnStatus() {
        assertThat(DomainProblems.of(DomainException.notFound("x")).status()).isEqualTo(404);
        assertThat(DomainProblems.of(DomainException.forbidden("x")).status()).isEqualTo(403);
        assertThat(DomainProblems.of(DomainException.conflict("urn:t", "T", "x")).status()).isEqualTo(409);
        assertThat(DomainProblems.of(DomainException.staleVersion("x")).status()).isEqualTo(412);
        assertThat(DomainProblems.of(new DomainException(DomainException.Kind.VERSION_REQUIRED, null, null, "x",
                java.util.List.of())).status()).isEqualTo(428);
        assertThat(DomainProblems.of(DomainException.unprocessable("urn:t", "T", "x")).status()).isEqualTo(422);
        assertThat(DomainProblems.of(DomainException.invalid("x", "veld", "reden")).status()).isEqualTo(400);
    }

    @Test
    void eenWeigeringZonderEigenTypeKrijgtHetAlgemeneTypeEnDeNederlandseTitel() {
        Problem probleem = DomainProblems.of(DomainException.notFound("Cyclus 2030-2032 bestaat niet."));
        assertThat(probleem.type()).isEqualTo(Problem.BLANK);
        assertThat(probleem.title()).isEqualTo("Niet gevonden");
        assertThat(probleem.detail()).isEqualTo("Cyclus 2030-2032 bestaat niet.");
    }

    @Test
    void eenWeigeringMetEigenTypeHoudtTypeTitelEnUitleg() {
        Problem probleem = DomainProblems.of(DomainException.conflict("urn:nld:spreiding:probleem:bestaat-al",
                "Bestaat al", "Cyclus 2024-2026 is al geopend."));
        assertThat(probleem).extracting(Problem::type, Problem::title, Problem::detail)
                .containsExactly("urn:nld:spreiding:probleem:bestaat-al", "Bestaat al", "Cyclus 2024-2026 is al geopend.");
    }

    @Test
    void ongeldigeInvoerNoemtElkVeldMetZijnReden() {
        Problem probleem = DomainProblems.of(DomainException.invalid("Een cyclus duurt twee jaar.",
                List.of(new DomainException.FieldError("code", "eindjaar is beginjaar + 2"))));
        assertThat(probleem.detail()).isEqualTo("Een cyclus duurt twee jaar.");
        assertThat(probleem.invalidParams()).containsExactly(new Problem.InvalidParam("code", "eindjaar is beginjaar + 2"));
    }

    @Test
    void eenWeigeringVanEenAndereSoortNoemtOokZijnVelden() {
        Problem probleem = DomainProblems.of(new DomainException(DomainException.Kind.UNPROCESSABLE,
                "urn:nld:spreiding:probleem:onvoldoende-invoer", "Onvoldoende invoer", "Er ontbreekt een score.",
                List.of(new DomainException.FieldError("gemeenten[GM0363].sesWoaScore", "ontbreekt"))));
        assertThat(probleem.status()).isEqualTo(422);
        assertThat(probleem.detail()).isEqualTo("Er ontbreekt een score.");
        assertThat(probleem.invalidParams())
                .containsExactly(new Problem.InvalidParam("gemeenten[GM0363].sesWoaScore", "ontbreekt"));
    }

    @Test
    void ongeldigeInvoerNoemtTenHoogsteHonderdVeldenEnZegtHetTotaal() {
        List<DomainException.FieldError> velden = IntStream.range(0, 150)
                .mapToObj(i -> new DomainException.FieldError("regel" + i, "ongeldig")).toList();
        Problem probleem = DomainProblems.of(DomainException.invalid("Het bestand is afgekeurd.", velden));
        assertThat(probleem.invalidParams()).hasSize(Problem.MAX_INVALID_PARAMS);
        assertThat(probleem.detail()).contains("150");
    }
}
