package nl.spreiding.pledge.opgave;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A cycle's deadlines, from {@code nl.spreiding.cyclus.geopend}. */
@Entity
public class Cyclus extends PanacheEntityBase {

    public static final int STANDAARD_REALISATIE_MAANDEN = 6;

    @Id
    public String cyclus;

    public Integer referentiejaar;

    public LocalDate raming;

    @Column(name = "provinciaal_plan")
    public LocalDate provinciaalPlan;

    public LocalDate verdeelbesluit;

    @Column(name = "realisatie_maanden", nullable = false)
    public int realisatieMaanden = STANDAARD_REALISATIE_MAANDEN;

    @Column(name = "volgende_cyclus")
    public LocalDate volgendeCyclus;

    @Column(name = "bijgewerkt_op", nullable = false)
    public Instant bijgewerktOp;
}
