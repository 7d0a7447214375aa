package nl.spreiding.allocation.cyclus;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A two-year cycle of the Spreidingswet, with its deadlines. */
@Entity
public class Cyclus extends PanacheEntityBase {

    /** E.g. {@code 2024-2026}. */
    @Id
    public String code;

    /** The year of the municipalities, population and SES-WOA the distribution uses. */
    @Column(nullable = false)
    public int referentiejaar;

    @Column(name = "raming_uiterlijk", nullable = false)
    public LocalDate ramingUiterlijk;

    @Column(name = "provinciaal_plan_uiterlijk", nullable = false)
    public LocalDate provinciaalPlanUiterlijk;

    @Column(name = "verdeelbesluit_uiterlijk", nullable = false)
    public LocalDate verdeelbesluitUiterlijk;

    /** Months a designated municipality has to realise its places, counted from the decision. */
    @Column(name = "realisatie_maanden", nullable = false)
    public int realisatieMaanden;

    @Column(name = "volgende_cyclus", nullable = false)
    public LocalDate volgendeCyclus;

    @Column(name = "geopend_op", nullable = false)
    public Instant geopendOp;

    @Column(name = "geopend_door", nullable = false)
    public String geopendDoor;

    public int beginjaar() {
        return Integer.parseInt(code.substring(0, 4));
    }
}
