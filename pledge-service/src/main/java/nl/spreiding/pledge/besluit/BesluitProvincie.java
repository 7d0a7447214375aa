package nl.spreiding.pledge.besluit;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the decision took for one province: its submitted plan, or (without one) its pledges at that moment. */
@Entity
@Table(name = "verdeelbesluit_provincie")
public class BesluitProvincie extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "besluit_id", nullable = false)
    public UUID besluitId;
    @Column(nullable = false)
    public String provinciecode;
    @Column(name = "plan_id")
    public UUID planId;
    @Column(nullable = false)
    public int tekort;
    @Column(name = "amv_tekort", nullable = false)
    public int amvTekort;
}
