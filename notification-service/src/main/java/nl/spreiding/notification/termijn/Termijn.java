package nl.spreiding.notification.termijn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A deadline of a cycle, for one organisation or for all. Written by {@link TermijnKalender}. */
@Entity
public class Termijn extends PanacheEntityBase {

    /** The kinds of deadline, each with the name a person reads (in a calendar, say). */
    public enum Soort {
        RAMING("Capaciteitsraming"),
        PROVINCIAAL_PLAN("Provinciaal plan"),
        VERDEELBESLUIT("Verdeelbesluit"),
        REALISATIE("Realisatie"),
        VOLGENDE_CYCLUS("Volgende cyclus"),
        UITKERING_AANVRAAG("Aanvraag specifieke uitkering");

        private final String weergave;

        Soort(String weergave) {
            this.weergave = weergave;
        }

        public String weergave() {
            return weergave;
        }
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String cyclus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Soort soort;

    /** CBS code of the organisation that must act (PV27, GM0363); null when the deadline concerns everyone. */
    public String organisatie;

    @Column(nullable = false)
    public LocalDate vervaldatum;

    @Column(nullable = false)
    public String omschrijving;

    @Column(name = "afgerond_op")
    public Instant afgerondOp;

    @Column(name = "gewijzigd_op", nullable = false)
    public Instant gewijzigdOp;
}
