package nl.spreiding.pledge.plan;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One municipality of a submitted plan: its own indicative task and what it pledged. */
@Entity
@Table(name = "provinciaal_plan_gemeente")
public class PlanGemeente extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false)
    public UUID planId;
    @Column(nullable = false)
    public String gemeentecode;
    @Column(nullable = false)
    public String naam;
    @Column(nullable = false)
    public int opgave;
    @Column(name = "bestaande_plaatsen", nullable = false)
    public int bestaandePlaatsen;
    @Column(name = "amv_opgave", nullable = false)
    public int amvOpgave;
    @Column(nullable = false)
    public int toegezegd;
    @Column(name = "amv_toegezegd", nullable = false)
    public int amvToegezegd;
    @Column(nullable = false)
    public int tekort;
    @Column(name = "amv_tekort", nullable = false)
    public int amvTekort;
    /** Net places credited through confirmed creditings (+ borrowed, - lent). */
    @Column(nullable = false)
    public int verrekend;
    /** JSON array of the pledges counted. */
    @Column(nullable = false, columnDefinition = "text")
    public String locaties;
}
