package nl.spreiding.allocation.verdeling.opslag;

import java.time.Clock;
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
import nl.spreiding.allocation.gebeurtenissen.AllocatiePublisher;
import nl.spreiding.allocation.gebeurtenissen.VerdelingGepubliceerd;
import nl.spreiding.allocation.referentiedata.Gemeente;
import nl.spreiding.allocation.referentiedata.Referentiedata;
import nl.spreiding.allocation.verdeling.GemeenteInvoer;
import nl.spreiding.allocation.verdeling.GemeenteOpgave;
import nl.spreiding.allocation.verdeling.GepubliceerdeTabel;
import nl.spreiding.allocation.verdeling.OngeldigeVerdelingsinvoer;
import nl.spreiding.allocation.verdeling.ProvincieOpgave;
import nl.spreiding.allocation.verdeling.Verdeelberekening;
import nl.spreiding.allocation.verdeling.Verdeelsleutel;
import nl.spreiding.allocation.verdeling.Verdeling;
import nl.spreiding.allocation.referentiedata.Provincie;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.errors.DomainException.FieldError;
import nl.spreiding.platform.persistence.QueryFilter;

/**
 * Publishes distributions (a new version for a revision, never an edit), reads them back, and calculates what-if
 * distributions that are not published. The calculation itself is {@link Verdeelberekening}.
 */
@ApplicationScoped
public class Verdelingen {

    public static final String ONVOLDOENDE_INVOER = OnvoldoendeInvoer.TYPE;

    private final AllocatiePublisher publisher;
    private final Clock clock;
    private final Cycli cycli;
    private final Referentiedata referentiedata;
    /** Keeps the most recently read distributions (well under 1 MB each for 342 municipalities); see application.properties. */
    private final Cache gelezen;

    public Verdelingen(AllocatiePublisher publisher, Clock clock, Cycli cycli, Referentiedata referentiedata,
            @CacheName("verdelingen") Cache gelezen) {
        this.publisher = publisher;
        this.clock = clock;
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

    /** Where an adopted table comes from, and what was uploaded: its lines and the file's SHA-256. */
    public record Tabelopdracht(String cyclus, Doelgroep doelgroep, GepubliceerdeTabel.Bron bron,
            List<GepubliceerdeTabel.Regel> regels, String bestandSha256) {
    }

    /** Calculates and publishes; returns the stored header. */
    @Transactional
    public VastgesteldeVerdeling stelVast(Opdracht opdracht, String toelichting, String door) {
        Cyclus cyclus = vergrendel(opdracht.cyclus());
        Verdeling verdeling = bereken(cyclus, cyclus.referentiejaar, opdracht, List.of());
        return publiceer(cyclus, opdracht.doelgroep(), verdeling, null, toelichting, door);
    }

    /**
     * Adopts a published table as the cycle's distribution: checked against the reference year, then stored, published
     * and evented exactly like a calculated one (a version, or a revision of the previous one), with its source.
     * Totals: those of the capacity estimate for ASIEL, else the table's own sums; the table's sum is kept as it is.
     */
    @Transactional
    public VastgesteldeVerdeling neemTabelOver(Tabelopdracht opdracht, String toelichting, String door) {
        Cyclus cyclus = vergrendel(opdracht.cyclus());
        List<Gemeente> gemeenten = referentiedata.gemeenten(cyclus.referentiejaar);
        if (gemeenten.isEmpty()) {
            throw DomainException.unprocessable(ONVOLDOENDE_INVOER, "Geen referentiedata",
                    "Referentiejaar " + cyclus.referentiejaar + " heeft geen gemeenten; lees ze eerst in.");
        }
        List<GemeenteInvoer> referentie = List.copyOf(invoer(gemeenten, opdracht.doelgroep(), List.of()));
        Capaciteitsraming raming = opdracht.doelgroep() == Doelgroep.ASIEL ? Capaciteitsraming.findById(cyclus.code) : null;
        Verdeling verdeling;
        try {
            verdeling = GepubliceerdeTabel.neemOver(opdracht.bron(), referentie, opdracht.regels(),
                    raming == null ? null : raming.totaalPlaatsen, raming == null ? null : raming.amvPlaatsen);
        } catch (OngeldigeVerdelingsinvoer e) {
            throw new TabelAfgekeurd(e.fouten());
        }
        VerdelingBron bron = new VerdelingBron();
        bron.publicatie = opdracht.bron().publicatie();
        bron.publicatiedatum = opdracht.bron().publicatiedatum();
        bron.url = opdracht.bron().url();
        bron.bestandSha256 = opdracht.bestandSha256();
        return publiceer(cyclus, opdracht.doelgroep(), verdeling, bron, toelichting, door);
    }

    /** The publication an adopted distribution was taken from; empty for a calculated one. */
    public java.util.Optional<VerdelingBron> bron(UUID verdelingId) {
        return VerdelingBron.findByIdOptional(verdelingId);
    }

    /** Serialise publications of one cycle, so that two requests cannot both become the next version. */
    private static Cyclus vergrendel(String code) {
        return Cyclus.<Cyclus>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> DomainException.notFound("Cyclus " + code + " bestaat niet."));
    }

    private VastgesteldeVerdeling publiceer(Cyclus cyclus, Doelgroep doelgroep, Verdeling verdeling, VerdelingBron bron,
            String toelichting, String door) {
        VastgesteldeVerdeling vorige = laatste(cyclus.code, doelgroep);
        if (vorige != null && (toelichting == null || toelichting.isBlank())) {
            throw DomainException.invalid("Een herziening vraagt om een toelichting.",
                    List.of(new FieldError("toelichting", "is verplicht bij een herziening (versie "
                            + (vorige.versie + 1) + ")")));
        }

        VastgesteldeVerdeling kop = new VastgesteldeVerdeling();
        kop.id = UUID.randomUUID();
        kop.cyclus = cyclus.code;
        kop.doelgroep = doelgroep;
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
        kop.vastgesteldOp = Instant.now(clock);
        kop.vastgesteldDoor = door;
        kop.persist();
        if (bron != null) {
            bron.verdelingId = kop.id;
            bron.persist();
        }
        VerdelingOpslag.bewaarGemeenten(kop.id, verdeling);

        publisher.verdelingGepubliceerd(gebeurtenis(kop, vorige, verdeling, bron));
        return kop;
    }

    /** A distribution as it would be, not published. */
    public Verdeling simuleer(Opdracht opdracht, Integer referentiejaar, List<Aanpassing> aanpassingen) {
        Cyclus cyclus = opdracht.cyclus() == null ? null : cycli.cyclus(opdracht.cyclus());
        int jaar = referentiejaar != null ? referentiejaar : cyclus != null ? cyclus.referentiejaar : -1;
        if (jaar < 0) {
            throw DomainException.invalid("Noem een cyclus of een referentiejaar.",
                    List.of(new FieldError("referentiejaar", "is verplicht zonder cyclus")));
        }
        return bereken(cyclus, jaar, opdracht, aanpassingen);
    }

    /** The reference year a what-if uses when none is named: the cycle's. */
    public int referentiejaar(String cyclus) {
        return cycli.cyclus(cyclus).referentiejaar;
    }

    public VastgesteldeVerdeling kop(UUID id) {
        return VastgesteldeVerdeling.<VastgesteldeVerdeling>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("Verdeling " + id + " bestaat niet."));
    }

    /** Read from the database once per id: a published distribution never changes, so the copy stays true. */
    public Verdeling verdeling(VastgesteldeVerdeling kop) {
        return gelezen.get(kop.id, id -> VerdelingOpslag.lees(kop, bron(kop.id).orElse(null))).await().indefinitely();
    }

    public List<VastgesteldeVerdeling> lijst(String cyclus, Doelgroep doelgroep) {
        QueryFilter filter = new QueryFilter().equal("cyclus", cyclus).equal("doelgroep", doelgroep);
        return VastgesteldeVerdeling.list(filter.query(), Sort.by("cyclus").descending().and("doelgroep").and("versie"),
                filter.parameters());
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
            throw DomainException.unprocessable(ONVOLDOENDE_INVOER, "Geen referentiedata",
                    "Referentiejaar " + referentiejaar + " heeft geen gemeenten; lees ze eerst in.");
        }
        Collection<GemeenteInvoer> invoer = invoer(gemeenten, doelgroep, aanpassingen);
        Integer sesJaargang = gemeenten.stream().map(g -> g.sesWoaJaargang).filter(Objects::nonNull).max(Integer::compare)
                .orElse(null);
        LocalDate peildatum = gemeenten.stream().map(g -> g.peildatumInwoners).max(LocalDate::compareTo).orElse(null);
        try {
            return Verdeelberekening.bereken(sleutel.metInvoerbronnen(peildatum, sesJaargang), invoer, totalen[0], totalen[1]);
        } catch (OngeldigeVerdelingsinvoer e) {
            throw new OnvoldoendeInvoer(sleutel, e.fouten());
        }
    }

    private static int[] totalen(Cyclus cyclus, Doelgroep doelgroep, Opdracht opdracht) {
        if (opdracht.totaal() != null) {
            int amv = opdracht.amvTotaal() == null ? 0 : opdracht.amvTotaal();
            if (amv > opdracht.totaal()) {
                throw DomainException.invalid("Het AMV-deel is een deel van het totaal.",
                        List.of(new FieldError("amvTotaal", "mag niet groter zijn dan totaal")));
            }
            return new int[] { opdracht.totaal(), amv };
        }
        Capaciteitsraming raming = cyclus == null || doelgroep != Doelgroep.ASIEL ? null : Capaciteitsraming.findById(cyclus.code);
        if (raming == null) {
            throw DomainException.invalid("Geen totaal om te verdelen.", List.of(new FieldError("totaal",
                    "is verplicht, tenzij de doelgroep ASIEL is en de cyclus een gepubliceerde capaciteitsraming heeft")));
        }
        return new int[] { raming.totaalPlaatsen, opdracht.amvTotaal() != null ? opdracht.amvTotaal() : raming.amvPlaatsen };
    }

    private static Collection<GemeenteInvoer> invoer(List<Gemeente> gemeenten, Doelgroep doelgroep, List<Aanpassing> aanpassingen) {
        Map<String, Aanpassing> perCode = new LinkedHashMap<>();
        List<FieldError> onbekend = new ArrayList<>();
        for (int i = 0; i < aanpassingen.size(); i++) {
            Aanpassing a = aanpassingen.get(i);
            if (perCode.put(a.gemeentecode(), a) != null) {
                onbekend.add(new FieldError("aanpassingen[" + i + "].gemeentecode", "komt twee keer voor"));
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
        perCode.keySet().forEach(code -> onbekend.add(new FieldError("aanpassingen." + code,
                "gemeente bestaat niet in dit referentiejaar")));
        if (!onbekend.isEmpty()) {
            throw DomainException.invalid("De aanpassingen noemen onbekende gemeenten.", onbekend);
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
    private static VerdelingGepubliceerd gebeurtenis(VastgesteldeVerdeling kop, VastgesteldeVerdeling vorige, Verdeling verdeling,
            VerdelingBron bron) {
        Map<String, String> namen = provincienamen();
        List<VerdelingGepubliceerd.Provincie> provincies = new ArrayList<>();
        for (ProvincieOpgave p : verdeling.provincies()) {
            provincies.add(new VerdelingGepubliceerd.Provincie(p.provinciecode(), namen.get(p.provinciecode()),
                    p.aantalInwoners(), p.opgave(), p.amv(), p.bestaandeDuurzamePlaatsen(), p.resterendeOpgave(),
                    p.resterendNaVerrekening()));
        }
        List<VerdelingGepubliceerd.Gemeente> gemeenten = new ArrayList<>();
        for (GemeenteOpgave g : verdeling.gemeenten()) {
            gemeenten.add(new VerdelingGepubliceerd.Gemeente(g.gemeentecode(), g.naam(), g.provinciecode(), g.aantalInwoners(),
                    g.opgave(), g.amv(), g.bestaandeDuurzamePlaatsen(), g.resterendeOpgave()));
        }
        return new VerdelingGepubliceerd(kop.id, kop.cyclus, kop.doelgroep.name(), kop.versie,
                vorige == null ? null : vorige.versie, vorige == null ? null : vorige.id,
                new VerdelingGepubliceerd.Sleutel(kop.sleutelCode, kop.sleutelVersie), kop.totaal, kop.amvTotaal,
                kop.somOpgaven, kop.vastgesteldOp, kop.vastgesteldDoor, provincies, gemeenten,
                bron == null ? null : new VerdelingGepubliceerd.Bron(bron.publicatie, bron.publicatiedatum, bron.url));
    }

    private static Map<String, String> provincienamen() {
        Map<String, String> namen = new LinkedHashMap<>();
        Provincie.<Provincie>listAll().forEach(p -> namen.put(p.code, p.naam));
        return namen;
    }
}
