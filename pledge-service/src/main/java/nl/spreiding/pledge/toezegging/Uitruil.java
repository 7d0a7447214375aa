package nl.spreiding.pledge.toezegging;

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

/**
 * A trade between target groups agreed at the provincial table: the municipality (or, without one, the province as a
 * whole) provides {@code aantalPlaatsen} more places of {@code naarDoelgroep} and as many fewer of
 * {@code vanDoelgroep}. It shifts the task in the integrated view; the legal asylum task of the plan check and the
 * designation rule is not changed by it.
 */
@Entity
public class Uitruil extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String cyclus;

    @Column(nullable = false)
    public String provinciecode;

    public String gemeentecode;

    @Enumerated(EnumType.STRING)
    @Column(name = "van_doelgroep", nullable = false)
    public Doelgroep vanDoelgroep;

    @Enumerated(EnumType.STRING)
    @Column(name = "naar_doelgroep", nullable = false)
    public Doelgroep naarDoelgroep;

    @Column(name = "aantal_plaatsen", nullable = false)
    public int aantalPlaatsen;

    @Column(nullable = false)
    public String reden;

    @Column(name = "vastgelegd_door", nullable = false)
    public String vastgelegdDoor;

    @Column(name = "vastgelegd_op", nullable = false)
    public Instant vastgelegdOp;

    /** Net places this trade adds to the given target group's task (negative: the group gives places away). */
    public int saldoVoor(Doelgroep doelgroep) {
        if (doelgroep == naarDoelgroep) {
            return aantalPlaatsen;
        }
        return doelgroep == vanDoelgroep ? -aantalPlaatsen : 0;
    }

    /** The trades, oldest first, optionally of one cycle, province and municipality (null: any). */
    public static PanacheQuery<Uitruil> zoek(String cyclus, String provinciecode, String gemeentecode) {
        QueryFilter filter = new QueryFilter().equal("cyclus", cyclus).equal("provinciecode", provinciecode)
                .equal("gemeentecode", gemeentecode);
        return find(filter.query(), Sort.by("vastgelegdOp").and("id"), filter.parameters());
    }
}
