package nl.spreiding.pledge.besluit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.pledge.gebeurtenissen.IndeplaatsstellingGestart;
import nl.spreiding.pledge.gebeurtenissen.PledgePublisher;

/** The minister steps in for a municipality that did not realise its designation before the deadline. */
@ApplicationScoped
public class Indeplaatsstellingen {

    public static final String GEEN_TERMIJN_VERSTREKEN = "urn:nld:spreiding:probleem:termijn-niet-verstreken";

    private final PledgePublisher publisher;
    private final Aanvrager aanvrager;
    private final Clock clock;

    public Indeplaatsstellingen(PledgePublisher publisher, Aanvrager aanvrager, Clock clock) {
        this.publisher = publisher;
        this.aanvrager = aanvrager;
        this.clock = clock;
    }

    @Transactional
    public Aanwijzing start(UUID aanwijzingId, String toelichting) {
        Aanwijzing a = Aanwijzing.<Aanwijzing>findByIdOptional(aanwijzingId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> DomainException.notFound("Aanwijzing " + aanwijzingId + " bestaat niet."));
        if (a.status != Aanwijzing.Status.TERMIJN_VERSTREKEN) {
            throw DomainException.conflict(GEEN_TERMIJN_VERSTREKEN, "Indeplaatsstelling niet mogelijk",
                    "Indeplaatsstelling kan alleen bij een aanwijzing waarvan de realisatietermijn is verstreken; deze "
                            + "heeft status " + a.status + ".");
        }
        a.status = Aanwijzing.Status.INDEPLAATSSTELLING;
        a.indeplaatsstellingOp = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String door = aanvrager.naam();
        a.indeplaatsstellingDoor = door;
        publisher.indeplaatsstellingGestart(new IndeplaatsstellingGestart(a.cyclus, a.id, a.gemeentecode,
                a.provinciecode, a.indeplaatsstellingOp, door, toelichting));
        return a;
    }
}
