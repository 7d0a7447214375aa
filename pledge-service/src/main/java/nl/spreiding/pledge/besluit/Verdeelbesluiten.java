package nl.spreiding.pledge.besluit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.pledge.api.Etags;
import nl.spreiding.pledge.besluit.AanwijzingsRegel.Achterstand;
import nl.spreiding.pledge.besluit.BesluitDtos.AanwijzingDto;
import nl.spreiding.pledge.besluit.BesluitDtos.AanwijzingInvoer;
import nl.spreiding.pledge.besluit.BesluitDtos.BesluitProvincieDto;
import nl.spreiding.pledge.besluit.BesluitDtos.VerdeelbesluitDto;
import nl.spreiding.pledge.gebeurtenissen.GemeenteAangewezen;
import nl.spreiding.pledge.gebeurtenissen.PledgePublisher;
import nl.spreiding.pledge.gebeurtenissen.VerdeelbesluitGenomen.AanwijzingKort;
import nl.spreiding.pledge.gebeurtenissen.VerdeelbesluitGenomen;
import nl.spreiding.pledge.opgave.Cyclus;
import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.opgave.Opgave;
import nl.spreiding.pledge.plan.PlanBerekening;
import nl.spreiding.pledge.plan.PlanDtos.PlanGemeenteDto;
import nl.spreiding.pledge.plan.PlanGemeente;
import nl.spreiding.pledge.plan.Plannen;
import nl.spreiding.pledge.plan.ProvinciaalPlan;

/** Drafts, adjusts and issues the distribution decision of a cycle. */
@ApplicationScoped
public class Verdeelbesluiten {

    public static final String BESTAAT_AL = "urn:nld:spreiding:probleem:verdeelbesluit-bestaat";
    public static final String GENOMEN = "urn:nld:spreiding:probleem:verdeelbesluit-genomen";

    private final PlanBerekening berekening;
    private final PledgePublisher publisher;
    private final EntityManager em;
    private final Realisatiestand realisatiestand;
    private final Aanvrager aanvrager;
    private final Clock clock;

    public Verdeelbesluiten(PlanBerekening berekening, PledgePublisher publisher, EntityManager em,
            Realisatiestand realisatiestand, Aanvrager aanvrager, Clock clock) {
        this.berekening = berekening;
        this.publisher = publisher;
        this.em = em;
        this.realisatiestand = realisatiestand;
        this.aanvrager = aanvrager;
        this.clock = clock;
    }

    @Transactional
    public Verdeelbesluit stelOp(String cyclus) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:k))").setParameter("k", "besluit/" + cyclus)
                .getSingleResult();
        if (Verdeelbesluit.count("cyclus", cyclus) > 0) {
            throw DomainException.conflict(BESTAAT_AL, "Verdeelbesluit bestaat al", "Cyclus " + cyclus
                    + " heeft al een verdeelbesluit; pas het concept aan of verwijder het eerst.");
        }
        List<Opgave> provincies = Opgave.list("cyclus = ?1 and doelgroep = ?2 and niveau = ?3 order by code", cyclus,
                Doelgroep.ASIEL, Opgave.Niveau.PROVINCIE);
        if (provincies.isEmpty()) {
            throw DomainException.unprocessable(PlanBerekening.GEEN_OPGAVE, "Geen opgave",
                    "Cyclus " + cyclus + " heeft (nog) geen gepubliceerde asielopgave.");
        }
        Verdeelbesluit b = new Verdeelbesluit();
        b.id = UUID.randomUUID();
        b.cyclus = cyclus;
        b.status = Verdeelbesluit.Status.CONCEPT;
        b.regel = AanwijzingsRegel.CODE;
        b.opgesteldDoor = aanvrager.naam();
        b.opgesteldOp = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        b.persist();
        for (Opgave provincie : provincies) {
            ProvinciaalPlan plan = ProvinciaalPlan.geldig(cyclus, provincie.code);
            int tekort;
            int amvTekort;
            List<Achterstand> plaatsen = new ArrayList<>();
            List<Achterstand> amv = new ArrayList<>();
            if (plan != null) {
                tekort = plan.tekort;
                amvTekort = plan.amvTekort;
                for (PlanGemeente g : PlanGemeente.<PlanGemeente>list("planId", plan.id)) {
                    plaatsen.add(new Achterstand(g.gemeentecode, g.tekort));
                    amv.add(new Achterstand(g.gemeentecode, g.amvTekort));
                }
            } else {
                PlanBerekening.Uitkomst u = berekening.bereken(cyclus, provincie.code);
                tekort = u.tekort();
                amvTekort = u.amvTekort();
                for (PlanGemeenteDto g : u.gemeenten()) {
                    plaatsen.add(new Achterstand(g.gemeentecode(), g.tekort()));
                    amv.add(new Achterstand(g.gemeentecode(), g.amvTekort()));
                }
            }
            BesluitProvincie bp = new BesluitProvincie();
            bp.id = UUID.randomUUID();
            bp.besluitId = b.id;
            bp.provinciecode = provincie.code;
            bp.planId = plan == null ? null : plan.id;
            bp.tekort = tekort;
            bp.amvTekort = amvTekort;
            bp.persist();
            Map<String, Integer> perPlaats = AanwijzingsRegel.verdeel(tekort, plaatsen);
            Map<String, Integer> perAmv = AanwijzingsRegel.verdeel(amvTekort, amv);
            Set<String> gemeenten = new HashSet<>(perPlaats.keySet());
            gemeenten.addAll(perAmv.keySet());
            for (String gemeente : sorted(gemeenten)) {
                Aanwijzing a = new Aanwijzing();
                a.id = UUID.randomUUID();
                a.besluitId = b.id;
                a.cyclus = cyclus;
                a.provinciecode = provincie.code;
                a.gemeentecode = gemeente;
                a.aantalPlaatsen = perPlaats.getOrDefault(gemeente, 0);
                a.aantalAmv = perAmv.getOrDefault(gemeente, 0);
                a.voorgesteldPlaatsen = a.aantalPlaatsen;
                a.voorgesteldAmv = a.aantalAmv;
                a.status = Aanwijzing.Status.VOORGESTELD;
                a.persist();
            }
        }
        return b;
    }

    @Transactional
    public Verdeelbesluit pasAan(UUID id, List<AanwijzingInvoer> invoer, String ifMatch) {
        Verdeelbesluit b = concept(id, ifMatch);
        List<DomainException.FieldError> fouten = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < invoer.size(); i++) {
            AanwijzingInvoer a = invoer.get(i);
            if (!gezien.add(a.gemeentecode())) {
                fouten.add(new DomainException.FieldError("aanwijzingen[" + i + "].gemeentecode", "komt meer dan eens voor"));
            }
            if (a.aantalPlaatsen() == 0 && a.aantalAmv() == 0) {
                fouten.add(new DomainException.FieldError("aanwijzingen[" + i + "]",
                        "een aanwijzing heeft ten minste één plaats (aantalPlaatsen of aantalAmv)"));
            }
        }
        if (!fouten.isEmpty()) {
            throw DomainException.invalid("De aanwijzingen zijn niet consistent.", fouten);
        }
        Map<String, Aanwijzing> huidig = new TreeMap<>();
        for (Aanwijzing a : Aanwijzing.<Aanwijzing>list("besluitId", b.id)) {
            huidig.put(a.gemeentecode, a);
        }
        List<Aanwijzing> nieuw = new ArrayList<>();
        for (AanwijzingInvoer in : invoer) {
            Opgave gemeente = Opgave.vanGemeente(b.cyclus, Doelgroep.ASIEL, in.gemeentecode());
            if (gemeente == null) {
                throw DomainException.unprocessable(Opgave.GEMEENTE_ZONDER_OPGAVE,
                        "Gemeente zonder opgave", "Gemeente " + in.gemeentecode()
                                + " heeft geen asielopgave in cyclus " + b.cyclus + ".");
            }
            Aanwijzing vorig = huidig.get(in.gemeentecode());
            Aanwijzing a = new Aanwijzing();
            a.id = vorig == null ? UUID.randomUUID() : vorig.id;
            a.besluitId = b.id;
            a.cyclus = b.cyclus;
            a.provinciecode = gemeente.provinciecode;
            a.gemeentecode = in.gemeentecode();
            a.aantalPlaatsen = in.aantalPlaatsen();
            a.aantalAmv = in.aantalAmv();
            a.voorgesteldPlaatsen = vorig == null ? 0 : vorig.voorgesteldPlaatsen;
            a.voorgesteldAmv = vorig == null ? 0 : vorig.voorgesteldAmv;
            a.toelichting = in.toelichting();
            a.status = Aanwijzing.Status.VOORGESTELD;
            nieuw.add(a);
        }
        Aanwijzing.delete("besluitId", b.id);
        em.flush();
        em.clear();
        nieuw.forEach(a -> a.persist());
        Verdeelbesluit herladen = Verdeelbesluit.findById(id);
        herladen.aangepastDoor = aanvrager.naam();
        herladen.aangepastOp = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        herladen.versie++;
        return herladen;
    }

    @Transactional
    public void verwijder(UUID id, String ifMatch) {
        Verdeelbesluit b = concept(id, ifMatch);
        Aanwijzing.delete("besluitId", b.id);
        BesluitProvincie.delete("besluitId", b.id);
        b.delete();
    }

    @Transactional
    public Verdeelbesluit neem(UUID id, LocalDate besluitdatum, String ifMatch) {
        Verdeelbesluit b = concept(id, ifMatch);
        String door = aanvrager.naam();
        LocalDate vandaag = LocalDate.now(clock.withZone(Plannen.NL));
        LocalDate datum = besluitdatum == null ? vandaag : besluitdatum;
        if (datum.isAfter(vandaag)) {
            throw DomainException.invalid("Een besluit kan niet in de toekomst worden genomen.",
                    List.of(new DomainException.FieldError("besluitdatum", "mag niet na vandaag liggen")));
        }
        Cyclus cyclus = Cyclus.findById(b.cyclus);
        int maanden = cyclus == null ? Cyclus.STANDAARD_REALISATIE_MAANDEN : cyclus.realisatieMaanden;
        b.status = Verdeelbesluit.Status.GENOMEN;
        b.besluitdatum = datum;
        b.realisatieUiterlijk = datum.plusMonths(maanden);
        b.genomenDoor = door;
        b.genomenOp = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        b.versie++;
        List<AanwijzingKort> kort = new ArrayList<>();
        for (Aanwijzing a : Aanwijzing.<Aanwijzing>list("besluitId = ?1 order by gemeentecode", b.id)) {
            a.status = Aanwijzing.Status.AANGEWEZEN;
            a.realisatieUiterlijk = b.realisatieUiterlijk;
            kort.add(new AanwijzingKort(a.id, a.gemeentecode, a.provinciecode, a.aantalPlaatsen, a.aantalAmv));
            publisher.gemeenteAangewezen(new GemeenteAangewezen(b.cyclus, a.id, b.id, a.gemeentecode, a.provinciecode,
                    a.aantalPlaatsen, a.aantalAmv, a.realisatieUiterlijk));
        }
        publisher.verdeelbesluitGenomen(new VerdeelbesluitGenomen(b.cyclus, b.id, b.besluitdatum, b.realisatieUiterlijk,
                b.regel, door, kort));
        return b;
    }

    private Verdeelbesluit concept(UUID id, String ifMatch) {
        Verdeelbesluit b = Verdeelbesluit.<Verdeelbesluit>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> DomainException.notFound("Verdeelbesluit " + id + " bestaat niet."));
        Etags.require(ifMatch, b.versie);
        if (b.status != Verdeelbesluit.Status.CONCEPT) {
            throw DomainException.conflict(GENOMEN, "Verdeelbesluit genomen",
                    "Een genomen verdeelbesluit is onveranderlijk.");
        }
        return b;
    }

    public VerdeelbesluitDto dto(Verdeelbesluit b) {
        List<AanwijzingDto> aanwijzingen = Aanwijzing.<Aanwijzing>list("besluitId = ?1 order by provinciecode, gemeentecode",
                b.id).stream().map(this::dto).toList();
        List<BesluitProvincieDto> provincies = BesluitProvincie.<BesluitProvincie>list(
                "besluitId = ?1 order by provinciecode", b.id).stream().map(p -> new BesluitProvincieDto(p.provinciecode,
                        p.planId, p.planId == null ? "TOEZEGGINGEN" : "PLAN", p.tekort, p.amvTekort,
                        aanwijzingen.stream().filter(a -> a.provinciecode().equals(p.provinciecode))
                                .mapToInt(AanwijzingDto::aantalPlaatsen).sum(),
                        aanwijzingen.stream().filter(a -> a.provinciecode().equals(p.provinciecode))
                                .mapToInt(AanwijzingDto::aantalAmv).sum()))
                .toList();
        return new VerdeelbesluitDto(b.id, b.cyclus, b.status, b.regel, b.besluitdatum, b.realisatieUiterlijk,
                b.opgesteldDoor, b.opgesteldOp, b.aangepastDoor, b.aangepastOp, b.genomenDoor, b.genomenOp, b.versie,
                provincies, aanwijzingen);
    }

    public AanwijzingDto dto(Aanwijzing a) {
        return new AanwijzingDto(a.id, a.besluitId, a.cyclus, a.provinciecode, a.gemeentecode, a.aantalPlaatsen,
                a.aantalAmv, a.voorgesteldPlaatsen, a.voorgesteldAmv, a.toelichting, a.status, a.realisatieUiterlijk,
                realisatiestand.gerealiseerdVoor(a.id), a.termijnVerstrekenOp, a.indeplaatsstellingOp,
                a.indeplaatsstellingDoor);
    }

    private static List<String> sorted(Set<String> codes) {
        return codes.stream().sorted().toList();
    }
}
