package nl.spreiding.allocation.verdeling.opslag;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A municipality's line of a published distribution, with its inputs and exact intermediate values. */
@Entity
@Table(name = "verdeling_gemeente")
@IdClass(VerdelingGemeente.Sleutel.class)
public class VerdelingGemeente extends PanacheEntityBase {

    @Id
    @Column(name = "verdeling_id")
    public UUID verdelingId;

    @Id
    public String gemeentecode;

    @Column(nullable = false)
    public String naam;

    @Column(nullable = false)
    public String provinciecode;

    @Column(name = "aantal_inwoners", nullable = false)
    public long aantalInwoners;

    @Column(name = "ses_woa_score", precision = 6, scale = 3)
    public BigDecimal sesWoaScore;

    @Column(nullable = false, columnDefinition = "text")
    public String gewicht;

    @Column(nullable = false, columnDefinition = "text")
    public String aandeel;

    @Column(name = "onafgeronde_opgave", nullable = false, columnDefinition = "text")
    public String onafgerondeOpgave;

    @Column(nullable = false)
    public int opgave;

    @Column(name = "afronding_soort", nullable = false)
    public String afrondingSoort;

    @Column(name = "afronding_rang")
    public Integer afrondingRang;

    @Column(name = "afronding_toelichting", nullable = false)
    public String afrondingToelichting;

    @Column(name = "amv_onafgerond", nullable = false, columnDefinition = "text")
    public String amvOnafgerond;

    @Column(nullable = false)
    public int amv;

    @Column(name = "amv_afronding_soort", nullable = false)
    public String amvAfrondingSoort;

    @Column(name = "amv_afronding_rang")
    public Integer amvAfrondingRang;

    @Column(name = "amv_afronding_toelichting", nullable = false)
    public String amvAfrondingToelichting;

    @Column(name = "bestaande_duurzame_plaatsen", nullable = false)
    public int bestaandeDuurzamePlaatsen;

    @Column(name = "resterende_opgave", nullable = false)
    public int resterendeOpgave;

    /** Composite key: one line per municipality per distribution. */
    public static class Sleutel implements Serializable {
        public UUID verdelingId;
        public String gemeentecode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && Objects.equals(verdelingId, s.verdelingId) && Objects.equals(gemeentecode, s.gemeentecode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(verdelingId, gemeentecode);
        }
    }
}
