package nl.spreiding.allocation.cyclus;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The minister's national estimate of the reception places needed in a cycle; immutable once published. */
@Entity
public class Capaciteitsraming extends PanacheEntityBase {

    @Id
    public String cyclus;

    @Column(name = "totaal_plaatsen", nullable = false)
    public int totaalPlaatsen;

    /** Places for unaccompanied minors (AMV), part of the total. */
    @Column(name = "amv_plaatsen", nullable = false)
    public int amvPlaatsen;

    /** The date the estimate is the expected need for (1 January of the year after publication, Rsu 2024). */
    @Column(nullable = false)
    public LocalDate peildatum;

    @Column(name = "gepubliceerd_op", nullable = false)
    public Instant gepubliceerdOp;

    @Column(name = "gepubliceerd_door", nullable = false)
    public String gepubliceerdDoor;
}
