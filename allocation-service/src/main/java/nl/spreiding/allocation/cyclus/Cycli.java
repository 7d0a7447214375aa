package nl.spreiding.allocation.cyclus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.spreiding.allocation.events.AllocatieEvents;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.api.ProblemException;
import nl.spreiding.platform.outbox.Outbox;

/** Opens cycles and publishes their capacity estimates; each step is an event, committed with the change. */
@ApplicationScoped
public class Cycli {

    public static final String BESTAAT_AL = "urn:nld:spreiding:probleem:bestaat-al";

    private final Outbox outbox;

    public Cycli(Outbox outbox) {
        this.outbox = outbox;
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
            throw ProblemException.invalid("Een cyclus begint in 2000 of later.",
                    List.of(new Problem.InvalidParam("cyclus", "moet beginnen in 2000 of later")));
        }
        if (Integer.parseInt(code.substring(5)) != beginjaar + 2) {
            throw ProblemException.invalid("Een cyclus duurt twee jaar.",
                    List.of(new Problem.InvalidParam("cyclus", "moet de vorm JJJJ-(JJJJ+2) hebben, zoals 2024-2026")));
        }
        if (Cyclus.findById(code) != null) {
            throw ProblemException.conflict(BESTAAT_AL, "Bestaat al", "Cyclus " + code + " is al geopend.");
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
        cyclus.geopendOp = Instant.now();
        cyclus.geopendDoor = door;
        cyclus.persist();

        Map<String, Object> termijnen = new LinkedHashMap<>();
        termijnen.put("raming", t.raming());
        termijnen.put("provinciaalPlan", t.provinciaalPlan());
        termijnen.put("verdeelbesluit", t.verdeelbesluit());
        termijnen.put("realisatieMaanden", t.realisatieMaanden());
        termijnen.put("volgendeCyclus", t.volgendeCyclus());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("cyclus", code);
        data.put("referentiejaar", cyclus.referentiejaar);
        data.put("termijnen", termijnen);
        data.put("door", door);
        outbox.record(AllocatieEvents.TOPIC, AllocatieEvents.CYCLUS_GEOPEND, code, "cycli/" + code, data);
        return cyclus;
    }

    @Transactional
    public Capaciteitsraming publiceerRaming(String cyclusCode, int totaal, int amv, LocalDate peildatum, String door) {
        Cyclus cyclus = cyclus(cyclusCode);
        if (Capaciteitsraming.findById(cyclusCode) != null) {
            throw ProblemException.conflict(BESTAAT_AL, "Bestaat al", "De capaciteitsraming van cyclus " + cyclusCode
                    + " is al gepubliceerd en wordt niet gewijzigd.");
        }
        if (amv > totaal) {
            throw ProblemException.invalid("Het aantal AMV-plaatsen is een deel van het totaal.",
                    List.of(new Problem.InvalidParam("amvPlaatsen", "mag niet groter zijn dan totaalPlaatsen (" + totaal + ")")));
        }
        Capaciteitsraming raming = new Capaciteitsraming();
        raming.cyclus = cyclusCode;
        raming.totaalPlaatsen = totaal;
        raming.amvPlaatsen = amv;
        raming.peildatum = peildatum != null ? peildatum : LocalDate.of(cyclus.beginjaar() + 1, 1, 1);
        raming.gepubliceerdOp = Instant.now();
        raming.gepubliceerdDoor = door;
        raming.persist();

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("cyclus", cyclusCode);
        data.put("totaalPlaatsen", totaal);
        data.put("amvPlaatsen", amv);
        data.put("peildatum", raming.peildatum);
        data.put("gepubliceerdOp", raming.gepubliceerdOp);
        data.put("door", door);
        outbox.record(AllocatieEvents.TOPIC, AllocatieEvents.CAPACITEITSRAMING_GEPUBLICEERD, cyclusCode,
                "cycli/" + cyclusCode + "/capaciteitsraming", data);
        return raming;
    }

    public Cyclus cyclus(String code) {
        return Cyclus.<Cyclus>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Cyclus " + code + " bestaat niet."));
    }

    public PanacheQuery<Cyclus> alle() {
        return Cyclus.findAll(Sort.by("code").descending());
    }

    public Capaciteitsraming raming(String cyclus) {
        return Capaciteitsraming.<Capaciteitsraming>findByIdOptional(cyclus)
                .orElseThrow(() -> ProblemException.notFound("Cyclus " + cyclus + " heeft nog geen gepubliceerde capaciteitsraming."));
    }

    private static void controleerVolgorde(Termijnen t) {
        List<Problem.InvalidParam> fouten = new java.util.ArrayList<>();
        if (t.raming().isAfter(t.provinciaalPlan())) {
            fouten.add(new Problem.InvalidParam("termijnen.provinciaalPlan", "ligt voor de raming"));
        }
        if (t.provinciaalPlan().isAfter(t.verdeelbesluit())) {
            fouten.add(new Problem.InvalidParam("termijnen.verdeelbesluit", "ligt voor het provinciaal plan"));
        }
        if (!t.verdeelbesluit().isBefore(t.volgendeCyclus())) {
            fouten.add(new Problem.InvalidParam("termijnen.volgendeCyclus", "ligt niet na het verdeelbesluit"));
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid("De termijnen liggen niet in de volgorde van de cyclus.", fouten);
        }
    }
}
