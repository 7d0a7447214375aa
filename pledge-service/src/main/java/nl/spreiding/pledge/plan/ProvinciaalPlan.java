package nl.spreiding.pledge.plan;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.spreiding.platform.persistence.QueryFilter;

/** A submitted provincial plan; immutable. A newer version sets the older one to VERVANGEN. */
@Entity
@Table(name = "provinciaal_plan")
public class ProvinciaalPlan extends PanacheEntityBase {

    public enum Status { INGEDIEND, VERVANGEN }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String cyclus;
    @Column(nullable = false)
    public String provinciecode;
    @Column(nullable = false)
    public int planversie;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "ingediend_op", nullable = false)
    public Instant ingediendOp;
    @Column(name = "ingediend_door", nullable = false)
    public String ingediendDoor;
    @Column(name = "te_laat", nullable = false)
    public boolean teLaat;
    @Column(nullable = false)
    public int opgave;
    @Column(name = "bestaande_plaatsen", nullable = false)
    public int bestaandePlaatsen;
    @Column(nullable = false)
    public int toegezegd;
    @Column(name = "amv_opgave", nullable = false)
    public int amvOpgave;
    @Column(name = "amv_toegezegd", nullable = false)
    public int amvToegezegd;
    @Column(name = "dekt_opgave", nullable = false)
    public boolean dektOpgave;
    @Column(nullable = false)
    public int tekort;
    @Column(name = "amv_tekort", nullable = false)
    public int amvTekort;
    /** Net places credited through confirmed creditings (+ borrowed, - lent). */
    @Column(nullable = false)
    public int verrekend;
    /** Pledged asylum places the counting rules left out at submission; null for plans from before V11. */
    @Column(name = "niet_meegeteld")
    public Integer nietMeegeteld;
    public String toelichting;

    public static ProvinciaalPlan geldig(String cyclus, String provinciecode) {
        return find("cyclus = ?1 and provinciecode = ?2 and status = ?3", cyclus, provinciecode, Status.INGEDIEND)
                .firstResult();
    }

    /**
     * The plans by cycle, province and plan version, optionally of one cycle and province (null: any); replaced
     * versions only when {@code inclusiefVervangen}.
     */
    public static PanacheQuery<ProvinciaalPlan> zoek(String cyclus, String provinciecode, boolean inclusiefVervangen) {
        QueryFilter filter = new QueryFilter().equal("cyclus", cyclus).equal("provinciecode", provinciecode)
                .when(inclusiefVervangen ? null : Status.INGEDIEND, "status = :status", "status");
        return find(filter.query(), Sort.by("cyclus").and("provinciecode").and("planversie"), filter.parameters());
    }
}
