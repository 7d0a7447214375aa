package nl.spreiding.pledge.derdelanders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.platform.security.Rollen;
import nl.spreiding.pledge.gebeurtenissen.DerdelandersTellingVastgelegd;
import nl.spreiding.pledge.gebeurtenissen.PledgePublisher;
import nl.spreiding.pledge.derdelanders.DerdelandersDtos.Melding;
import nl.spreiding.pledge.derdelanders.DerdelandersDtos.MeldingDto;
import nl.spreiding.pledge.derdelanders.DerdelandersDtos.Overzicht;
import nl.spreiding.pledge.derdelanders.DerdelandersDtos.RegelDto;
import nl.spreiding.pledge.opgave.Opgave;
import nl.spreiding.pledge.plan.Plannen;

/**
 * Third-country nationals whose temporary protection ended on 4 March 2024 and who applied for asylum: COA counts
 * per municipality how many it still has to move; the municipality sees its counts and the declarable place-days.
 */
@ApplicationScoped
public class Derdelanders {

    private final Aanvrager aanvrager;
    private final PledgePublisher publisher;
    private final Clock clock;

    public Derdelanders(Aanvrager aanvrager, PledgePublisher publisher, Clock clock) {
        this.aanvrager = aanvrager;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public DerdelandersMelding meld(Melding m) {
        if (!m.onbekendeVelden().isEmpty()) {
            String veld = m.onbekendeVelden().get(0);
            throw DomainException.invalid("COA meldt alleen gemeentecode, peildatum en nogOverTePlaatsen; veld '" + veld
                    + "' wordt niet aangenomen (geen persoonsgegevens).", veld, "onbekend veld: alleen aantallen en datums");
        }
        if (m.peildatum.isBefore(Plaatsdagen.COA_REGISTRATIE_VANAF)) {
            throw DomainException.invalid("Derdelanders staan pas vanaf 5 maart 2024 bij COA ingeschreven.", "peildatum",
                    "mag niet vóór 2024-03-05 liggen");
        }
        if (m.peildatum.isAfter(vandaag())) {
            throw DomainException.invalid("Peildatum " + m.peildatum + " ligt in de toekomst.", "peildatum",
                    "mag niet in de toekomst liggen");
        }
        DerdelandersMelding r = new DerdelandersMelding();
        r.id = UUID.randomUUID();
        r.provinciecode = Opgave.<Opgave>find("code = ?1 and niveau = ?2 order by cyclus desc", m.gemeentecode,
                Opgave.Niveau.GEMEENTE).firstResultOptional().map(o -> o.provinciecode)
                .orElseThrow(() -> DomainException.unprocessable(Opgave.GEMEENTE_ZONDER_OPGAVE, "Onbekende gemeente",
                        "Gemeente " + m.gemeentecode + " heeft in geen enkele cyclus een gepubliceerde opgave."));
        r.gemeentecode = m.gemeentecode;
        r.peildatum = m.peildatum;
        r.nogOverTePlaatsen = m.nogOverTePlaatsen;
        r.gemeldOp = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        r.gemeldDoor = aanvrager.naam();
        r.persist();
        publisher.derdelandersTellingVastgelegd(new DerdelandersTellingVastgelegd(r.id, r.gemeentecode,
                r.provinciecode, r.peildatum, r.nogOverTePlaatsen, r.gemeldOp, r.gemeldDoor));
        return r;
    }

    /** A municipality reads its own counts, a province those of its municipalities, COA and the minister all. */
    public Overzicht overzicht(String gemeentecode, LocalDate tot) {
        List<DerdelandersMelding> tellingen = DerdelandersMelding.geldend(gemeentecode);
        if (!aanvrager.heeftEenVan(Rollen.COA, Rollen.MINISTER)) {
            if (aanvrager.heeftRol(Rollen.PROVINCIE)) {
                String provincie = tellingen.isEmpty() ? null : tellingen.get(0).provinciecode;
                aanvrager.vereistNamens(provincie == null ? "de provincie van " + gemeentecode : provincie);
            } else {
                aanvrager.vereistNamens(gemeentecode);
            }
        }
        LocalDate grens = tot == null ? vandaag() : tot;
        Plaatsdagen.Uitkomst u = Plaatsdagen.bereken(tellingen.stream()
                .map(t -> new Plaatsdagen.Telling(t.peildatum, t.nogOverTePlaatsen)).toList(), grens);
        return new Overzicht(gemeentecode, grens, tellingen.stream().map(MeldingDto::van).toList(),
                u.regels().stream().map(RegelDto::van).toList(), u.plaatsdagen(), u.toelichting());
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock.withZone(Plannen.NL));
    }
}
