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
        /**
         * The receiver answered 410 Gone, or kept failing for {@code spreiding.webhooks.disable-after}; its waiting
         * deliveries are kept until it is re-activated.
         */
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

    /** The first failed attempt since the last successful one or the (re-)activation; null while deliveries succeed. */
    @Column(name = "faalt_sinds")
    public Instant faaltSinds;

    @Column(name = "aangemaakt_op", nullable = false)
    public Instant aangemaaktOp;

    @Column(name = "gewijzigd_op", nullable = false)
    public Instant gewijzigdOp;

    /** The organisation that manages it; null: an operator's (see {@link Eigendom}). */
    public String eigenaar;
}
