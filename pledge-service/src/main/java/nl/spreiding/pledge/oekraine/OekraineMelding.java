package nl.spreiding.pledge.oekraine;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipality's monthly count for one location: capacity and occupied places per day. No persons. */
@Entity
@Table(name = "oekraine_melding")
public class OekraineMelding extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String provinciecode;
    @Column(nullable = false)
    public String gemeentecode;
    @Column(nullable = false)
    public String locatie;
    @Column(nullable = false)
    public String maand;
    @Column(nullable = false)
    public int capaciteit;
    @Column(name = "bezetting_per_dag", nullable = false)
    public String bezettingPerDag;
    @Column(name = "bezette_plaatsdagen", nullable = false)
    public long bezettePlaatsdagen;
    @Column(name = "gemeld_op", nullable = false)
    public Instant gemeldOp;
    @Column(name = "gemeld_door", nullable = false)
    public String gemeldDoor;

    public List<Integer> bezetting() {
        return Arrays.stream(bezettingPerDag.split(",")).map(Integer::valueOf).toList();
    }

    /** The latest report per location of a municipality in a month, by location name. */
    public static List<OekraineMelding> geldend(String gemeentecode, String maand) {
        List<OekraineMelding> alle = list("gemeentecode = ?1 and maand = ?2 order by locatie, gemeldOp desc, id",
                gemeentecode, maand);
        return laatstePerLocatie(alle);
    }

    /** The latest report per municipality and location of a province in a month. */
    public static List<OekraineMelding> geldendInProvincie(String provinciecode, String maand) {
        List<OekraineMelding> alle = list("provinciecode = ?1 and maand = ?2 order by gemeentecode, locatie, gemeldOp desc, id",
                provinciecode, maand);
        return laatstePerLocatie(alle);
    }

    private static List<OekraineMelding> laatstePerLocatie(List<OekraineMelding> gesorteerd) {
        java.util.List<OekraineMelding> uit = new java.util.ArrayList<>();
        String vorige = null;
        for (OekraineMelding m : gesorteerd) {
            String sleutel = m.gemeentecode + "\u0000" + m.locatie;
            if (!sleutel.equals(vorige)) {
                uit.add(m);
                vorige = sleutel;
            }
        }
        return uit;
    }
}
