package nl.spreiding.pledge.derdelanders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** COA's count, on a date, of third-country nationals a municipality still houses until COA moves them. No persons. */
@Entity
@Table(name = "derdelanders_melding")
public class DerdelandersMelding extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String provinciecode;
    @Column(nullable = false)
    public String gemeentecode;
    @Column(nullable = false)
    public LocalDate peildatum;
    @Column(name = "nog_over_te_plaatsen", nullable = false)
    public int nogOverTePlaatsen;
    @Column(name = "gemeld_op", nullable = false)
    public Instant gemeldOp;
    @Column(name = "gemeld_door", nullable = false)
    public String gemeldDoor;

    /** The latest report per date of a municipality, oldest date first. */
    public static List<DerdelandersMelding> geldend(String gemeentecode) {
        List<DerdelandersMelding> alle = list("gemeentecode = ?1 order by peildatum, gemeldOp desc, id", gemeentecode);
        List<DerdelandersMelding> uit = new ArrayList<>();
        for (DerdelandersMelding m : alle) {
            if (uit.isEmpty() || !uit.get(uit.size() - 1).peildatum.equals(m.peildatum)) {
                uit.add(m);
            }
        }
        return uit;
    }
}
