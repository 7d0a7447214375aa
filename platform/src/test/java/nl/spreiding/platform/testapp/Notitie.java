package nl.spreiding.platform.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A minimal aggregate for exercising the platform in tests. */
@Entity
public class Notitie extends io.quarkus.hibernate.orm.panache.PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String tekst;
    public int aantal;
}
