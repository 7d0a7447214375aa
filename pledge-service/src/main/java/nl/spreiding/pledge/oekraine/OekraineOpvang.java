package nl.spreiding.pledge.oekraine;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.pledge.gebeurtenissen.OekraineTellingVastgelegd;
import nl.spreiding.pledge.gebeurtenissen.PledgePublisher;
import nl.spreiding.pledge.oekraine.OekraineDtos.DeclaratieDto;
import nl.spreiding.pledge.oekraine.OekraineDtos.Melding;
import nl.spreiding.pledge.oekraine.OekraineDtos.MeldingDto;
import nl.spreiding.pledge.oekraine.OekraineDtos.RegelDto;
import nl.spreiding.pledge.opgave.Opgave;
import nl.spreiding.pledge.plan.Plannen;

/**
 * Ukrainian reception, counted: a municipality reports per location per month its capacity and the occupied places
 * on each day; what it may declare is computed from those days and the daily standard amounts (see
 * {@link Declaratieberekening}).
 */
@ApplicationScoped
public class OekraineOpvang {

    private final Aanvrager aanvrager;
    private final PledgePublisher publisher;
    private final Clock clock;

    public OekraineOpvang(Aanvrager aanvrager, PledgePublisher publisher, Clock clock) {
        this.aanvrager = aanvrager;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public OekraineMelding meld(Melding m) {
        aanvrager.vereistNamens(m.gemeentecode());
        YearMonth maand = YearMonth.parse(m.maand());
        if (m.bezettingPerDag().size() != maand.lengthOfMonth()) {
            throw DomainException.invalid("De melding telt " + m.bezettingPerDag().size() + " dagen; " + m.maand()
                    + " heeft er " + maand.lengthOfMonth() + ".", "bezettingPerDag",
                    "moet precies één getal per dag van de maand hebben (" + maand.lengthOfMonth() + ")");
        }
        for (int dag = 1; dag <= m.bezettingPerDag().size(); dag++) {
            if (m.bezettingPerDag().get(dag - 1) > m.capaciteit()) {
                throw DomainException.invalid("Op dag " + dag + " zijn meer plaatsen bezet dan de capaciteit ("
                        + m.capaciteit() + ").", "bezettingPerDag[" + (dag - 1) + "]", "mag niet groter zijn dan capaciteit");
            }
        }
        if (maand.isAfter(YearMonth.now(clock.withZone(Plannen.NL)))) {
            throw DomainException.invalid("Maand " + m.maand() + " is nog niet begonnen.", "maand",
                    "mag niet in de toekomst liggen");
        }
        OekraineMelding r = new OekraineMelding();
        r.id = UUID.randomUUID();
        r.provinciecode = provincieVan(m.gemeentecode());
        r.gemeentecode = m.gemeentecode();
        r.locatie = m.locatie().strip();
        r.maand = m.maand();
        r.capaciteit = m.capaciteit();
        r.bezettingPerDag = m.bezettingPerDag().stream().map(String::valueOf).collect(Collectors.joining(","));
        r.bezettePlaatsdagen = m.bezettingPerDag().stream().mapToLong(Integer::longValue).sum();
        r.gemeldOp = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        r.gemeldDoor = aanvrager.naam();
        r.persist();
        publisher.oekraineTellingVastgelegd(new OekraineTellingVastgelegd(r.id, r.gemeentecode, r.provinciecode,
                r.locatie, r.maand, r.capaciteit, List.copyOf(m.bezettingPerDag()), r.bezettePlaatsdagen, r.gemeldOp,
                r.gemeldDoor));
        return r;
    }

    /** The province of a municipality: the one of its most recent published task. */
    private static String provincieVan(String gemeentecode) {
        return Opgave.<Opgave>find("code = ?1 and niveau = ?2 order by cyclus desc", gemeentecode, Opgave.Niveau.GEMEENTE)
                .firstResultOptional().map(o -> o.provinciecode)
                .orElseThrow(() -> DomainException.unprocessable(Opgave.GEMEENTE_ZONDER_OPGAVE, "Onbekende gemeente",
                        "Gemeente " + gemeentecode + " heeft in geen enkele cyclus een gepubliceerde opgave."));
    }

    public DeclaratieDto declaratie(String gemeentecode, String maand) {
        List<OekraineMelding> meldingen = OekraineMelding.geldend(gemeentecode, maand);
        if (meldingen.isEmpty()) {
            throw DomainException.notFound("Gemeente " + gemeentecode + " meldde geen opvang van ontheemden uit Oekraïne "
                    + "in " + maand + ".");
        }
        YearMonth m = YearMonth.parse(maand);
        long[] perDag = new long[m.lengthOfMonth()];
        for (OekraineMelding melding : meldingen) {
            List<Integer> dagen = melding.bezetting();
            for (int i = 0; i < perDag.length; i++) {
                perDag[i] += dagen.get(i);
            }
        }
        Declaratieberekening.Uitkomst u = Declaratieberekening.bereken(m, perDag,
                Normbedrag.alle().stream().map(Normbedrag::periode).toList());
        return new DeclaratieDto(gemeentecode, meldingen.get(0).provinciecode, maand,
                meldingen.stream().map(MeldingDto::van).toList(), u.plaatsdagen(), u.bedragCent(),
                u.regels().stream().map(RegelDto::van).toList(), meldingen.size() + " locatie(s). " + u.toelichting());
    }

    /** Counts of one municipality in a month: its locations summed. */
    public record Maandtelling(int locaties, long capaciteit, long bezettingEindeMaand, long plaatsdagen) {
    }

    /** Per municipality of a province, its counts in a month (latest report per location). */
    public java.util.Map<String, Maandtelling> provincie(String provinciecode, String maand) {
        java.util.Map<String, Maandtelling> uit = new java.util.TreeMap<>();
        for (OekraineMelding m : OekraineMelding.geldendInProvincie(provinciecode, maand)) {
            List<Integer> dagen = m.bezetting();
            Maandtelling t = uit.getOrDefault(m.gemeentecode, new Maandtelling(0, 0, 0, 0));
            uit.put(m.gemeentecode, new Maandtelling(t.locaties() + 1, t.capaciteit() + m.capaciteit,
                    t.bezettingEindeMaand() + dagen.get(dagen.size() - 1), t.plaatsdagen() + m.bezettePlaatsdagen));
        }
        return uit;
    }
}
