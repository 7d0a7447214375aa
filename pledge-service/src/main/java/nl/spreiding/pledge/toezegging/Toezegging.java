package nl.spreiding.pledge.toezegging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import nl.spreiding.platform.persistence.QueryFilter;
import nl.spreiding.pledge.opgave.Doelgroep;

/** A municipality's pledge of places at one location for one target group. */
@Entity
public class Toezegging extends PanacheEntityBase {

    /** GEPLAND → IN_VOORBEREIDING → GEREALISEERD only forward; INGETROKKEN only through a withdrawal, and final. */
    @Schema(name = "ToezeggingStatus", description = "Status van een toezegging: GEPLAND, IN_VOORBEREIDING en GEREALISEERD "
            + "gaan alleen vooruit; INGETROKKEN (definitief) alleen via de intrekking.", example = "GEPLAND")
    public enum Status {
        GEPLAND, IN_VOORBEREIDING, GEREALISEERD, INGETROKKEN;

        public boolean mag(Status naar) {
            return this != INGETROKKEN && naar != INGETROKKEN && naar.ordinal() >= ordinal();
        }
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String cyclus;

    @Column(nullable = false)
    public String provinciecode;

    @Column(nullable = false)
    public String gemeentecode;

    @Column(nullable = false)
    public String locatie;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Doelgroep doelgroep;

    @Column(name = "aantal_plaatsen", nullable = false)
    public int aantalPlaatsen;

    @Column(name = "aantal_amv", nullable = false)
    public int aantalAmv;

    /** Only durable places (available for at least five years) count towards the Spreidingswet task. */
    @Column(nullable = false)
    public boolean duurzaam;

    @Column(name = "beschikbaar_vanaf")
    public LocalDate beschikbaarVanaf;

    @Column(name = "beschikbaar_tot")
    public LocalDate beschikbaarTot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Version
    public int versie;

    /**
     * The law's own test: asylum places that are durable and not withdrawn. What counts in a cycle also depends on its
     * counting rules: ask {@link Meetelling}.
     */
    public boolean teltVoorSpreidingswet() {
        return doelgroep == Doelgroep.ASIEL && duurzaam && status != Status.INGETROKKEN;
    }

    @Column(name = "aangemaakt_op", nullable = false)
    public Instant aangemaaktOp;

    @Column(name = "gewijzigd_op", nullable = false)
    public Instant gewijzigdOp;

    /** The pledges, oldest first, optionally of one cycle, province, municipality, target group and status (null: any). */
    public static PanacheQuery<Toezegging> zoek(String cyclus, String provinciecode, String gemeentecode,
            Doelgroep doelgroep, Status status) {
        QueryFilter filter = new QueryFilter().equal("cyclus", cyclus).equal("provinciecode", provinciecode)
                .equal("gemeentecode", gemeentecode).equal("doelgroep", doelgroep).equal("status", status);
        return find(filter.query(), Sort.by("aangemaaktOp").and("id"), filter.parameters());
    }
}
