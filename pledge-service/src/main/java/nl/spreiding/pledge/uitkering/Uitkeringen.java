package nl.spreiding.pledge.uitkering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.pledge.besluit.Verdeelbesluit;
import nl.spreiding.pledge.gebeurtenissen.PledgePublisher;
import nl.spreiding.pledge.gebeurtenissen.UitkeringAangevraagd;
import nl.spreiding.pledge.gebeurtenissen.UitkeringBesluitGenomen;
import nl.spreiding.pledge.gebeurtenissen.UitkeringsrechtBerekend;
import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.opgave.Opgave;
import nl.spreiding.pledge.plan.Plannen;
import nl.spreiding.pledge.uitkering.UitkeringDtos.Aanvraag;
import nl.spreiding.pledge.uitkering.UitkeringDtos.BesluitVerzoek;
import nl.spreiding.pledge.uitkering.UitkeringDtos.NieuweRegeling;
import nl.spreiding.pledge.uitkering.UitkeringDtos.Overzicht;
import nl.spreiding.pledge.uitkering.UitkeringDtos.RechtDto;
import nl.spreiding.pledge.uitkering.UitkeringDtos.RegelDto;
import nl.spreiding.pledge.uitkering.UitkeringDtos.Totaal;
import nl.spreiding.pledge.uitkering.Uitkeringsberekening.Regel;
import nl.spreiding.pledge.uitkering.Uitkeringsberekening.Uitkomst;
import nl.spreiding.pledge.verrekening.Verrekeningssaldo;

/**
 * The specifieke uitkering: the minister sets a cycle's scheme (versions), computes after the realisation deadline
 * each municipality's entitlement from its realised durable places, a municipality applies for the part paid on
 * application, and the minister grants or refuses.
 */
@ApplicationScoped
public class Uitkeringen {

    public static final String TE_VROEG = "urn:nld:spreiding:probleem:realisatietermijn-loopt-nog";
    public static final String AL_BEREKEND = "urn:nld:spreiding:probleem:uitkering-al-berekend";
    public static final String GEEN_REGELING = "urn:nld:spreiding:probleem:geen-uitkeringsregeling";
    public static final String NIET_AAN_TE_VRAGEN = "urn:nld:spreiding:probleem:uitkering-niet-aan-te-vragen";
    public static final String VERKEERDE_STAAT = "urn:nld:spreiding:probleem:uitkering-verkeerde-staat";

    /**
     * The latest report per location counts (ASIEL, durable), as everywhere in this service. The computation runs once,
     * after the realisation deadline; a report made after the deadline but before the computation still counts (reports
     * carry no availability date to tell them apart).
     */
    private static final String DUURZAAM_GEREALISEERD = """
            select gemeentecode, sum(aantal_gerealiseerd) from (
                select distinct on (gemeentecode, locatie) gemeentecode, aantal_gerealiseerd, duurzaam from realisatie
                where cyclus = :c and doelgroep = 'ASIEL'
                order by gemeentecode, locatie, gemeld_op desc) laatste
            where duurzaam group by gemeentecode""";

    private static final TypeReference<List<RegelDto>> REGELS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final PledgePublisher publisher;
    private final Aanvrager aanvrager;
    private final Verrekeningssaldo verrekening;
    private final ObjectMapper json;
    private final Clock clock;

    public Uitkeringen(EntityManager em, PledgePublisher publisher, Aanvrager aanvrager, Verrekeningssaldo verrekening,
            ObjectMapper json, Clock clock) {
        this.em = em;
        this.publisher = publisher;
        this.aanvrager = aanvrager;
        this.verrekening = verrekening;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Uitkeringsregeling nieuweVersie(NieuweRegeling n) {
        // One writer at a time per cycle: the version number is the count so far plus one.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:c))").setParameter("c", "uitkering/" + n.cyclus())
                .getSingleResult();
        Uitkeringsregeling r = new Uitkeringsregeling();
        r.id = UUID.randomUUID();
        r.cyclus = n.cyclus();
        r.versie = Uitkeringsregeling.vanCyclus(n.cyclus()).size() + 1;
        r.aanvraagUiterlijk = n.aanvraagUiterlijk();
        r.bron = n.bron().strip();
        r.ingesteldOp = nu();
        r.ingesteldDoor = aanvrager.naam();
        r.persist();
        int volgorde = 1;
        for (var t : n.treden()) {
            UitkeringsTrede e = new UitkeringsTrede();
            e.id = UUID.randomUUID();
            e.regelingId = r.id;
            e.volgorde = volgorde++;
            e.grondslag = t.grondslag();
            e.bedragPerPlaatsCent = t.bedragPerPlaatsCent();
            e.wijze = t.wijze();
            e.zekerheid = t.zekerheid();
            e.bron = t.bron().strip();
            e.persist();
        }
        em.flush();
        return r;
    }

    /** Computes every municipality's entitlement once per cycle, after the realisation deadline of its decision. */
    @Transactional
    public Overzicht bereken(String cyclus) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:c))").setParameter("c", "uitkering/" + cyclus)
                .getSingleResult();
        Uitkeringsregeling regeling = Uitkeringsregeling.geldend(cyclus).orElseThrow(() -> DomainException.unprocessable(
                GEEN_REGELING, "Geen regeling", "Cyclus " + cyclus + " heeft geen regeling voor de specifieke uitkering."));
        Verdeelbesluit besluit = Verdeelbesluit.<Verdeelbesluit>find("cyclus = ?1 and status = ?2", cyclus,
                Verdeelbesluit.Status.GENOMEN).firstResultOptional().orElse(null);
        LocalDate vandaag = LocalDate.now(clock.withZone(Plannen.NL));
        if (besluit == null || besluit.realisatieUiterlijk == null || !vandaag.isAfter(besluit.realisatieUiterlijk)) {
            throw DomainException.unprocessable(TE_VROEG, "Realisatietermijn loopt nog", besluit == null
                    || besluit.realisatieUiterlijk == null
                            ? "Cyclus " + cyclus + " heeft nog geen genomen verdeelbesluit met een realisatietermijn."
                            : "De realisatietermijn van cyclus " + cyclus + " loopt tot en met "
                                    + besluit.realisatieUiterlijk + "; bereken de uitkering daarna.");
        }
        if (Uitkeringsrecht.count("cyclus", cyclus) > 0) {
            throw DomainException.conflict(AL_BEREKEND, "Al berekend", "De uitkering van cyclus " + cyclus
                    + " is al berekend; een berekening wordt niet overschreven.");
        }
        Map<String, Integer> gerealiseerd = new HashMap<>();
        for (Object r : em.createNativeQuery(DUURZAAM_GEREALISEERD).setParameter("c", cyclus)
                .getResultList()) {
            Object[] rij = (Object[]) r;
            gerealiseerd.put((String) rij[0], ((Number) rij[1]).intValue());
        }
        Map<String, Integer> saldi = verrekening.perGemeente(cyclus);
        List<Trede> treden = regeling.treden();
        Instant nu = nu();
        String door = aanvrager.naam();
        for (Opgave g : Opgave.<Opgave>list("cyclus = ?1 and doelgroep = ?2 and niveau = ?3 order by code", cyclus,
                Doelgroep.ASIEL, Opgave.Niveau.GEMEENTE)) {
            int eigen = gerealiseerd.getOrDefault(g.code, 0);
            int verrekend = saldi.getOrDefault(g.code, 0);
            int duurzaam = UitkeringVolgtDePlaats.betaaldePlaatsen(eigen, verrekend);
            Uitkomst u = Uitkeringsberekening.bereken(g.opgave, duurzaam, treden);
            if (u.totaalCent() == 0) {
                continue;
            }
            Uitkeringsrecht recht = new Uitkeringsrecht();
            recht.id = UUID.randomUUID();
            recht.cyclus = cyclus;
            recht.regelingVersie = regeling.versie;
            recht.provinciecode = g.provinciecode;
            recht.gemeentecode = g.code;
            recht.naam = g.naam;
            recht.opgave = g.opgave;
            recht.gerealiseerdDuurzaam = eigen;
            recht.verrekend = verrekend;
            recht.duurzamePlaatsen = duurzaam;
            recht.automatischCent = u.automatischCent();
            recht.opAanvraagCent = u.opAanvraagCent();
            recht.regels = alsJson(u.regels());
            recht.toelichting = "Regeling versie " + regeling.versie + "; realisatietermijn tot en met "
                    + besluit.realisatieUiterlijk + "; gemelde duurzame plaatsen (laatste melding per locatie): " + eigen
                    + UitkeringVolgtDePlaats.toelichting(verrekend)
                    + ". " + u.toelichting();
            recht.aanvraagUiterlijk = regeling.aanvraagUiterlijk;
            recht.status = Uitkeringsrecht.Status.BEREKEND;
            recht.berekendOp = nu;
            recht.berekendDoor = door;
            recht.persist();
            publisher.uitkeringsrechtBerekend(new UitkeringsrechtBerekend(cyclus, recht.id, recht.gemeentecode,
                    recht.provinciecode, recht.regelingVersie, recht.opgave, recht.duurzamePlaatsen,
                    recht.automatischCent, recht.opAanvraagCent, recht.aanvraagUiterlijk, recht.toelichting, nu, door));
        }
        em.flush();
        return overzicht(cyclus, null);
    }

    @Transactional
    public Uitkeringsrecht vraagAan(UUID id, Aanvraag a) {
        Uitkeringsrecht r = vereis(id);
        aanvrager.vereistNamens(r.gemeentecode);
        if (r.status != Uitkeringsrecht.Status.BEREKEND) {
            throw DomainException.conflict(VERKEERDE_STAAT, "Al aangevraagd", "Het uitkeringsrecht van " + r.gemeentecode
                    + " heeft status " + r.status + "; alleen een berekend recht kan worden aangevraagd.");
        }
        if (r.opAanvraagCent == 0) {
            throw DomainException.unprocessable(NIET_AAN_TE_VRAGEN, "Niets aan te vragen", "Het recht van "
                    + r.gemeentecode + " wordt geheel automatisch betaald; er is niets aan te vragen.");
        }
        LocalDate vandaag = LocalDate.now(clock.withZone(Plannen.NL));
        if (vandaag.isAfter(r.aanvraagUiterlijk)) {
            throw DomainException.unprocessable(NIET_AAN_TE_VRAGEN, "Aanvraagtermijn verstreken", "Aanvragen kon tot en "
                    + "met " + r.aanvraagUiterlijk + "; het is nu " + vandaag + ".");
        }
        r.status = Uitkeringsrecht.Status.AANGEVRAAGD;
        r.beschikbaarVanaf = a.beschikbaarVanaf();
        r.aanvraagToelichting = a.toelichting() == null ? null : a.toelichting().strip();
        r.aangevraagdOp = nu();
        r.aangevraagdDoor = aanvrager.naam();
        publisher.uitkeringAangevraagd(new UitkeringAangevraagd(r.cyclus, r.id, r.gemeentecode, r.provinciecode,
                r.opAanvraagCent, r.beschikbaarVanaf, r.aangevraagdOp, r.aangevraagdDoor));
        return r;
    }

    @Transactional
    public Uitkeringsrecht besluit(UUID id, BesluitVerzoek b) {
        Uitkeringsrecht r = vereis(id);
        if (r.status != Uitkeringsrecht.Status.AANGEVRAAGD) {
            throw DomainException.conflict(VERKEERDE_STAAT, "Geen open aanvraag", "Het uitkeringsrecht van "
                    + r.gemeentecode + " heeft status " + r.status + "; alleen op een aanvraag wordt besloten.");
        }
        boolean toe = b.besluit() == UitkeringDtos.Besluit.TOEGEKEND;
        r.status = toe ? Uitkeringsrecht.Status.TOEGEKEND : Uitkeringsrecht.Status.AFGEWEZEN;
        r.toegekendCent = toe ? r.opAanvraagCent : 0L;
        r.besluitReden = b.reden().strip();
        r.beslotenOp = nu();
        r.beslotenDoor = aanvrager.naam();
        publisher.uitkeringBesluitGenomen(new UitkeringBesluitGenomen(r.cyclus, r.id, r.gemeentecode, r.provinciecode,
                b.besluit().name(), r.toegekendCent, r.besluitReden, r.beslotenOp, r.beslotenDoor));
        return r;
    }

    /** For a read: no lock, no transaction. */
    public Uitkeringsrecht lees(UUID id) {
        Uitkeringsrecht r = Uitkeringsrecht.findById(id);
        if (r == null) {
            throw DomainException.notFound("Uitkeringsrecht " + id + " bestaat niet.");
        }
        return r;
    }

    /** For a change, inside its transaction: locked, so an application and a decision cannot cross. */
    private Uitkeringsrecht vereis(UUID id) {
        Uitkeringsrecht r = Uitkeringsrecht.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw DomainException.notFound("Uitkeringsrecht " + id + " bestaat niet.");
        }
        return r;
    }

    /** Per municipality, per province and together; {@code provinciecode} null: the whole country. */
    public Overzicht overzicht(String cyclus, String provinciecode) {
        List<Uitkeringsrecht> rechten = provinciecode == null
                ? Uitkeringsrecht.list("cyclus = ?1 order by provinciecode, gemeentecode", cyclus)
                : Uitkeringsrecht.list("cyclus = ?1 and provinciecode = ?2 order by gemeentecode", cyclus, provinciecode);
        Map<String, long[]> perProvincie = new TreeMap<>();
        long[] samen = new long[5];
        for (Uitkeringsrecht r : rechten) {
            for (long[] t : List.of(perProvincie.computeIfAbsent(r.provinciecode, p -> new long[5]), samen)) {
                t[0]++;
                t[1] += r.duurzamePlaatsen;
                t[2] += r.automatischCent;
                t[3] += r.opAanvraagCent;
                t[4] += r.toegekendCent == null ? 0 : r.toegekendCent;
            }
        }
        List<Totaal> provincies = perProvincie.entrySet().stream()
                .map(e -> totaal("PROVINCIE", e.getKey(), e.getValue())).toList();
        return new Overzicht(cyclus, provinciecode, rechten.stream().map(this::dto).toList(), provincies,
                totaal(provinciecode == null ? "LANDELIJK" : "PROVINCIE", provinciecode == null ? "NL" : provinciecode,
                        samen));
    }

    private static Totaal totaal(String niveau, String code, long[] t) {
        return new Totaal(niveau, code, (int) t[0], t[1], t[2], t[3], t[4]);
    }

    public RechtDto dto(Uitkeringsrecht r) {
        List<RegelDto> regels;
        try {
            regels = json.readValue(r.regels, REGELS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored tiers of " + r.id + " are not readable", e);
        }
        return new RechtDto(r.id, r.cyclus, r.regelingVersie, r.provinciecode, r.gemeentecode, r.naam, r.opgave,
                r.gerealiseerdDuurzaam, r.verrekend, r.duurzamePlaatsen, r.automatischCent, r.opAanvraagCent, regels,
                r.toelichting, r.aanvraagUiterlijk, r.status, r.berekendOp, r.berekendDoor, r.beschikbaarVanaf,
                r.aanvraagToelichting, r.aangevraagdOp, r.aangevraagdDoor, r.besluitReden, r.toegekendCent, r.beslotenOp,
                r.beslotenDoor);
    }

    private String alsJson(List<Regel> regels) {
        try {
            return json.writeValueAsString(regels.stream().map(RegelDto::van).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant nu() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
