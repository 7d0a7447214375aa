package nl.spreiding.pledge.toezegging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A municipality's pledge of places at one location for one target group. */
@Entity
public class Toezegging extends PanacheEntityBase {

    public enum Doelgroep { ASIEL, STATUSHOUDERS, OEKRAINE }

    public enum Status { GEPLAND, IN_VOORBEREIDING, GEREALISEERD, INGETROKKEN }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String cyclus;

    @Column(nullable = false)
    public String provinciecode;

    @Column(nullable = false)
    public String gemeentecode;

    @Column(nullable = false)
    public String locatie;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Doelgroep doelgroep;

    @Column(name = "aantal_plaatsen", nullable = false)
    public int aantalPlaatsen;

    @Column(name = "aantal_amv", nullable = false)
    public int aantalAmv;

    /** Only durable places (available for at least five years) count towards the Spreidingswet task. */
    @Column(nullable = false)
    public boolean duurzaam;

    @Column(name = "beschikbaar_vanaf")
    public LocalDate beschikbaarVanaf;

    @Column(name = "beschikbaar_tot")
    public LocalDate beschikbaarTot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Version
    public int versie;

    @Column(name = "aangemaakt_op", nullable = false)
    public Instant aangemaaktOp;

    @Column(name = "gewijzigd_op", nullable = false)
    public Instant gewijzigdOp;
}
