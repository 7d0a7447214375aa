package nl.spreiding.notification.abonnement;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One attempt of a delivery, for the delivery log of its subscription. */
@Entity
public class Afleveringspoging extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "aflevering_id", nullable = false)
    public UUID afleveringId;

    @Column(name = "abonnement_id", nullable = false)
    public UUID abonnementId;

    @Column(nullable = false)
    public int poging;

    @Column(nullable = false)
    public Instant tijdstip;

    /** Null: no HTTP answer (connection, timeout). */
    public Integer statuscode;

    @Column(name = "duur_ms", nullable = false)
    public int duurMs;

    public String fout;
}
