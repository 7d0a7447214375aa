package nl.spreiding.allocation.verdeling.opslag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.spreiding.allocation.cyclus.Capaciteitsraming;
import nl.spreiding.allocation.cyclus.Cyclus;
import nl.spreiding.allocation.cyclus.Cycli;
import nl.spreiding.allocation.events.AllocatieEvents;
import nl.spreiding.allocation.referentiedata.Gemeente;
import nl.spreiding.allocation.referentiedata.Referentiedata;
import nl.spreiding.allocation.verdeling.GemeenteInvoer;
import nl.spreiding.allocation.verdeling.GemeenteOpgave;
import nl.spreiding.allocation.verdeling.OngeldigeVerdelingsinvoer;
import nl.spreiding.allocation.verdeling.ProvincieOpgave;
import nl.spreiding.allocation.verdeling.Verdeelberekening;
import nl.spreiding.allocation.verdeling.Verdeelsleutel;
import nl.spreiding.allocation.verdeling.Verdeling;
import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.api.ProblemException;
import nl.spreiding.platform.outbox.Outbox;

/**
 * Publishes distributions (a new version for a revision, never an edit), reads them back, and calculates what-if
 * distributions that are not published. The calculation itself is {@link Verdeelberekening}.
 */
@ApplicationScoped
public class Verdelingen {

    public static final String ONVOLDOENDE_INVOER = "urn:nld:spreiding:probleem:onvoldoende-invoer";

    private final Outbox outbox;
    private final Cycli cycli;
    private final Referentiedata referentiedata;
    /** Keeps the most recently read distributions (well under 1 MB each for 342 municipalities); see application.properties. */
    private final Cache gelezen;

    public Verdelingen(Outbox outbox, Cycli cycli, Referentiedata referentiedata, @CacheName("verdelingen") Cache gelezen) {
        this.outbox = outbox;
        this.gelezen = gelezen;
        this.cycli = cycli;
        this.referentiedata = referentiedata;
    }

    /** What to distribute: totals default to the cycle's estimate for asylum reception. */
    public record Opdracht(String cyclus, Doelgroep doelgroep, String sleutel, Integer totaal, Integer amvTotaal) {
    }

    /** A change to one municipality's inputs in a what-if calculation; null fields keep the reference data. */
    public record Aanpassing(String gemeentecode, Long aantalInwoners, java.math.BigDecimal sesWoaScore,
            Integer bestaandeDuurzamePlaatsen) {
    }

    /** Calculates and publishes; returns the stored header. */
    @Transactional
    public VastgesteldeVerdeling stelVast(Opdracht opdracht, String toelichting, String door) {
        // Serialise publications of one cycle, so that two requests cannot both become the next version.
        Cyclus cyclus = Cyclus.<Cyclus>findByIdOptional(opdracht.cyclus(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Cyclus " + opdracht.cyclus() + " bestaat niet."));
        Verdeling verdeling = bereken(cyclus, cyclus.referentiejaar, opdracht, List.of());
        VastgesteldeVerdeling vorige = laatste(cyclus.code, opdracht.doelgroep());
        if (vorige != null && (toelichting == null || toelichting.isBlank())) {
            throw ProblemException.invalid("Een herziening vraagt om een toelichting.",
                    List.of(new Problem.InvalidParam("toelichting", "is verplicht bij een herziening (versie "
                            + (vorige.versie + 1) + ")")));
        }

        VastgesteldeVerdeling kop = new VastgesteldeVerdeling();
        kop.id = UUID.randomUUID();
        kop.cyclus = cyclus.code;
        kop.doelgroep = opdracht.doelgroep();
        kop.versie = vorige == null ? 1 : vorige.versie + 1;
        kop.vorigeId = vorige == null ? null : vorige.id;
        kop.sleutelCode = verdeling.sleutel().code();
        kop.sleutelVersie = verdeling.sleutel().versie();
        kop.referentiejaar = cyclus.referentiejaar;
        kop.peildatumInwoners = verdeling.sleutel().peildatumInwoners();
        kop.sesWoaJaargang = verdeling.sleutel().sesWoaJaargang();
        kop.totaal = verdeling.totaal();
        kop.amvTotaal = verdeling.amvTotaal();
        kop.totaalGewicht = VerdelingOpslag.tekst(verdeling.totaalGewicht());
        kop.somOpgaven = verdeling.somOpgaven();
        kop.somAmv = verdeling.somAmv();
        kop.toelichting = toelichting;
        kop.vastgesteldOp = Instant.now();
        kop.vastgesteldDoor = door;
        kop.persist();
        VerdelingOpslag.bewaarGemeenten(kop.id, verdeling);

        outbox.record(AllocatieEvents.TOPIC, vorige == null ? AllocatieEvents.VERDELING_VASTGESTELD
                : AllocatieEvents.VERDELING_HERZIEN, kop.cyclus + "/" + kop.doelgroep, "verdelingen/" + kop.id,
                gebeurtenis(kop, vorige, verdeling));
        return kop;
    }

    /** A distribution as it would be, not published. */
    public Verdeling simuleer(Opdracht opdracht, Integer referentiejaar, List<Aanpassing> aanpassingen) {
        Cyclus cyclus = opdracht.cyclus() == null ? null : cycli.cyclus(opdracht.cyclus());
        int jaar = referentiejaar != null ? referentiejaar : cyclus != null ? cyclus.referentiejaar : -1;
        if (jaar < 0) {
            throw ProblemException.invalid("Noem een cyclus of een referentiejaar.",
                    List.of(new Problem.InvalidParam("referentiejaar", "is verplicht zonder cyclus")));
        }
        return bereken(cyclus, jaar, opdracht, aanpassingen);
    }

    /** The reference year a what-if uses when none is named: the cycle's. */
    public int referentiejaar(String cyclus) {
        return cycli.cyclus(cyclus).referentiejaar;
    }

    public VastgesteldeVerdeling kop(UUID id) {
        return VastgesteldeVerdeling.<VastgesteldeVerdeling>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Verdeling " + id + " bestaat niet."));
    }

    /** Read from the database once per id: a published distribution never changes, so the copy stays true. */
    public Verdeling verdeling(VastgesteldeVerdeling kop) {
        return gelezen.get(kop.id, id -> VerdelingOpslag.lees(kop)).await().indefinitely();
    }

    public List<VastgesteldeVerdeling> lijst(String cyclus, Doelgroep doelgroep) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (cyclus != null) {
            where.append(" and cyclus = :cyclus");
            params.put("cyclus", cyclus);
        }
        if (doelgroep != null) {
            where.append(" and doelgroep = :doelgroep");
            params.put("doelgroep", doelgroep);
        }
        return VastgesteldeVerdeling.list(where.toString(), Sort.by("cyclus").descending().and("doelgroep").and("versie"), params);
    }

    private static VastgesteldeVerdeling laatste(String cyclus, Doelgroep doelgroep) {
        return VastgesteldeVerdeling.find("cyclus = ?1 and doelgroep = ?2", Sort.by("versie").descending(), cyclus, doelgroep)
                .firstResult();
    }

    private Verdeling bereken(Cyclus cyclus, int referentiejaar, Opdracht opdracht, List<Aanpassing> aanpassingen) {
        Doelgroep doelgroep = Objects.requireNonNullElse(opdracht.doelgroep(), Doelgroep.ASIEL);
        Verdeelsleutel sleutel = Verdeelsleutels.nieuwste(opdracht.sleutel() != null ? opdracht.sleutel()
                : standaardSleutel(doelgroep));
        int[] totalen = totalen(cyclus, doelgroep, opdracht);
        List<Gemeente> gemeenten = referentiedata.gemeenten(referentiejaar);
        if (gemeenten.isEmpty()) {
            throw ProblemException.unprocessable(ONVOLDOENDE_INVOER, "Geen referentiedata",
                    "Referentiejaar " + referentiejaar + " heeft geen gemeenten; lees ze eerst in.");
        }
        Collection<GemeenteInvoer> invoer = invoer(gemeenten, doelgroep, aanpassingen);
        Integer sesJaargang = gemeenten.stream().map(g -> g.sesWoaJaargang).filter(Objects::nonNull).max(Integer::compare)
                .orElse(null);
        LocalDate peildatum = gemeenten.stream().map(g -> g.peildatumInwoners).max(LocalDate::compareTo).orElse(null);
        try {
            return Verdeelberekening.bereken(sleutel.metInvoerbronnen(peildatum, sesJaargang), invoer, totalen[0], totalen[1]);
        } catch (OngeldigeVerdelingsinvoer e) {
            int aantal = e.fouten().size();
            // As every problem answer: at most MAX_INVALID_PARAMS listed, the detail gives the count.
            String genoemd = aantal <= Problem.MAX_INVALID_PARAMS ? ", elk genoemd in invalidParams."
                    : "; de eerste " + Problem.MAX_INVALID_PARAMS + " staan in invalidParams.";
            throw new ProblemException(new Problem(ONVOLDOENDE_INVOER, "Onvoldoende invoer voor deze verdeelsleutel", 422,
                    sleutel.aanduiding() + " kan niet rekenen: " + aantal + (aantal == 1 ? " probleem" : " problemen")
                            + " in de invoer" + genoemd, null, e.fouten().stream().limit(Problem.MAX_INVALID_PARAMS)
                            .map(f -> new Problem.InvalidParam(f.gemeentecode() == null ? f.veld()
                                    : "gemeenten[" + f.gemeentecode() + "]." + f.veld(), f.melding()))
                            .toList()));
        }
    }

    private static int[] totalen(Cyclus cyclus, Doelgroep doelgroep, Opdracht opdracht) {
        if (opdracht.totaal() != null) {
            int amv = opdracht.amvTotaal() == null ? 0 : opdracht.amvTotaal();
            if (amv > opdracht.totaal()) {
                throw ProblemException.invalid("Het AMV-deel is een deel van het totaal.",
                        List.of(new Problem.InvalidParam("amvTotaal", "mag niet groter zijn dan totaal")));
            }
            return new int[] { opdracht.totaal(), amv };
        }
        Capaciteitsraming raming = cyclus == null || doelgroep != Doelgroep.ASIEL ? null : Capaciteitsraming.findById(cyclus.code);
        if (raming == null) {
            throw ProblemException.invalid("Geen totaal om te verdelen.", List.of(new Problem.InvalidParam("totaal",
                    "is verplicht, tenzij de doelgroep ASIEL is en de cyclus een gepubliceerde capaciteitsraming heeft")));
        }
        return new int[] { raming.totaalPlaatsen, opdracht.amvTotaal() != null ? opdracht.amvTotaal() : raming.amvPlaatsen };
    }

    private static Collection<GemeenteInvoer> invoer(List<Gemeente> gemeenten, Doelgroep doelgroep, List<Aanpassing> aanpassingen) {
        Map<String, Aanpassing> perCode = new LinkedHashMap<>();
        List<Problem.InvalidParam> onbekend = new ArrayList<>();
        for (int i = 0; i < aanpassingen.size(); i++) {
            Aanpassing a = aanpassingen.get(i);
            if (perCode.put(a.gemeentecode(), a) != null) {
                onbekend.add(new Problem.InvalidParam("aanpassingen[" + i + "].gemeentecode", "komt twee keer voor"));
            }
        }
        List<GemeenteInvoer> invoer = new ArrayList<>();
        for (Gemeente g : gemeenten) {
            Aanpassing a = perCode.remove(g.code);
            long inwoners = a != null && a.aantalInwoners() != null ? a.aantalInwoners() : g.aantalInwoners;
            var ses = a != null && a.sesWoaScore() != null ? a.sesWoaScore() : g.sesWoaScore;
            // Existing durable places only count against the asylum task of the Spreidingswet.
            int bestaande = doelgroep != Doelgroep.ASIEL ? 0
                    : a != null && a.bestaandeDuurzamePlaatsen() != null ? a.bestaandeDuurzamePlaatsen()
                    : Objects.requireNonNullElse(g.bestaandeDuurzamePlaatsen, 0);
            invoer.add(new GemeenteInvoer(g.code, g.naam, g.provinciecode, inwoners, ses, bestaande));
        }
        perCode.keySet().forEach(code -> onbekend.add(new Problem.InvalidParam("aanpassingen." + code,
                "gemeente bestaat niet in dit referentiejaar")));
        if (!onbekend.isEmpty()) {
            throw ProblemException.invalid("De aanpassingen noemen onbekende gemeenten.", onbekend);
        }
        return invoer;
    }

    private static String standaardSleutel(Doelgroep doelgroep) {
        return switch (doelgroep) {
            case ASIEL -> Verdeelsleutel.SPREIDINGSWET_SES_WOA.code();
            case STATUSHOUDERS -> Verdeelsleutel.STATUSHOUDERS.code();
            case OEKRAINE -> Verdeelsleutel.INWONERS.code();
        };
    }

    /** The event carries every province and municipality, so a consumer never has to call back. */
    private static Map<String, Object> gebeurtenis(VastgesteldeVerdeling kop, VastgesteldeVerdeling vorige, Verdeling verdeling) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("verdelingId", kop.id);
        data.put("cyclus", kop.cyclus);
        data.put("doelgroep", kop.doelgroep);
        data.put("versie", kop.versie);
        data.put("vorigeVersie", vorige == null ? null : vorige.versie);
        data.put("vorigeVerdelingId", vorige == null ? null : vorige.id);
        data.put("sleutel", Map.of("code", kop.sleutelCode, "versie", kop.sleutelVersie));
        data.put("totaal", kop.totaal);
        data.put("amvTotaal", kop.amvTotaal);
        data.put("somOpgaven", kop.somOpgaven);
        data.put("vastgesteldOp", kop.vastgesteldOp);
        data.put("door", kop.vastgesteldDoor);
        Map<String, String> namen = provincienamen();
        List<Map<String, Object>> provincies = new ArrayList<>();
        for (ProvincieOpgave p : verdeling.provincies()) {
            Map<String, Object> regel = new LinkedHashMap<>();
            regel.put("provinciecode", p.provinciecode());
            regel.put("naam", namen.get(p.provinciecode()));
            regel.put("aantalInwoners", p.aantalInwoners());
            regel.put("opgave", p.opgave());
            regel.put("amv", p.amv());
            regel.put("bestaandePlaatsen", p.bestaandeDuurzamePlaatsen());
            regel.put("resterendeOpgave", p.resterendeOpgave());
            regel.put("resterendNaVerrekening", p.resterendNaVerrekening());
            provincies.add(regel);
        }
        data.put("provincies", provincies);
        List<Map<String, Object>> gemeenten = new ArrayList<>();
        for (GemeenteOpgave g : verdeling.gemeenten()) {
            Map<String, Object> regel = new LinkedHashMap<>();
            regel.put("gemeentecode", g.gemeentecode());
            regel.put("naam", g.naam());
            regel.put("provinciecode", g.provinciecode());
            regel.put("aantalInwoners", g.aantalInwoners());
            regel.put("opgave", g.opgave());
            regel.put("amv", g.amv());
            regel.put("bestaandePlaatsen", g.bestaandeDuurzamePlaatsen());
            regel.put("resterendeOpgave", g.resterendeOpgave());
            gemeenten.add(regel);
        }
        data.put("gemeenten", gemeenten);
        return data;
    }

    private static Map<String, String> provincienamen() {
        Map<String, String> namen = new LinkedHashMap<>();
        nl.spreiding.allocation.referentiedata.Provincie.<nl.spreiding.allocation.referentiedata.Provincie>listAll()
                .forEach(p -> namen.put(p.code, p.naam));
        return namen;
    }
}
