package nl.spreiding.allocation.cyclus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.spreiding.allocation.gebeurtenissen.AllocatiePublisher;
import nl.spreiding.allocation.gebeurtenissen.CapaciteitsramingGepubliceerd;
import nl.spreiding.allocation.gebeurtenissen.CyclusGeopend;
import nl.spreiding.platform.errors.DomainException;

/** Opens cycles and publishes their capacity estimates; each step is an event, committed with the change. */
@ApplicationScoped
public class Cycli {

    public static final String BESTAAT_AL = "urn:nld:spreiding:probleem:bestaat-al";

    private final AllocatiePublisher publisher;
    private final Clock clock;

    public Cycli(AllocatiePublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The deadlines a cycle gets when the request names none: the pattern of cycle 1 (DOMAIN.md). */
    public static Termijnen standaardTermijnen(int beginjaar) {
        return new Termijnen(LocalDate.of(beginjaar, 2, 1), LocalDate.of(beginjaar, 11, 1), LocalDate.of(beginjaar, 12, 31),
                6, LocalDate.of(beginjaar + 2, 2, 1));
    }

    public record Termijnen(LocalDate raming, LocalDate provinciaalPlan, LocalDate verdeelbesluit, int realisatieMaanden,
            LocalDate volgendeCyclus) {
    }

    @Transactional
    public Cyclus open(String code, Integer referentiejaar, Termijnen gevraagd, String door) {
        int beginjaar = Integer.parseInt(code.substring(0, 4));
        if (beginjaar < 2000) {
            // The reference year defaults to the first year, and no reference year lies before 2000.
            throw DomainException.invalid("Een cyclus begint in 2000 of later.",
                    List.of(new DomainException.FieldError("cyclus", "moet beginnen in 2000 of later")));
        }
        if (Integer.parseInt(code.substring(5)) != beginjaar + 2) {
            throw DomainException.invalid("Een cyclus duurt twee jaar.",
                    List.of(new DomainException.FieldError("cyclus", "moet de vorm JJJJ-(JJJJ+2) hebben, zoals 2024-2026")));
        }
        if (Cyclus.findById(code) != null) {
            throw DomainException.conflict(BESTAAT_AL, "Bestaat al", "Cyclus " + code + " is al geopend.");
        }
        Termijnen t = gevraagd != null ? gevraagd : standaardTermijnen(beginjaar);
        controleerVolgorde(t);
        Cyclus cyclus = new Cyclus();
        cyclus.code = code;
        cyclus.referentiejaar = referentiejaar != null ? referentiejaar : beginjaar;
        cyclus.ramingUiterlijk = t.raming();
        cyclus.provinciaalPlanUiterlijk = t.provinciaalPlan();
        cyclus.verdeelbesluitUiterlijk = t.verdeelbesluit();
        cyclus.realisatieMaanden = t.realisatieMaanden();
        cyclus.volgendeCyclus = t.volgendeCyclus();
        cyclus.geopendOp = Instant.now(clock);
        cyclus.geopendDoor = door;
        cyclus.persist();

        publisher.cyclusGeopend(new CyclusGeopend(code, cyclus.referentiejaar, new CyclusGeopend.Termijnen(t.raming(),
                t.provinciaalPlan(), t.verdeelbesluit(), t.realisatieMaanden(), t.volgendeCyclus()), door));
        return cyclus;
    }

    @Transactional
    public Capaciteitsraming publiceerRaming(String cyclusCode, int totaal, int amv, LocalDate peildatum, String door) {
        Cyclus cyclus = cyclus(cyclusCode);
        if (Capaciteitsraming.findById(cyclusCode) != null) {
            throw DomainException.conflict(BESTAAT_AL, "Bestaat al", "De capaciteitsraming van cyclus " + cyclusCode
                    + " is al gepubliceerd en wordt niet gewijzigd.");
        }
        if (amv > totaal) {
            throw DomainException.invalid("Het aantal AMV-plaatsen is een deel van het totaal.",
                    List.of(new DomainException.FieldError("amvPlaatsen", "mag niet groter zijn dan totaalPlaatsen (" + totaal + ")")));
        }
        Capaciteitsraming raming = new Capaciteitsraming();
        raming.cyclus = cyclusCode;
        raming.totaalPlaatsen = totaal;
        raming.amvPlaatsen = amv;
        raming.peildatum = peildatum != null ? peildatum : LocalDate.of(cyclus.beginjaar() + 1, 1, 1);
        raming.gepubliceerdOp = Instant.now(clock);
        raming.gepubliceerdDoor = door;
        raming.persist();

        publisher.capaciteitsramingGepubliceerd(new CapaciteitsramingGepubliceerd(cyclusCode, totaal, amv, raming.peildatum,
                raming.gepubliceerdOp, door));
        return raming;
    }

    public Cyclus cyclus(String code) {
        return Cyclus.<Cyclus>findByIdOptional(code)
                .orElseThrow(() -> DomainException.notFound("Cyclus " + code + " bestaat niet."));
    }

    public PanacheQuery<Cyclus> alle() {
        return Cyclus.findAll(Sort.by("code").descending());
    }

    public Capaciteitsraming raming(String cyclus) {
        return Capaciteitsraming.<Capaciteitsraming>findByIdOptional(cyclus)
                .orElseThrow(() -> DomainException.notFound("Cyclus " + cyclus + " heeft nog geen gepubliceerde capaciteitsraming."));
    }

    private static void controleerVolgorde(Termijnen t) {
        List<DomainException.FieldError> fouten = new ArrayList<>();
        if (t.raming().isAfter(t.provinciaalPlan())) {
            fouten.add(new DomainException.FieldError("termijnen.provinciaalPlan", "ligt voor de raming"));
        }
        if (t.provinciaalPlan().isAfter(t.verdeelbesluit())) {
            fouten.add(new DomainException.FieldError("termijnen.verdeelbesluit", "ligt voor het provinciaal plan"));
        }
        if (!t.verdeelbesluit().isBefore(t.volgendeCyclus())) {
            fouten.add(new DomainException.FieldError("termijnen.volgendeCyclus", "ligt niet na het verdeelbesluit"));
        }
        if (!fouten.isEmpty()) {
            throw DomainException.invalid("De termijnen liggen niet in de volgorde van de cyclus.", fouten);
        }
    }
}
