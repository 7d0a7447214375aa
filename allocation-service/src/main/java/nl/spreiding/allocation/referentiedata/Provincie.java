package nl.spreiding.allocation.referentiedata;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A province, identified by its CBS code (PV20 Groningen .. PV31 Limburg). */
@Entity
public class Provincie extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false, unique = true)
    public String naam;
}
