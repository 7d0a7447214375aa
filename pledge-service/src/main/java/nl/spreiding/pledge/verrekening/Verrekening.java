package nl.spreiding.pledge.verrekening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import nl.spreiding.platform.persistence.QueryFilter;

/**
 * Places of one municipality credited administratively to another for a cycle, until an end date, on a condition.
 * The lender's places count for the borrower (and no longer for the lender): counted once.
 */
@Entity
public class Verrekening extends PanacheEntityBase {

    @Schema(name = "VerrekeningStatus", description = "VASTGELEGD (door de provincie van één kant, wacht op de andere) "
            + "of BEVESTIGD (beide provincies; alleen dan telt zij)", example = "BEVESTIGD")
    public enum Status { VASTGELEGD, BEVESTIGD }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String cyclus;
    @Column(name = "van_gemeentecode", nullable = false)
    public String vanGemeentecode;
    @Column(name = "van_provinciecode", nullable = false)
    public String vanProvinciecode;
    @Column(name = "naar_gemeentecode", nullable = false)
    public String naarGemeentecode;
    @Column(name = "naar_provinciecode", nullable = false)
    public String naarProvinciecode;
    @Column(name = "aantal_plaatsen", nullable = false)
    public int aantalPlaatsen;
    @Column(nullable = false)
    public LocalDate tot;
    @Column(nullable = false)
    public String voorwaarde;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "vastgelegd_namens", nullable = false)
    public String vastgelegdNamens;
    @Column(name = "vastgelegd_door", nullable = false)
    public String vastgelegdDoor;
    @Column(name = "vastgelegd_op", nullable = false)
    public Instant vastgelegdOp;
    @Column(name = "bevestigd_namens")
    public String bevestigdNamens;
    @Column(name = "bevestigd_door")
    public String bevestigdDoor;
    @Column(name = "bevestigd_op")
    public Instant bevestigdOp;

    /** The province that still has to confirm: the side that did not record it. */
    public String teBevestigenDoor() {
        return vastgelegdNamens.equals(vanProvinciecode) ? naarProvinciecode : vanProvinciecode;
    }

    /** The confirmed creditings of a cycle that touch the province, on either side. */
    public static List<Verrekening> bevestigdVoorProvincie(String cyclus, String provinciecode) {
        return list("cyclus = :c and status = :s and (vanProvinciecode = :p or naarProvinciecode = :p) order by vastgelegdOp, id",
                Parameters.with("c", cyclus).and("s", Status.BEVESTIGD).and("p", provinciecode));
    }

    /** The confirmed creditings of a cycle, nationally. */
    public static List<Verrekening> bevestigd(String cyclus) {
        return list("cyclus = ?1 and status = ?2 order by vastgelegdOp, id", cyclus, Status.BEVESTIGD);
    }

    /** The creditings, oldest first, optionally of one cycle, and touching one province or municipality (either side). */
    public static PanacheQuery<Verrekening> zoek(String cyclus, String provinciecode, String gemeentecode) {
        QueryFilter filter = new QueryFilter().equal("cyclus", cyclus)
                .when(provinciecode, "(vanProvinciecode = :p or naarProvinciecode = :p)", "p")
                .when(gemeentecode, "(vanGemeentecode = :g or naarGemeentecode = :g)", "g");
        return find(filter.query(), Sort.by("vastgelegdOp").and("id"), filter.parameters());
    }
}
