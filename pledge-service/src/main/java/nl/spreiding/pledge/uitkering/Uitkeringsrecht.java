package nl.spreiding.pledge.uitkering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A municipality's computed entitlement in a cycle, its application and the minister's decision on it. */
@Entity
public class Uitkeringsrecht extends PanacheEntityBase {

    public enum Status { BEREKEND, AANGEVRAAGD, TOEGEKEND, AFGEWEZEN }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String cyclus;
    @Column(name = "regeling_versie", nullable = false)
    public int regelingVersie;
    @Column(nullable = false)
    public String provinciecode;
    @Column(nullable = false)
    public String gemeentecode;
    @Column(nullable = false)
    public String naam;
    @Column(nullable = false)
    public int opgave;
    @Column(name = "gerealiseerd_duurzaam", nullable = false)
    public int gerealiseerdDuurzaam;
    @Column(nullable = false)
    public int verrekend;
    @Column(name = "duurzame_plaatsen", nullable = false)
    public int duurzamePlaatsen;
    @Column(name = "automatisch_cent", nullable = false)
    public long automatischCent;
    @Column(name = "op_aanvraag_cent", nullable = false)
    public long opAanvraagCent;
    @Column(nullable = false)
    public String regels;
    @Column(nullable = false)
    public String toelichting;
    @Column(name = "aanvraag_uiterlijk", nullable = false)
    public LocalDate aanvraagUiterlijk;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "berekend_op", nullable = false)
    public Instant berekendOp;
    @Column(name = "berekend_door", nullable = false)
    public String berekendDoor;
    @Column(name = "beschikbaar_vanaf")
    public LocalDate beschikbaarVanaf;
    @Column(name = "aanvraag_toelichting")
    public String aanvraagToelichting;
    @Column(name = "aangevraagd_op")
    public Instant aangevraagdOp;
    @Column(name = "aangevraagd_door")
    public String aangevraagdDoor;
    @Column(name = "besluit_reden")
    public String besluitReden;
    @Column(name = "toegekend_cent")
    public Long toegekendCent;
    @Column(name = "besloten_op")
    public Instant beslotenOp;
    @Column(name = "besloten_door")
    public String beslotenDoor;
}
