package nl.spreiding.notification.abonnement;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A subscription: where webhooks go, which ones it wants, and the secret(s) that sign them. */
@Entity
public class Abonnement extends PanacheEntityBase {

    public enum Status {
        /** Receives webhooks. */
        ACTIEF,
        /** The receiver answered 410 Gone; its deliveries wait until it is re-activated. */
        UITGESCHAKELD
    }

    @Id
    public UUID id;

    @Column(name = "callback_url", nullable = false)
    public String callbackUrl;

    /** Event types wanted; empty: all. */
    @Column(nullable = false)
    public String[] soorten;

    /** CBS codes wanted; empty: all. */
    @Column(nullable = false)
    public String[] organisaties;

    public String omschrijving;

    /** {@code whsec_…}; signs every delivery. */
    @Column(nullable = false)
    public String geheim;

    /** Still signs until {@link #vorigGeheimTot} (rotation). */
    @Column(name = "vorig_geheim")
    public String vorigGeheim;

    @Column(name = "vorig_geheim_tot")
    public Instant vorigGeheimTot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "uitgeschakeld_reden")
    public String uitgeschakeldReden;

    @Column(name = "aangemaakt_op", nullable = false)
    public Instant aangemaaktOp;

    @Column(name = "gewijzigd_op", nullable = false)
    public Instant gewijzigdOp;

    /** The organisation that manages it; null: an operator's (see {@link Eigendom}). */
    public String eigenaar;
}
