package nl.spreiding.pledge.besluit;

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
import nl.spreiding.platform.persistence.QueryFilter;

/** A designation of a municipality to realise places, part of a distribution decision. */
@Entity
public class Aanwijzing extends PanacheEntityBase {

    @Schema(name = "AanwijzingStatus", description = "VOORGESTELD (concept), AANGEWEZEN, GEREALISEERD, TERMIJN_VERSTREKEN of INDEPLAATSSTELLING",
            example = "AANGEWEZEN")
    public enum Status { VOORGESTELD, AANGEWEZEN, GEREALISEERD, TERMIJN_VERSTREKEN, INDEPLAATSSTELLING }

    @Id
    public UUID id;
    @Column(name = "besluit_id", nullable = false)
    public UUID besluitId;
    @Column(nullable = false)
    public String cyclus;
    @Column(nullable = false)
    public String provinciecode;
    @Column(nullable = false)
    public String gemeentecode;
    @Column(name = "aantal_plaatsen", nullable = false)
    public int aantalPlaatsen;
    @Column(name = "aantal_amv", nullable = false)
    public int aantalAmv;
    @Column(name = "voorgesteld_plaatsen", nullable = false)
    public int voorgesteldPlaatsen;
    @Column(name = "voorgesteld_amv", nullable = false)
    public int voorgesteldAmv;
    public String toelichting;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "realisatie_uiterlijk")
    public LocalDate realisatieUiterlijk;
    @Column(name = "termijn_verstreken_op")
    public Instant termijnVerstrekenOp;
    @Column(name = "indeplaatsstelling_op")
    public Instant indeplaatsstellingOp;
    @Column(name = "indeplaatsstelling_door")
    public String indeplaatsstellingDoor;

    /**
     * The designations, by cycle, province and municipality, optionally of one cycle, province, municipality and
     * status (null: any); proposals only when {@code conceptenZichtbaar}.
     */
    public static PanacheQuery<Aanwijzing> zoek(String cyclus, String provinciecode, String gemeentecode, Status status,
            boolean conceptenZichtbaar) {
        QueryFilter filter = new QueryFilter().equal("cyclus", cyclus).equal("provinciecode", provinciecode)
                .equal("gemeentecode", gemeentecode).equal("status", status)
                .when(conceptenZichtbaar ? null : Status.VOORGESTELD, "status <> :voorgesteld", "voorgesteld");
        return find(filter.query(), Sort.by("cyclus").and("provinciecode").and("gemeentecode").and("id"),
                filter.parameters());
    }
}
