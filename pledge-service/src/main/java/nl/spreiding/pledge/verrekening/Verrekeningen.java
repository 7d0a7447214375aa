package nl.spreiding.pledge.verrekening;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.pledge.gebeurtenissen.PledgePublisher;
import nl.spreiding.pledge.gebeurtenissen.VerrekeningGebeurtenis;
import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.opgave.Opgave;
import nl.spreiding.pledge.verrekening.VerrekeningDtos.NieuweVerrekening;

/**
 * Records and confirms creditings of places between municipalities. Both provinces concerned agree: the province of
 * either side records it (namens), the province of the other side confirms it; within one province its recording is
 * both. Each step is evented and keeps who and when.
 */
@ApplicationScoped
public class Verrekeningen {

    public static final String AL_BEVESTIGD = "urn:nld:spreiding:probleem:verrekening-bevestigd";

    private final PledgePublisher publisher;
    private final Aanvrager aanvrager;
    private final Clock clock;

    public Verrekeningen(PledgePublisher publisher, Aanvrager aanvrager, Clock clock) {
        this.publisher = publisher;
        this.aanvrager = aanvrager;
        this.clock = clock;
    }

    @Transactional
    public Verrekening leg(NieuweVerrekening verzoek) {
        if (verzoek.vanGemeentecode().equals(verzoek.naarGemeentecode())) {
            throw DomainException.invalid("Een verrekening gaat tussen twee gemeenten.", "naarGemeentecode",
                    "moet verschillen van vanGemeentecode");
        }
        Opgave van = asielopgave(verzoek.cyclus(), verzoek.vanGemeentecode());
        Opgave naar = asielopgave(verzoek.cyclus(), verzoek.naarGemeentecode());
        String namens = verzoek.namens();
        if (!namens.equals(van.provinciecode) && !namens.equals(naar.provinciecode)) {
            throw DomainException.invalid("Alleen een betrokken provincie legt een verrekening vast.", "namens",
                    "moet de provincie van vanGemeentecode (" + van.provinciecode + ") of van naarGemeentecode ("
                            + naar.provinciecode + ") zijn");
        }
        aanvrager.vereistNamens(namens);
        Verrekening v = new Verrekening();
        v.id = UUID.randomUUID();
        v.cyclus = verzoek.cyclus();
        v.vanGemeentecode = van.code;
        v.vanProvinciecode = van.provinciecode;
        v.naarGemeentecode = naar.code;
        v.naarProvinciecode = naar.provinciecode;
        v.aantalPlaatsen = verzoek.aantalPlaatsen();
        v.tot = verzoek.tot();
        v.voorwaarde = verzoek.voorwaarde().strip();
        v.vastgelegdNamens = namens;
        v.vastgelegdDoor = aanvrager.naam();
        v.vastgelegdOp = nu();
        // One province on both sides: its recording is the agreement of both.
        if (van.provinciecode.equals(naar.provinciecode)) {
            v.status = Verrekening.Status.BEVESTIGD;
            v.bevestigdNamens = namens;
            v.bevestigdDoor = v.vastgelegdDoor;
            v.bevestigdOp = v.vastgelegdOp;
        } else {
            v.status = Verrekening.Status.VASTGELEGD;
        }
        v.persist();
        publisher.verrekeningVastgelegd(gebeurtenis(v, v.vastgelegdDoor));
        return v;
    }

    @Transactional
    public Verrekening bevestig(UUID id) {
        Verrekening v = Verrekening.<Verrekening>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> DomainException.notFound("Verrekening " + id + " bestaat niet."));
        // Only the other side's province confirms: the recording province cannot agree with itself.
        aanvrager.vereistNamens(v.teBevestigenDoor());
        if (v.status == Verrekening.Status.BEVESTIGD) {
            throw DomainException.conflict(AL_BEVESTIGD, "Verrekening al bevestigd",
                    "Verrekening " + id + " is al bevestigd door " + v.bevestigdNamens + ".");
        }
        v.status = Verrekening.Status.BEVESTIGD;
        v.bevestigdNamens = v.teBevestigenDoor();
        v.bevestigdDoor = aanvrager.naam();
        v.bevestigdOp = nu();
        publisher.verrekeningBevestigd(gebeurtenis(v, v.bevestigdDoor));
        return v;
    }

    public Verrekening vereis(UUID id) {
        return Verrekening.<Verrekening>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("Verrekening " + id + " bestaat niet."));
    }

    private static Opgave asielopgave(String cyclus, String gemeentecode) {
        Opgave o = Opgave.vanGemeente(cyclus, Doelgroep.ASIEL, gemeentecode);
        if (o == null) {
            throw DomainException.unprocessable(Opgave.GEMEENTE_ZONDER_OPGAVE, "Gemeente zonder opgave",
                    "Gemeente " + gemeentecode + " heeft geen asielopgave in cyclus " + cyclus + ".");
        }
        return o;
    }

    private static VerrekeningGebeurtenis gebeurtenis(Verrekening v, String door) {
        return new VerrekeningGebeurtenis(v.id, v.cyclus, v.vanGemeentecode, v.vanProvinciecode, v.naarGemeentecode,
                v.naarProvinciecode, v.aantalPlaatsen, v.tot, v.voorwaarde, v.status.name(), v.vastgelegdNamens,
                v.vastgelegdOp, v.bevestigdNamens, v.bevestigdOp, door);
    }

    private Instant nu() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
