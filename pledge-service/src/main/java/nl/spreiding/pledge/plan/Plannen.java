package nl.spreiding.pledge.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.pledge.gebeurtenissen.PlanIngediend;
import nl.spreiding.pledge.gebeurtenissen.PledgePublisher;
import nl.spreiding.pledge.gebeurtenissen.TekortVastgesteld;
import nl.spreiding.pledge.opgave.Cyclus;
import nl.spreiding.pledge.plan.PlanDtos.PlanDto;
import nl.spreiding.pledge.plan.PlanDtos.PlanGemeenteDto;
import nl.spreiding.pledge.plan.PlanDtos.PlanIndiening;
import nl.spreiding.pledge.plan.PlanDtos.PlanLocatie;

/** Drafts and submits provincial plans. */
@ApplicationScoped
public class Plannen {

    public static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    public static final String ONBEKENDE_CYCLUS = "urn:nld:spreiding:probleem:onbekende-cyclus";
    public static final String BESLUIT_GENOMEN = "urn:nld:spreiding:probleem:verdeelbesluit-genomen";

    private final PlanBerekening berekening;
    private final PledgePublisher publisher;
    private final ObjectMapper json;
    private final EntityManager em;
    private final Aanvrager aanvrager;
    private final Clock clock;

    public Plannen(PlanBerekening berekening, PledgePublisher publisher, ObjectMapper json, EntityManager em,
            Aanvrager aanvrager, Clock clock) {
        this.berekening = berekening;
        this.publisher = publisher;
        this.json = json;
        this.em = em;
        this.aanvrager = aanvrager;
        this.clock = clock;
    }

    public PlanDto concept(String cyclus, String provinciecode) {
        PlanBerekening.Uitkomst u = berekening.bereken(cyclus, provinciecode);
        Cyclus c = Cyclus.findById(cyclus);
        boolean teLaat = c != null && c.provinciaalPlan != null && LocalDate.now(clock.withZone(NL)).isAfter(c.provinciaalPlan);
        return new PlanDto(null, cyclus, provinciecode, null, "CONCEPT", null, null, teLaat, u.provincie().opgave,
                u.provincie().bestaandePlaatsen, u.toegezegd(), u.provincie().amv, u.amvToegezegd(), u.dektOpgave(),
                u.tekort(), u.amvTekort(), u.gemeentenOnderOpgave(), null, u.gemeenten(), u.verrekend(), u.nietMeegeteld());
    }

    @Transactional
    public ProvinciaalPlan dienIn(PlanIndiening verzoek) {
        // A province submits only its own plan (no national override: the plan is the province's account), and
        // learns nothing about another province's cycle or decision before that is checked.
        aanvrager.vereistNamens(verzoek.provinciecode());
        String door = aanvrager.naam();
        // One submission per province at a time, so versions follow each other without gaps or doubles.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:k))")
                .setParameter("k", "plan/" + verzoek.cyclus() + "/" + verzoek.provinciecode()).getSingleResult();
        Cyclus cyclus = Cyclus.findById(verzoek.cyclus());
        if (cyclus == null) {
            throw DomainException.unprocessable(ONBEKENDE_CYCLUS, "Onbekende cyclus", "Cyclus " + verzoek.cyclus()
                    + " is (nog) niet geopend; de termijn voor het plan is dus niet bekend.");
        }
        if (em.createNativeQuery("select count(*) from verdeelbesluit where cyclus = :c and status = 'GENOMEN'")
                .setParameter("c", verzoek.cyclus()).getSingleResult() instanceof Number n && n.longValue() > 0) {
            throw DomainException.conflict(BESLUIT_GENOMEN, "Verdeelbesluit genomen", "Het verdeelbesluit van cyclus "
                    + verzoek.cyclus() + " is al genomen; er kan geen plan meer worden ingediend.");
        }
        PlanBerekening.Uitkomst u = berekening.bereken(verzoek.cyclus(), verzoek.provinciecode());
        ProvinciaalPlan vorig = ProvinciaalPlan.geldig(verzoek.cyclus(), verzoek.provinciecode());
        if (vorig != null) {
            vorig.status = ProvinciaalPlan.Status.VERVANGEN;
            em.flush();
        }
        ProvinciaalPlan p = new ProvinciaalPlan();
        p.id = UUID.randomUUID();
        p.cyclus = verzoek.cyclus();
        p.provinciecode = verzoek.provinciecode();
        p.planversie = vorig == null ? 1 : vorig.planversie + 1;
        p.status = ProvinciaalPlan.Status.INGEDIEND;
        p.ingediendOp = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        p.ingediendDoor = door;
        p.teLaat = cyclus.provinciaalPlan != null && LocalDate.ofInstant(p.ingediendOp, NL).isAfter(cyclus.provinciaalPlan);
        p.opgave = u.provincie().opgave;
        p.bestaandePlaatsen = u.provincie().bestaandePlaatsen;
        p.toegezegd = u.toegezegd();
        p.amvOpgave = u.provincie().amv;
        p.amvToegezegd = u.amvToegezegd();
        p.verrekend = u.verrekend();
        p.nietMeegeteld = u.nietMeegeteld();
        p.tekort = u.tekort();
        p.amvTekort = u.amvTekort();
        p.dektOpgave = u.dektOpgave();
        p.toelichting = verzoek.toelichting();
        p.persist();
        for (PlanGemeenteDto g : u.gemeenten()) {
            PlanGemeente r = new PlanGemeente();
            r.id = UUID.randomUUID();
            r.planId = p.id;
            r.gemeentecode = g.gemeentecode();
            r.naam = g.naam();
            r.opgave = g.opgave();
            r.bestaandePlaatsen = g.bestaandePlaatsen();
            r.amvOpgave = g.amvOpgave();
            r.toegezegd = g.toegezegd();
            r.amvToegezegd = g.amvToegezegd();
            r.verrekend = g.verrekend();
            r.tekort = g.tekort();
            r.amvTekort = g.amvTekort();
            r.locaties = schrijf(g.locaties());
            r.persist();
        }
        publisher.planIngediend(new PlanIngediend(p.cyclus, p.id, p.provinciecode, p.planversie, p.ingediendOp, p.teLaat, p.opgave,
                        p.bestaandePlaatsen, p.toegezegd, p.amvOpgave, p.amvToegezegd, p.dektOpgave, p.tekort,
                        p.amvTekort, p.verrekend, u.gemeenten().stream().filter(g -> g.verrekend() != 0)
                                .map(g -> new PlanIngediend.Verrekend(g.gemeentecode(), g.verrekend())).toList(),
                        p.nietMeegeteld, u.gemeentenOnderOpgave(), vorig == null ? null : vorig.id, door));
        if (!p.dektOpgave) {
            publisher.tekortVastgesteld(new TekortVastgesteld(p.cyclus, p.provinciecode, p.tekort, p.amvTekort, p.id));
        }
        return p;
    }

    public PlanDto dto(ProvinciaalPlan p) {
        List<PlanGemeenteDto> gemeenten = PlanGemeente.<PlanGemeente>list("planId = ?1 order by gemeentecode", p.id)
                .stream().map(g -> new PlanGemeenteDto(g.gemeentecode, g.naam, g.opgave, g.bestaandePlaatsen,
                        g.amvOpgave, g.toegezegd, g.amvToegezegd, g.tekort, g.amvTekort, g.tekort > 0, lees(g.locaties),
                        g.verrekend))
                .toList();
        return new PlanDto(p.id, p.cyclus, p.provinciecode, p.planversie, p.status.name(), p.ingediendOp,
                p.ingediendDoor, p.teLaat, p.opgave, p.bestaandePlaatsen, p.toegezegd, p.amvOpgave, p.amvToegezegd,
                p.dektOpgave, p.tekort, p.amvTekort, gemeenten.stream().filter(PlanGemeenteDto::onderOpgave)
                        .map(PlanGemeenteDto::gemeentecode).toList(), p.toelichting, gemeenten, p.verrekend, p.nietMeegeteld);
    }

    private String schrijf(List<PlanLocatie> locaties) {
        try {
            return json.writeValueAsString(locaties);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<PlanLocatie> lees(String value) {
        try {
            return json.readValue(value, new TypeReference<List<PlanLocatie>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
