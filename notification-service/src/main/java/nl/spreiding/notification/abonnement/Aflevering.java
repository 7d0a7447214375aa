package nl.spreiding.notification.abonnement;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import nl.spreiding.notification.notificatie.Notificatie;

/**
 * The delivery of one notification to one subscription. Its id is also the webhook-id: stable across retries. Created
 * by the notification's fan-out, sent by the delivery worker.
 */
@Entity
public class Aflevering extends PanacheEntityBase {

    public enum Status {
        /** Waits for a (next) attempt. */
        TE_VERZENDEN,
        /** The receiver answered 2xx. */
        AFGELEVERD,
        /** Not delivered after all attempts. */
        UITGEPUT
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notificatie_id", nullable = false)
    public Notificatie notificatie;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "abonnement_id", nullable = false)
    public Abonnement abonnement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Attempts in the current round. */
    @Column(nullable = false)
    public int pogingen;

    @Column(name = "volgende_poging_op", nullable = false)
    public Instant volgendePogingOp;

    /** The claim of a worker … */
    @Column(name = "geclaimd_door")
    public UUID geclaimdDoor;

    /** … valid until (a crashed worker's claim expires). */
    @Column(name = "geclaimd_tot")
    public Instant geclaimdTot;

    @Column(name = "laatste_status")
    public Integer laatsteStatus;

    @Column(name = "laatste_fout")
    public String laatsteFout;

    @Column(name = "afgeleverd_op")
    public Instant afgeleverdOp;

    @Column(name = "aangemaakt_op", nullable = false)
    public Instant aangemaaktOp;
}
