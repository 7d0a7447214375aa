package nl.spreiding.notification.termijn;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A province or municipality this service knows, with its CBS name. Learnt by {@link Organisaties}. */
@Entity
public class Organisatie extends PanacheEntityBase {

    /** CBS code: PV27, GM0363. */
    @Id
    public String code;

    @Column(nullable = false)
    public String naam;

    @Column(name = "gewijzigd_op", nullable = false, insertable = false, updatable = false)
    public Instant gewijzigdOp;
}
