package nl.spreiding.pledge.telregel;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The counting rules the minister set for a cycle. */
@Entity
@Table(name = "telregels")
public class TelregelsVanCyclus extends PanacheEntityBase {

    @Id
    public String cyclus;
    @Column(name = "minimale_omvang_meer_dan", nullable = false)
    public int minimaleOmvangMeerDan;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Telwijze telwijze;
    @Column(name = "minimum_duur_jaren", nullable = false)
    public int minimumDuurJaren;
    @Column(name = "beschikbaar_uiterlijk_vanaf")
    public LocalDate beschikbaarUiterlijkVanaf;
    @Column(name = "beschikbaar_ten_minste_tot")
    public LocalDate beschikbaarTenMinsteTot;
    @Column(nullable = false)
    public String bron;
    @Column(name = "vastgesteld_door", nullable = false)
    public String vastgesteldDoor;
    @Column(name = "vastgesteld_op", nullable = false)
    public Instant vastgesteldOp;
    @Column(nullable = false)
    public int versie;

    public Telregels regels() {
        return new Telregels(cyclus, minimaleOmvangMeerDan, telwijze, minimumDuurJaren, beschikbaarUiterlijkVanaf,
                beschikbaarTenMinsteTot, bron, true, vastgesteldDoor, vastgesteldOp, versie);
    }
}
