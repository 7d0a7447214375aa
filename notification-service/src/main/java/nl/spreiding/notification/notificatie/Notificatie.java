package nl.spreiding.notification.notificatie;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * One consumed event or reminder, with the exact CloudEvent JSON every delivery sends. Written by
 * {@link NotificatieService} (under the feed's advisory lock, so {@code volgnummer} follows commit order).
 */
@Entity
public class Notificatie extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The cursor of the feed; assigned by the database. */
    @Column(insertable = false, updatable = false)
    public long volgnummer;

    @Column(name = "bron_source", nullable = false)
    public String bronSource;

    @Column(name = "bron_id", nullable = false)
    public String bronId;

    @Column(nullable = false)
    public String type;

    public String subject;

    @Column(nullable = false)
    public Instant tijd;

    /** CBS codes of whom it concerns; empty: everyone. */
    @Column(nullable = false)
    public String[] organisaties;

    @Column(nullable = false)
    public String cloudevent;

    /** W3C trace context of the consumption that made it; each delivery continues that trace. Null: not traced. */
    public String traceparent;

    public String tracestate;

    @Column(name = "aangemaakt_op", nullable = false)
    public Instant aangemaaktOp;
}
