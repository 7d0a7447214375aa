package nl.spreiding.allocation.verdeling.opslag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published distribution of one target group in a cycle (table {@code verdeling}); never changed. */
@Entity
@Table(name = "verdeling")
public class VastgesteldeVerdeling extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String cyclus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Doelgroep doelgroep;

    @Column(nullable = false)
    public int versie;

    @Column(name = "vorige_id")
    public UUID vorigeId;

    @Column(name = "sleutel_code", nullable = false)
    public String sleutelCode;

    @Column(name = "sleutel_versie", nullable = false)
    public int sleutelVersie;

    @Column(nullable = false)
    public int referentiejaar;

    @Column(name = "peildatum_inwoners")
    public LocalDate peildatumInwoners;

    @Column(name = "ses_woa_jaargang")
    public Integer sesWoaJaargang;

    @Column(nullable = false)
    public int totaal;

    @Column(name = "amv_totaal", nullable = false)
    public int amvTotaal;

    /** Sum of all weights as an exact fraction, {@code teller/noemer}. */
    @Column(name = "totaal_gewicht", nullable = false, columnDefinition = "text")
    public String totaalGewicht;

    @Column(name = "som_opgaven", nullable = false)
    public long somOpgaven;

    @Column(name = "som_amv", nullable = false)
    public long somAmv;

    /** Why this version was published (required for a revision). */
    public String toelichting;

    @Column(name = "vastgesteld_op", nullable = false)
    public Instant vastgesteldOp;

    @Column(name = "vastgesteld_door", nullable = false)
    public String vastgesteldDoor;
}
