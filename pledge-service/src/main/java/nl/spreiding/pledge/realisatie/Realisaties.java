package nl.spreiding.pledge.realisatie;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.pledge.api.Codes;
import nl.spreiding.pledge.besluit.Aanwijzing;
import nl.spreiding.pledge.besluit.Realisatiestand;
import nl.spreiding.pledge.gebeurtenissen.PledgePublisher;
import nl.spreiding.pledge.gebeurtenissen.RealisatieGemeld;
import nl.spreiding.pledge.gebeurtenissen.TermijnVerstreken;
import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.opgave.Opgave;
import nl.spreiding.pledge.plan.Plannen;
import nl.spreiding.pledge.toezegging.Toezegging;

/**
 * Realisation: municipalities report the places available per location (the latest report per location counts);
 * a designation is realised once its locations together reach its places before its deadline; a scheduled check
 * ({@link TermijnBewaking}) marks the rest overdue; the minister can then step in.
 */
@ApplicationScoped
public class Realisaties implements Realisatiestand {

    public static final String ONGELDIGE_VERWIJZING = "urn:nld:spreiding:probleem:ongeldige-verwijzing";

    private static final String GEREALISEERD_VOOR = """
            select coalesce(sum(aantal_gerealiseerd), 0) from (
                select distinct on (locatie) aantal_gerealiseerd from realisatie where aanwijzing_id = :a
                order by locatie, gemeld_op desc) laatste""";

    private final EntityManager em;
    private final PledgePublisher publisher;
    private final Aanvrager aanvrager;
    private final Clock clock;

    public Realisaties(EntityManager em, PledgePublisher publisher, Aanvrager aanvrager, Clock clock) {
        this.em = em;
        this.publisher = publisher;
        this.aanvrager = aanvrager;
        this.clock = clock;
    }

    @Schema(name = "RealisatieMelding", description = "De melding van een gemeente: zoveel plaatsen zijn nu beschikbaar op "
            + "deze locatie (een latere melding voor dezelfde locatie vervangt de eerdere).", example = """
            {"cyclus":"2026-2028","gemeentecode":"GM1952","locatie":"Hoogezand, Gorecht-Oost","doelgroep":"ASIEL",
             "aantalGerealiseerd":80,"duurzaam":true}""")
    public record RealisatieMelding(
            @NotNull @Pattern(regexp = Codes.CYCLUS, message = Codes.CYCLUS_MELDING) @Schema(required = true,
                    description = "Cyclus waarin de plaatsen meetellen (JJJJ-JJJJ)", example = "2026-2028") String cyclus,
            @NotNull @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING) @Schema(required = true,
                    description = "CBS-code van de meldende gemeente", example = "GM1952") String gemeentecode,
            @Pattern(regexp = Codes.TEKST, message = Codes.TEKST_MELDING) @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, description = "Naam of adres van de "
                    + "opvanglocatie (ten hoogste 200 tekens); een latere melding voor dezelfde locatie vervangt de eerdere",
                    example = "Hoogezand, Gorecht-Oost") String locatie,
            @NotNull @Schema(required = true, description = "Doelgroep van de plaatsen", example = "ASIEL") Doelgroep doelgroep,
            @NotNull @Min(0) @Max(100000) @Schema(required = true, minimum = "0", maximum = "100000",
                    description = "Plaatsen die nu op de locatie beschikbaar zijn", example = "80") Integer aantalGerealiseerd,
            @NotNull @Schema(required = true, description = "Duurzaam: de plaatsen zijn ten minste vijf jaar beschikbaar",
                    example = "true") Boolean duurzaam,
            @Schema(description = "Id van de vastgestelde aanwijzing van deze gemeente waarvoor deze plaatsen gelden "
                    + "(optioneel)", example = "7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9") UUID aanwijzingId,
            @Schema(description = "Id van de toezegging van deze gemeente die hiermee is gerealiseerd (optioneel)",
                    example = "0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10") UUID toezeggingId) {
    }

    @Schema(name = "Realisatie", description = "Een vastgelegde realisatiemelding.", example = """
            {"id":"2f3e4d5c-6b7a-4980-a1b2-c3d4e5f60718","cyclus":"2024-2026","provinciecode":"PV27","gemeentecode":"GM0363",
             "locatie":"Amsterdam, Willinklaan","doelgroep":"ASIEL","aantalGerealiseerd":120,"duurzaam":true,
             "aanwijzingId":"7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9","toezeggingId":null,
             "gemeldOp":"2025-03-01T10:00:00Z","gemeldDoor":"asielopvang@gm0363.example"}""")
    public record RealisatieDto(@Schema(description = "Id van de melding", example = "2f3e4d5c-6b7a-4980-a1b2-c3d4e5f60718") UUID id,
            @Schema(description = "Cyclus waarin de plaatsen meetellen", example = "2024-2026") String cyclus,
            @Schema(description = "CBS-code van de provincie van de gemeente", example = "PV27") String provinciecode,
            @Schema(description = "CBS-code van de meldende gemeente", example = "GM0363") String gemeentecode,
            @Schema(description = "Naam of adres van de opvanglocatie", example = "Amsterdam, Willinklaan") String locatie,
            @Schema(description = "Doelgroep van de plaatsen") Doelgroep doelgroep,
            @Schema(description = "Plaatsen die bij deze melding beschikbaar waren", example = "120") int aantalGerealiseerd,
            @Schema(description = "Duurzaam: de plaatsen zijn ten minste vijf jaar beschikbaar", example = "true") boolean duurzaam,
            @Schema(description = "Id van de aanwijzing waarvoor de plaatsen gelden", nullable = true,
                    example = "7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9") UUID aanwijzingId,
            @Schema(description = "Id van de gerealiseerde toezegging", nullable = true,
                    example = "0b5e4f1e-6a55-4c8e-9d43-2f0f1f1d9a10") UUID toezeggingId,
            @Schema(description = "Tijdstip van de melding (UTC)", example = "2025-03-01T10:00:00Z") Instant gemeldOp,
            @Schema(description = "Wie meldde (upn uit het token)", example = "asielopvang@gm0363.example") String gemeldDoor) {

        public static RealisatieDto van(Realisatie r) {
            return new RealisatieDto(r.id, r.cyclus, r.provinciecode, r.gemeentecode, r.locatie, r.doelgroep,
                    r.aantalGerealiseerd, r.duurzaam, r.aanwijzingId, r.toezeggingId, r.gemeldOp, r.gemeldDoor);
        }
    }

    @Transactional
    public Realisatie meld(RealisatieMelding m) {
        // A municipality reports only its own places; its designations and pledges are checked after this.
        aanvrager.vereistNamens(m.gemeentecode());
        String door = aanvrager.naam();
        Opgave gemeente = Opgave.vereisGemeente(m.cyclus(), m.gemeentecode());
        Aanwijzing aanwijzing = null;
        if (m.aanwijzingId() != null) {
            aanwijzing = Aanwijzing.findById(m.aanwijzingId(), LockModeType.PESSIMISTIC_WRITE);
            if (aanwijzing == null || !aanwijzing.gemeentecode.equals(m.gemeentecode())
                    || !aanwijzing.cyclus.equals(m.cyclus()) || aanwijzing.status == Aanwijzing.Status.VOORGESTELD) {
                throw DomainException.unprocessable(ONGELDIGE_VERWIJZING, "Onbekende aanwijzing", "Aanwijzing "
                        + m.aanwijzingId() + " is geen vastgestelde aanwijzing van gemeente " + m.gemeentecode()
                        + " in cyclus " + m.cyclus() + ".");
            }
        }
        if (m.toezeggingId() != null) {
            Toezegging t = Toezegging.findById(m.toezeggingId());
            if (t == null || !t.gemeentecode.equals(m.gemeentecode()) || !t.cyclus.equals(m.cyclus())) {
                throw DomainException.unprocessable(ONGELDIGE_VERWIJZING, "Onbekende toezegging", "Toezegging "
                        + m.toezeggingId() + " is geen toezegging van gemeente " + m.gemeentecode() + " in cyclus "
                        + m.cyclus() + ".");
            }
        }
        Realisatie r = new Realisatie();
        r.id = UUID.randomUUID();
        r.cyclus = m.cyclus();
        r.provinciecode = gemeente.provinciecode;
        r.gemeentecode = m.gemeentecode();
        r.locatie = m.locatie().strip();
        r.doelgroep = m.doelgroep();
        r.aantalGerealiseerd = m.aantalGerealiseerd();
        r.duurzaam = m.duurzaam();
        r.aanwijzingId = m.aanwijzingId();
        r.toezeggingId = m.toezeggingId();
        r.gemeldOp = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        r.gemeldDoor = door;
        r.persist();
        em.flush();
        publisher.realisatieGemeld(new RealisatieGemeld(r.cyclus, r.id, r.gemeentecode, r.provinciecode, r.locatie,
                        r.doelgroep, r.aantalGerealiseerd, r.duurzaam, r.gemeldOp, r.aanwijzingId, r.toezeggingId, door));
        if (aanwijzing != null && aanwijzing.status == Aanwijzing.Status.AANGEWEZEN
                && gerealiseerdVoor(aanwijzing.id) >= aanwijzing.aantalPlaatsen
                && !LocalDate.now(clock.withZone(Plannen.NL)).isAfter(aanwijzing.realisatieUiterlijk)) {
            aanwijzing.status = Aanwijzing.Status.GEREALISEERD;
        }
        return r;
    }

    @Override
    public int gerealiseerdVoor(UUID aanwijzingId) {
        return ((Number) em.createNativeQuery(GEREALISEERD_VOOR).setParameter("a", aanwijzingId).getSingleResult())
                .intValue();
    }

    /** Marks at most {@code max} designations past their deadline as overdue, once each; safe with several replicas. */
    @Transactional
    public int markeerVerstreken(int max) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select id from aanwijzing where status = 'AANGEWEZEN' and realisatie_uiterlijk < :vandaag
                order by realisatie_uiterlijk, id limit :max for update skip locked""", UUID.class)
                .setParameter("vandaag", LocalDate.now(clock.withZone(Plannen.NL))).setParameter("max", max).getResultList();
        Instant nu = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        for (UUID id : ids) {
            Aanwijzing a = Aanwijzing.findById(id);
            a.status = Aanwijzing.Status.TERMIJN_VERSTREKEN;
            a.termijnVerstrekenOp = nu;
            publisher.termijnVerstreken(new TermijnVerstreken(a.cyclus, a.id, a.gemeentecode, a.provinciecode,
                            a.aantalPlaatsen, gerealiseerdVoor(a.id), a.realisatieUiterlijk));
        }
        return ids.size();
    }
}
