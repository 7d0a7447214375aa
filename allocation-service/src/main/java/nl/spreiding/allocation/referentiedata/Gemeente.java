package nl.spreiding.allocation.referentiedata;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A municipality as it was in one reference year, with the figures the distribution key uses. */
@Entity
public class Gemeente extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int referentiejaar;

    /** CBS code, {@code GM} + 4 digits. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String naam;

    @Column(nullable = false)
    public String provinciecode;

    @Column(name = "aantal_inwoners", nullable = false)
    public long aantalInwoners;

    @Column(name = "peildatum_inwoners", nullable = false)
    public LocalDate peildatumInwoners;

    /** CBS SES-WOA total score (mean about 0); null where no score is known. */
    @Column(name = "ses_woa_score", precision = 6, scale = 3)
    public BigDecimal sesWoaScore;

    @Column(name = "ses_woa_jaargang")
    public Integer sesWoaJaargang;

    /** Durable reception places that already exist and are subtracted from the task; null when not reported. */
    @Column(name = "bestaande_duurzame_plaatsen")
    public Integer bestaandeDuurzamePlaatsen;

    @Column(name = "peildatum_bestaande_plaatsen")
    public LocalDate peildatumBestaandePlaatsen;
}
