package nl.spreiding.allocation.referentiedata;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a reference year's data: who made it, when, from what source, for how many municipalities. */
@Entity
@Table(name = "referentiedata_wijziging")
public class ReferentiedataWijziging extends PanacheEntityBase {

    public enum Soort { INLEZING, CBS_AANTAL_INWONERS, CBS_SES_WOA_SCORE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int referentiejaar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Soort soort;

    @Column(nullable = false)
    public String bron;

    @Column(name = "aantal_gemeenten", nullable = false)
    public int aantalGemeenten;

    @Column(nullable = false)
    public String door;

    @Column(nullable = false)
    public Instant op;

    /** For an update from CBS: the table id, when the file or the caller named it. */
    @Column(name = "cbs_tabel")
    public String cbsTabel;

    /** For an update from CBS: the report year read. */
    public Integer verslagjaar;

    /** For an update from CBS: provisional or final, when the file or the caller said so. */
    @Enumerated(EnumType.STRING)
    @Column(name = "cbs_status")
    public CbsStatus cbsStatus;

    /** For an update from CBS: the date of the file (the table's modification date), when given. */
    public LocalDate bestandsdatum;

    /** The changes of one reference year, newest first. */
    static PanacheQuery<ReferentiedataWijziging> vanJaar(int referentiejaar) {
        return find("referentiejaar", Sort.by("op", Sort.Direction.Descending).and("id", Sort.Direction.Descending),
                referentiejaar);
    }

    static ReferentiedataWijziging leg(int referentiejaar, Soort soort, String bron, int aantalGemeenten, String door,
            Clock clock) {
        ReferentiedataWijziging w = new ReferentiedataWijziging();
        w.referentiejaar = referentiejaar;
        w.soort = soort;
        w.bron = bron;
        w.aantalGemeenten = aantalGemeenten;
        w.door = door;
        w.op = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        w.persist();
        return w;
    }
}
