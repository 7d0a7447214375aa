package nl.spreiding.pledge.realisatie;

import java.time.Instant;
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
import nl.spreiding.pledge.opgave.Doelgroep;

/** A municipality's report of the places available at a location; the latest report per location counts. */
@Entity
public class Realisatie extends PanacheEntityBase {

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
    @Column(name = "aantal_gerealiseerd", nullable = false)
    public int aantalGerealiseerd;
    @Column(nullable = false)
    public boolean duurzaam;
    @Column(name = "aanwijzing_id")
    public UUID aanwijzingId;
    @Column(name = "toezegging_id")
    public UUID toezeggingId;
    @Column(name = "gemeld_op", nullable = false)
    public Instant gemeldOp;
    @Column(name = "gemeld_door", nullable = false)
    public String gemeldDoor;

    /** The reports, oldest first, optionally of one cycle, municipality and designation (null: any). */
    public static PanacheQuery<Realisatie> zoek(String cyclus, String gemeentecode, UUID aanwijzingId) {
        QueryFilter filter = new QueryFilter().equal("cyclus", cyclus).equal("gemeentecode", gemeentecode)
                .equal("aanwijzingId", aanwijzingId);
        return find(filter.query(), Sort.by("gemeldOp").and("id"), filter.parameters());
    }
}
