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
import nl.spreiding.pledge.besluit.BesluitDtos.KansrijkInitiatiefDto;
import nl.spreiding.pledge.besluit.BesluitDtos.KansrijkInvoer;
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
import nl.spreiding.pledge.toezegging.Meetelling;
import nl.spreiding.pledge.toezegging.Toezegging;

/** Drafts, adjusts and issues the distribution decision of a cycle. */
@ApplicationScoped
public class Verdeelbesluiten {

    public static final String BESTAAT_AL = "urn:nld:spreiding:probleem:verdeelbesluit-bestaat";
    public static final String GENOMEN = "urn:nld:spreiding:probleem:verdeelbesluit-genomen";
    public static final String AANWIJZINGEN_AANGEPAST = "urn:nld:spreiding:probleem:aanwijzingen-aangepast";
    public static final String GEEN_KANSRIJKE_TOEZEGGING = "urn:nld:spreiding:probleem:geen-kansrijke-toezegging";
    public static final String TELT_AL = "urn:nld:spreiding:probleem:toezegging-telt-al";

    private final PlanBerekening berekening;
    private final PledgePublisher publisher;
    private final EntityManager em;
    private final Realisatiestand realisatiestand;
    private final Aanvrager aanvrager;
    private final Clock clock;
    private final Meetelling meetelling;

    public Verdeelbesluiten(PlanBerekening berekening, PledgePublisher publisher, EntityManager em,
            Realisatiestand realisatiestand, Aanvrager aanvrager, Clock clock, Meetelling meetelling) {
        this.meetelling = meetelling;
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
            Grondslag g = grondslag(cyclus, provincie.code);
            BesluitProvincie bp = new BesluitProvincie();
            bp.id = UUID.randomUUID();
            bp.besluitId = b.id;
            bp.provinciecode = provincie.code;
            bp.planId = g.planId();
            bp.tekort = g.tekort();
            bp.amvTekort = g.amvTekort();
            bp.persist();
            stelVoor(b, provincie.code, g, Map.of());
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
        KansrijkInitiatief.delete("besluitId", b.id);
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
        List<VerdeelbesluitGenomen.KansrijkKort> kansrijk = KansrijkInitiatief.vanBesluit(b.id).stream()
                .map(k -> new VerdeelbesluitGenomen.KansrijkKort(k.toezeggingId, k.gemeentecode, k.provinciecode,
                        k.aantalPlaatsen, k.aantalAmv, k.criterium.name(), k.reden)).toList();
        publisher.verdeelbesluitGenomen(new VerdeelbesluitGenomen(b.cyclus, b.id, b.besluitdatum, b.realisatieUiterlijk,
                b.regel, door, kort, kansrijk));
        return b;
    }

    /** What the decision takes for a province: its plan's shortfall and lacks, or without a plan its current pledges. */
    private record Grondslag(UUID planId, int tekort, int amvTekort, List<Achterstand> plaatsen, List<Achterstand> amv) {
    }

    private Grondslag grondslag(String cyclus, String provinciecode) {
        ProvinciaalPlan plan = ProvinciaalPlan.geldig(cyclus, provinciecode);
        List<Achterstand> plaatsen = new ArrayList<>();
        List<Achterstand> amv = new ArrayList<>();
        if (plan != null) {
            for (PlanGemeente g : PlanGemeente.<PlanGemeente>list("planId", plan.id)) {
                plaatsen.add(new Achterstand(g.gemeentecode, g.tekort));
                amv.add(new Achterstand(g.gemeentecode, g.amvTekort));
            }
            return new Grondslag(plan.id, plan.tekort, plan.amvTekort, plaatsen, amv);
        }
        PlanBerekening.Uitkomst u = berekening.bereken(cyclus, provinciecode);
        for (PlanGemeenteDto g : u.gemeenten()) {
            plaatsen.add(new Achterstand(g.gemeentecode(), g.tekort()));
            amv.add(new Achterstand(g.gemeentecode(), g.amvTekort()));
        }
        return new Grondslag(null, u.tekort(), u.amvTekort(), plaatsen, amv);
    }

    /**
     * Proposes the province's designations by the rule. Promising initiatives count towards the plan: they lower the
     * province's shortfall and their municipality's lack before the rule lays the rest on the laggards.
     */
    private void stelVoor(Verdeelbesluit b, String provinciecode, Grondslag g, Map<String, int[]> kansrijk) {
        int k = kansrijk.values().stream().mapToInt(x -> x[0]).sum();
        int kAmv = kansrijk.values().stream().mapToInt(x -> x[1]).sum();
        Map<String, Integer> perPlaats = AanwijzingsRegel.verdeel(Math.max(0, g.tekort() - k), g.plaatsen().stream()
                .map(a -> new Achterstand(a.gemeentecode(), Math.max(0, a.tekort()
                        - kansrijk.getOrDefault(a.gemeentecode(), new int[2])[0]))).toList());
        Map<String, Integer> perAmv = AanwijzingsRegel.verdeel(Math.max(0, g.amvTekort() - kAmv), g.amv().stream()
                .map(a -> new Achterstand(a.gemeentecode(), Math.max(0, a.tekort()
                        - kansrijk.getOrDefault(a.gemeentecode(), new int[2])[1]))).toList());
        Set<String> gemeenten = new HashSet<>(perPlaats.keySet());
        gemeenten.addAll(perAmv.keySet());
        for (String gemeente : sorted(gemeenten)) {
            Aanwijzing a = new Aanwijzing();
            a.id = UUID.randomUUID();
            a.besluitId = b.id;
            a.cyclus = b.cyclus;
            a.provinciecode = provinciecode;
            a.gemeentecode = gemeente;
            a.aantalPlaatsen = perPlaats.getOrDefault(gemeente, 0);
            a.aantalAmv = perAmv.getOrDefault(gemeente, 0);
            a.voorgesteldPlaatsen = a.aantalPlaatsen;
            a.voorgesteldAmv = a.aantalAmv;
            a.status = Aanwijzing.Status.VOORGESTELD;
            a.persist();
        }
    }

    /**
     * Replaces the promising initiatives of a draft and proposes the designations anew, as the rule does with them
     * counted. Refused once the minister adjusted the designations: re-proposing would silently undo that.
     */
    @Transactional
    public Verdeelbesluit aanvaardKansrijk(UUID id, List<KansrijkInvoer> invoer, String ifMatch) {
        Verdeelbesluit b = concept(id, ifMatch);
        if (b.aangepastDoor != null) {
            throw DomainException.conflict(AANWIJZINGEN_AANGEPAST, "Aanwijzingen al aangepast", "De aanwijzingen van dit "
                    + "concept zijn al met de hand aangepast; kansrijke initiatieven zouden ze opnieuw voorstellen. "
                    + "Verwijder het concept en stel het opnieuw op, of leg de initiatieven eerst vast.");
        }
        List<DomainException.FieldError> fouten = new ArrayList<>();
        Set<UUID> gezien = new HashSet<>();
        for (int i = 0; i < invoer.size(); i++) {
            if (!gezien.add(invoer.get(i).toezeggingId())) {
                fouten.add(new DomainException.FieldError("initiatieven[" + i + "].toezeggingId", "komt meer dan eens voor"));
            }
        }
        if (!fouten.isEmpty()) {
            throw DomainException.invalid("De kansrijke initiatieven zijn niet consistent.", fouten);
        }
        String door = aanvrager.naam();
        Instant nu = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<KansrijkInitiatief> nieuw = new ArrayList<>();
        for (KansrijkInvoer in : invoer) {
            Toezegging t = Toezegging.findById(in.toezeggingId());
            if (t == null || !t.cyclus.equals(b.cyclus) || t.doelgroep != Doelgroep.ASIEL
                    || t.status == Toezegging.Status.INGETROKKEN) {
                throw DomainException.unprocessable(GEEN_KANSRIJKE_TOEZEGGING, "Geen toezegging voor een kansrijk "
                        + "initiatief", "Toezegging " + in.toezeggingId() + " is geen niet ingetrokken asieltoezegging in "
                        + "cyclus " + b.cyclus + ".");
            }
            if (meetelling.beoordeel(t).telt()) {
                throw DomainException.unprocessable(TELT_AL, "Toezegging telt al", "Toezegging " + t.id + " telt al mee "
                        + "volgens de telregels; als kansrijk initiatief zou zij dubbel tellen.");
            }
            KansrijkInitiatief k = new KansrijkInitiatief();
            k.id = UUID.randomUUID();
            k.besluitId = b.id;
            k.toezeggingId = t.id;
            k.cyclus = b.cyclus;
            k.provinciecode = t.provinciecode;
            k.gemeentecode = t.gemeentecode;
            k.aantalPlaatsen = t.aantalPlaatsen;
            k.aantalAmv = t.aantalAmv;
            k.criterium = in.criterium();
            k.reden = in.reden().strip();
            k.aanvaardDoor = door;
            k.aanvaardOp = nu;
            nieuw.add(k);
        }
        KansrijkInitiatief.delete("besluitId", b.id);
        Aanwijzing.delete("besluitId", b.id);
        em.flush();
        nieuw.forEach(k -> k.persist());
        for (BesluitProvincie bp : BesluitProvincie.<BesluitProvincie>list("besluitId", b.id)) {
            Map<String, int[]> kansrijk = new TreeMap<>();
            for (KansrijkInitiatief k : nieuw) {
                if (k.provinciecode.equals(bp.provinciecode)) {
                    int[] som = kansrijk.computeIfAbsent(k.gemeentecode, x -> new int[2]);
                    som[0] += k.aantalPlaatsen;
                    som[1] += k.aantalAmv;
                }
            }
            stelVoor(b, bp.provinciecode, grondslag(b.cyclus, bp.provinciecode, bp), kansrijk);
        }
        b.versie++;
        return b;
    }

    /** The basis the draft took for the province, as it stored it (the plan's lacks, or the pledges' of then). */
    private Grondslag grondslag(String cyclus, String provinciecode, BesluitProvincie bp) {
        Grondslag nu = grondslag(cyclus, provinciecode);
        return new Grondslag(bp.planId, bp.tekort, bp.amvTekort, nu.plaatsen(), nu.amv());
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
        List<KansrijkInitiatiefDto> kansrijk = KansrijkInitiatief.vanBesluit(b.id).stream()
                .map(KansrijkInitiatiefDto::van).toList();
        List<BesluitProvincieDto> provincies = BesluitProvincie.<BesluitProvincie>list(
                "besluitId = ?1 order by provinciecode", b.id).stream().map(p -> {
                    int k = kansrijk.stream().filter(x -> x.provinciecode().equals(p.provinciecode))
                            .mapToInt(KansrijkInitiatiefDto::aantalPlaatsen).sum();
                    int kAmv = kansrijk.stream().filter(x -> x.provinciecode().equals(p.provinciecode))
                            .mapToInt(KansrijkInitiatiefDto::aantalAmv).sum();
                    return new BesluitProvincieDto(p.provinciecode, p.planId, p.planId == null ? "TOEZEGGINGEN" : "PLAN",
                            p.tekort, p.amvTekort, aanwijzingen.stream().filter(a -> a.provinciecode().equals(p.provinciecode))
                                    .mapToInt(AanwijzingDto::aantalPlaatsen).sum(),
                            aanwijzingen.stream().filter(a -> a.provinciecode().equals(p.provinciecode))
                                    .mapToInt(AanwijzingDto::aantalAmv).sum(),
                            k, Math.max(0, p.tekort - k), Math.max(0, p.amvTekort - kAmv));
                }).toList();
        return new VerdeelbesluitDto(b.id, b.cyclus, b.status, b.regel, b.besluitdatum, b.realisatieUiterlijk,
                b.opgesteldDoor, b.opgesteldOp, b.aangepastDoor, b.aangepastOp, b.genomenDoor, b.genomenOp, b.versie,
                provincies, aanwijzingen, kansrijk);
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
