package nl.spreiding.pledge.oekraine;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The daily standard amount per occupied place (Bekostigingsregeling opvang ontheemden Oekraïne) from a start date
 * until the next one; {@code aanname} marks a start date the sources did not state exactly.
 */
@Entity
@Table(name = "oekraine_normbedrag")
public class Normbedrag extends PanacheEntityBase {

    @Id
    public LocalDate ingangsdatum;
    @Column(name = "bedrag_per_dag_cent", nullable = false)
    public long bedragPerDagCent;
    @Column(nullable = false)
    public boolean aanname;
    @Column(nullable = false)
    public String bron;

    public static List<Normbedrag> alle() {
        return list("order by ingangsdatum");
    }

    public Declaratieberekening.Periode periode() {
        return new Declaratieberekening.Periode(ingangsdatum, bedragPerDagCent, aanname, bron);
    }
}
