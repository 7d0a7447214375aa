package nl.spreiding.pledge.besluit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A pledge the minister accepted in a draft decision as a promising initiative: it counts towards the province's plan
 * although the counting rules alone would not count it, and is reported apart from the pledges that do.
 */
@Entity
@Table(name = "kansrijk_initiatief")
public class KansrijkInitiatief extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "besluit_id", nullable = false)
    public UUID besluitId;
    @Column(name = "toezegging_id", nullable = false)
    public UUID toezeggingId;
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
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Criterium criterium;
    @Column(nullable = false)
    public String reden;
    @Column(name = "aanvaard_door", nullable = false)
    public String aanvaardDoor;
    @Column(name = "aanvaard_op", nullable = false)
    public Instant aanvaardOp;

    public static List<KansrijkInitiatief> vanBesluit(UUID besluitId) {
        return list("besluitId = ?1 order by provinciecode, gemeentecode, toezeggingId", besluitId);
    }

    /** The promising initiatives of the cycle's issued decision in one province (none while it is a draft). */
    public static List<KansrijkInitiatief> genomenIn(String cyclus, String provinciecode) {
        return list("cyclus = ?1 and provinciecode = ?2 and besluitId in (select b.id from Verdeelbesluit b where "
                + "b.cyclus = ?1 and b.status = ?3) order by gemeentecode", cyclus, provinciecode, Verdeelbesluit.Status.GENOMEN);
    }

    /** The promising initiatives of the decision, if it was taken before {@code tot}. */
    public static List<KansrijkInitiatief> genomenVoor(String cyclus, String provinciecode, java.time.Instant tot) {
        return list("cyclus = ?1 and provinciecode = ?2 and besluitId in (select b.id from Verdeelbesluit b where "
                + "b.cyclus = ?1 and b.status = ?3 and b.genomenOp < ?4) order by gemeentecode", cyclus, provinciecode,
                Verdeelbesluit.Status.GENOMEN, tot);
    }
}
