package nl.spreiding.pledge.toezegging;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.pledge.gebeurtenissen.PledgePublisher;
import nl.spreiding.pledge.gebeurtenissen.UitruilVastgelegd;
import nl.spreiding.pledge.opgave.Opgave;
import nl.spreiding.pledge.toezegging.UitruilDtos.NieuweUitruil;

/** Records the trades between target groups agreed at a provincial table, each with its event. */
@ApplicationScoped
public class Uitruilen {

    private final PledgePublisher publisher;
    private final Aanvrager aanvrager;
    private final Clock clock;

    public Uitruilen(PledgePublisher publisher, Aanvrager aanvrager, Clock clock) {
        this.publisher = publisher;
        this.aanvrager = aanvrager;
        this.clock = clock;
    }

    @Transactional
    public Uitruil leg(NieuweUitruil verzoek) {
        if (verzoek.vanDoelgroep() == verzoek.naarDoelgroep()) {
            throw DomainException.invalid("Een uitruil gaat tussen twee verschillende doelgroepen.", "naarDoelgroep",
                    "moet verschillen van vanDoelgroep");
        }
        vereisEigenProvincie(verzoek);
        Uitruil u = new Uitruil();
        u.id = UUID.randomUUID();
        u.cyclus = verzoek.cyclus();
        u.provinciecode = verzoek.provinciecode();
        u.gemeentecode = verzoek.gemeentecode();
        u.vanDoelgroep = verzoek.vanDoelgroep();
        u.naarDoelgroep = verzoek.naarDoelgroep();
        u.aantalPlaatsen = verzoek.aantalPlaatsen();
        u.reden = verzoek.reden().strip();
        u.vastgelegdDoor = aanvrager.naam();
        u.vastgelegdOp = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        u.persist();
        publisher.uitruilVastgelegd(new UitruilVastgelegd(u.id, u.cyclus, u.provinciecode, u.gemeentecode,
                u.vanDoelgroep, u.naarDoelgroep, u.aantalPlaatsen, u.reden, u.vastgelegdDoor, u.vastgelegdOp));
        return u;
    }

    public Uitruil vereis(UUID id) {
        return Uitruil.<Uitruil>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("Uitruil " + id + " bestaat niet."));
    }

    /**
     * Refuses (403) unless the caller is the province the trade belongs to, then checks that the area has a task.
     * With a municipality, its own province decides rather than the one the body names, so that a province cannot
     * move another province's municipality by naming itself.
     */
    private void vereisEigenProvincie(NieuweUitruil verzoek) {
        if (verzoek.gemeentecode() != null) {
            Opgave gemeente = Opgave.vereisGemeente(verzoek.cyclus(), verzoek.gemeentecode());
            aanvrager.vereistNamens(gemeente.provinciecode);
            if (!gemeente.provinciecode.equals(verzoek.provinciecode())) {
                throw DomainException.unprocessable(Toezeggingen.ONBEKENDE_GEMEENTE, "Gemeente niet in provincie",
                        "Gemeente " + verzoek.gemeentecode() + " heeft in cyclus " + verzoek.cyclus()
                                + " geen opgave in provincie " + verzoek.provinciecode() + ".");
            }
        } else {
            aanvrager.vereistNamens(verzoek.provinciecode());
            if (!Opgave.heeftOpgave(verzoek.cyclus(), verzoek.provinciecode())) {
                throw DomainException.unprocessable(Toezeggingen.ONBEKENDE_GEMEENTE, "Provincie zonder opgave",
                        "Provincie " + verzoek.provinciecode() + " heeft geen opgave in cyclus " + verzoek.cyclus() + ".");
            }
        }
    }
}
