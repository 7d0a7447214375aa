package nl.spreiding.notification.wettelijkedatum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A legal date that a group of organisations must act on, with its source. Never edited: a later decision supersedes
 * it with a new entry ({@link WettelijkeDatums#vervang}), and it stays, visibly superseded. Seeded by
 * {@code V8__wettelijke_datums_uit_de_ledenbrief.sql}.
 */
@Entity
@Table(name = "wettelijke_datum")
public class WettelijkeDatum extends PanacheEntityBase {

    @Id
    public UUID id;

    /** What the date is (RTB_EINDE); the same across supersessions. */
    @Column(nullable = false)
    public String sleutel;

    @Column(nullable = false)
    public LocalDate datum;

    @Column(nullable = false)
    public String omschrijving;

    /** Names of {@link Doelgroep}s. */
    @Column(nullable = false)
    public String[] doelgroepen;

    @Column(nullable = false)
    public String bron;

    @Column(name = "bron_url")
    public String bronUrl;

    @Column(nullable = false)
    public String brontekst;

    public String toelichting;

    public UUID vervangt;

    @Column(name = "vervangen_door")
    public UUID vervangenDoor;

    @Column(name = "vervangen_op")
    public Instant vervangenOp;

    @Column(name = "vastgelegd_door", nullable = false)
    public String vastgelegdDoor;

    @Column(name = "vastgelegd_op", nullable = false)
    public Instant vastgelegdOp;

    public boolean geldend() {
        return vervangenDoor == null;
    }

    public List<Doelgroep> groepen() {
        return Arrays.stream(doelgroepen).map(Doelgroep::valueOf).toList();
    }

    /** When it last changed: when it was superseded, otherwise when it was recorded. */
    public Instant gewijzigdOp() {
        return vervangenOp != null ? vervangenOp : vastgelegdOp;
    }
}
