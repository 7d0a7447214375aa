package nl.spreiding.pledge.toezegging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.pledge.api.Etags;
import nl.spreiding.pledge.gebeurtenissen.PledgePublisher;
import nl.spreiding.pledge.gebeurtenissen.ToezeggingGebeurtenis;
import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.opgave.Opgave;
import nl.spreiding.pledge.toezegging.ToezeggingDtos.Inhoud;
import nl.spreiding.pledge.toezegging.ToezeggingDtos.NieuweToezegging;
import nl.spreiding.pledge.toezegging.ToezeggingDtos.ToezeggingDto;

/**
 * Registers, changes and withdraws pledges: each change audited and published in the same transaction. A province
 * acts only for its own municipalities: the check comes right after the pledge (or the municipality's task) is
 * loaded and before any other rule, so that another province learns nothing from a 409, 412 or 422.
 */
@ApplicationScoped
public class Toezeggingen {

    public static final String ONBEKENDE_GEMEENTE = Opgave.GEMEENTE_ZONDER_OPGAVE;
    public static final String ONGELDIGE_OVERGANG = "urn:nld:spreiding:probleem:ongeldige-statusovergang";
    public static final String SLEUTEL_HERGEBRUIKT = "urn:nld:spreiding:probleem:idempotency-key-hergebruikt";
    public static final String INGETROKKEN = "urn:nld:spreiding:probleem:toezegging-ingetrokken";

    private static final String CLAIM_KEY = """
            insert into idempotentie_sleutel (sleutel, verzoek_hash, toezegging_id) values (:sleutel, :hash, :id)
            on conflict do nothing""";

    private final EntityManager em;
    private final PledgePublisher publisher;
    private final ObjectMapper json;
    private final Aanvrager aanvrager;
    private final Clock clock;
    private final Meetelling meetelling;

    public Toezeggingen(EntityManager em, PledgePublisher publisher, ObjectMapper json, Aanvrager aanvrager, Clock clock,
            Meetelling meetelling) {
        this.meetelling = meetelling;
        this.em = em;
        this.publisher = publisher;
        this.json = json;
        this.aanvrager = aanvrager;
        this.clock = clock;
    }

    /** The outcome of a create: the pledge, and whether this request created it or replayed an earlier one. */
    public record Registratie(Toezegging toezegging, boolean nieuw) {
    }

    @Transactional
    public Registratie registreer(NieuweToezegging verzoek, String idempotencyKey) {
        NieuweToezegging invoer = verzoek.genormaliseerd();
        // The province a pledge belongs to is the municipality's, as the published task says.
        Opgave gemeente = Opgave.vereisGemeente(invoer.cyclus(), invoer.gemeentecode());
        aanvrager.vereistNamens(gemeente.provinciecode);
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            String hash = hash(invoer);
            // Waits for a concurrent request with the same key to commit, then does nothing: exactly one creates.
            int claimed = em.createNativeQuery(CLAIM_KEY).setParameter("sleutel", idempotencyKey)
                    .setParameter("hash", hash).setParameter("id", id).executeUpdate();
            if (claimed == 0) {
                Object[] row = (Object[]) em.createNativeQuery(
                        "select verzoek_hash, toezegging_id from idempotentie_sleutel where sleutel = :s")
                        .setParameter("s", idempotencyKey).getSingleResult();
                if (!hash.equals(row[0])) {
                    throw DomainException.unprocessable(SLEUTEL_HERGEBRUIKT, "Idempotency-Key hergebruikt",
                            "Deze Idempotency-Key is al gebruikt voor een andere aanvraag; gebruik een nieuwe sleutel.");
                }
                return new Registratie(Toezegging.findById((UUID) row[1]), false);
            }
        }
        Inhoud inhoud = invoer.inhoud();
        List<DomainException.FieldError> fouten = controleer(inhoud);
        if (!fouten.isEmpty()) {
            throw DomainException.invalid("De toezegging is niet consistent.", fouten);
        }
        if (inhoud.status() == Toezegging.Status.INGETROKKEN) {
            throw DomainException.unprocessable(ONGELDIGE_OVERGANG, "Ongeldige status",
                    "Een nieuwe toezegging kan niet ingetrokken zijn.");
        }
        Toezegging t = new Toezegging();
        t.id = id;
        t.cyclus = invoer.cyclus();
        t.gemeentecode = invoer.gemeentecode();
        t.provinciecode = gemeente.provinciecode;
        zet(t, inhoud);
        t.aangemaaktOp = nu();
        t.gewijzigdOp = t.aangemaaktOp;
        t.persist();
        em.flush();
        String door = aanvrager.naam();
        audit(t, "GEREGISTREERD", null, door);
        publisher.toezeggingGeregistreerd(gebeurtenis(t, door, null));
        return new Registratie(t, true);
    }

    @Transactional
    public Toezegging wijzig(UUID id, Inhoud inhoud, String ifMatch) {
        Toezegging t = vergrendelNamens(id);
        Etags.require(ifMatch, t.versie);
        if (t.status == Toezegging.Status.INGETROKKEN) {
            throw DomainException.conflict(INGETROKKEN, "Toezegging ingetrokken",
                    "Een ingetrokken toezegging kan niet meer worden gewijzigd.");
        }
        List<DomainException.FieldError> fouten = controleer(inhoud);
        if (!fouten.isEmpty()) {
            throw DomainException.invalid("De toezegging is niet consistent.", fouten);
        }
        if (!t.status.mag(inhoud.status())) {
            throw DomainException.unprocessable(ONGELDIGE_OVERGANG, "Ongeldige statusovergang",
                    "Van " + t.status + " naar " + inhoud.status() + " kan niet: een toezegging gaat alleen vooruit "
                            + "(GEPLAND, IN_VOORBEREIDING, GEREALISEERD); intrekken gaat via /intrekking.");
        }
        String voor = snapshot(t);
        zet(t, inhoud);
        t.gewijzigdOp = nu();
        em.flush();
        String door = aanvrager.naam();
        audit(t, "GEWIJZIGD", voor, door);
        publisher.toezeggingGewijzigd(gebeurtenis(t, door, null));
        return t;
    }

    @Transactional
    public Toezegging trekIn(UUID id, String reden, String ifMatch) {
        Toezegging t = vergrendelNamens(id);
        Etags.require(ifMatch, t.versie);
        if (t.status == Toezegging.Status.INGETROKKEN) {
            throw DomainException.conflict(INGETROKKEN, "Toezegging ingetrokken", "Deze toezegging is al ingetrokken.");
        }
        String voor = snapshot(t);
        t.status = Toezegging.Status.INGETROKKEN;
        t.gewijzigdOp = nu();
        em.flush();
        String door = aanvrager.naam();
        audit(t, "INGETROKKEN", voor, door);
        publisher.toezeggingIngetrokken(gebeurtenis(t, door, reden));
        return t;
    }

    static List<DomainException.FieldError> controleer(Inhoud i) {
        List<DomainException.FieldError> fouten = new ArrayList<>();
        if (i.aantalAmv() > i.aantalPlaatsen()) {
            fouten.add(new DomainException.FieldError("aantalAmv", "mag niet groter zijn dan aantalPlaatsen"));
        }
        if (i.aantalAmv() > 0 && i.doelgroep() != Doelgroep.ASIEL) {
            fouten.add(new DomainException.FieldError("aantalAmv", "AMV-plaatsen horen alleen bij doelgroep ASIEL"));
        }
        if (i.beschikbaarVanaf() != null && i.beschikbaarTot() != null
                && !i.beschikbaarTot().isAfter(i.beschikbaarVanaf())) {
            fouten.add(new DomainException.FieldError("beschikbaarTot", "moet na beschikbaarVanaf liggen"));
        } else if (i.duurzaam() && i.beschikbaarTot() != null) {
            if (i.beschikbaarVanaf() == null) {
                fouten.add(new DomainException.FieldError("beschikbaarVanaf",
                        "is nodig om te zien of een duurzame plaats ten minste vijf jaar beschikbaar is"));
            } else if (i.beschikbaarTot().isBefore(i.beschikbaarVanaf().plusYears(5))) {
                fouten.add(new DomainException.FieldError("beschikbaarTot",
                        "een duurzame plaats is ten minste vijf jaar beschikbaar (tot " + i.beschikbaarVanaf().plusYears(5)
                                + " of later)"));
            }
        }
        return fouten;
    }

    /** Locks the pledge (404 if it does not exist) and refuses (403) unless the caller acts for its province. */
    private Toezegging vergrendelNamens(UUID id) {
        Toezegging t = Toezegging.<Toezegging>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> DomainException.notFound("Toezegging " + id + " bestaat niet."));
        aanvrager.vereistNamens(t.provinciecode);
        return t;
    }

    private static void zet(Toezegging t, Inhoud i) {
        t.locatie = i.locatie().strip();
        t.doelgroep = i.doelgroep();
        t.aantalPlaatsen = i.aantalPlaatsen();
        t.aantalAmv = i.aantalAmv();
        t.duurzaam = i.duurzaam();
        t.beschikbaarVanaf = i.beschikbaarVanaf();
        t.beschikbaarTot = i.beschikbaarTot();
        t.status = i.status();
    }

    private void audit(Toezegging t, String actie, String voor, String door) {
        ToezeggingHistorie h = new ToezeggingHistorie();
        h.id = UUID.randomUUID();
        h.toezeggingId = t.id;
        h.actie = actie;
        h.versie = t.versie;
        h.door = door;
        h.op = t.gewijzigdOp;
        h.voor = voor;
        h.na = snapshot(t);
        h.persist();
    }

    private String snapshot(Toezegging t) {
        try {
            return json.writeValueAsString(dto(t));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hash(NieuweToezegging invoer) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(invoer).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ToezeggingGebeurtenis gebeurtenis(Toezegging t, String door, String reden) {
        return new ToezeggingGebeurtenis(t.cyclus, t.id, t.gemeentecode, t.provinciecode, t.locatie, t.doelgroep,
                t.aantalPlaatsen, t.aantalAmv, t.duurzaam, t.beschikbaarVanaf, t.beschikbaarTot, t.status.name(),
                t.versie, door, reden);
    }

    /** The pledge as the API shows it: whether it counts under its cycle's rules, and why not. */
    public ToezeggingDto dto(Toezegging t) {
        return ToezeggingDto.van(t, meetelling.beoordeel(t));
    }

    private Instant nu() {
        // PostgreSQL keeps microseconds: truncate so that what we return equals what we read back later.
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
