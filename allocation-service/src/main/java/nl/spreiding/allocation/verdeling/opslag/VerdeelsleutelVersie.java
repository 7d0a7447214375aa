package nl.spreiding.allocation.verdeling.opslag;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import nl.spreiding.allocation.verdeling.Afronding;
import nl.spreiding.allocation.verdeling.Correctiebron;

/** A key version defined through the API (table {@code verdeelsleutel_versie}); written once, never changed. */
@Entity
@Table(name = "verdeelsleutel_versie")
@IdClass(VerdeelsleutelVersie.Sleutel.class)
public class VerdeelsleutelVersie extends PanacheEntityBase {

    /** The composite primary key (code, versie). */
    public static class Sleutel implements Serializable {
        public String code;
        public int versie;

        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && Objects.equals(code, s.code) && versie == s.versie;
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, versie);
        }
    }

    @Id
    public String code;

    @Id
    public int versie;

    @Column(nullable = false)
    public String omschrijving;

    @Column(nullable = false)
    public String rechtsgrond;

    @Column(name = "correctie_familie", nullable = false)
    public String correctieFamilie;

    @Column(name = "correctie_a")
    public BigDecimal correctieA;

    @Column(name = "correctie_minimum")
    public BigDecimal correctieMinimum;

    @Column(name = "correctie_maximum")
    public BigDecimal correctieMaximum;

    @Column(name = "correctie_banden")
    public String correctieBanden;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Afronding afronding;

    @Enumerated(EnumType.STRING)
    @Column(name = "amv_afronding", nullable = false)
    public Afronding amvAfronding;

    @Enumerated(EnumType.STRING)
    @Column(name = "bron_soort", nullable = false)
    public Correctiebron.Soort bronSoort;

    @Column(name = "bron_tekst", nullable = false)
    public String bronTekst;

    @Column(name = "bron_datum")
    public LocalDate bronDatum;

    @Column(name = "bron_url")
    public String bronUrl;

    @Column(name = "vastgelegd_op", nullable = false)
    public Instant vastgelegdOp;

    @Column(name = "vastgelegd_door", nullable = false)
    public String vastgelegdDoor;
}
