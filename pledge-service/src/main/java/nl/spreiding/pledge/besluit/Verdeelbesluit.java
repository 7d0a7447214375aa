package nl.spreiding.pledge.besluit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import nl.spreiding.platform.persistence.QueryFilter;

/** The minister's distribution decision of a cycle: a CONCEPT with adjustable designations until it is GENOMEN. */
@Entity
public class Verdeelbesluit extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "VerdeelbesluitStatus", description = "CONCEPT "
            + "(aanwijzingen aan te passen, alleen voor de minister) of GENOMEN (onveranderlijk).", example = "GENOMEN")
    public enum Status { CONCEPT, GENOMEN }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String cyclus;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(nullable = false)
    public String regel;
    public LocalDate besluitdatum;
    @Column(name = "realisatie_uiterlijk")
    public LocalDate realisatieUiterlijk;
    @Column(name = "opgesteld_door", nullable = false)
    public String opgesteldDoor;
    @Column(name = "opgesteld_op", nullable = false)
    public Instant opgesteldOp;
    /** Who last adjusted the proposed designations (null: as the rule proposed them). */
    @Column(name = "aangepast_door")
    public String aangepastDoor;
    @Column(name = "aangepast_op")
    public Instant aangepastOp;
    @Column(name = "genomen_door")
    public String genomenDoor;
    @Column(name = "genomen_op")
    public Instant genomenOp;
    /** Raised on every change (under a row lock); the ETag. */
    @Column(nullable = false)
    public int versie;

    /** The decisions by cycle, optionally of one cycle (null: any); drafts only when {@code conceptenZichtbaar}. */
    public static PanacheQuery<Verdeelbesluit> zoek(String cyclus, boolean conceptenZichtbaar) {
        QueryFilter filter = new QueryFilter().equal("cyclus", cyclus)
                .when(conceptenZichtbaar ? null : Status.GENOMEN, "status = :genomen", "genomen");
        return find(filter.query(), Sort.by("cyclus"), filter.parameters());
    }
}
