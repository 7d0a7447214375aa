package nl.spreiding.pledge.toezegging;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One audited change of a pledge: who, when, and the pledge before and after (as JSON). */
@Entity
@Table(name = "toezegging_historie")
public class ToezeggingHistorie extends PanacheEntityBase {

    @jakarta.persistence.Id
    public UUID id;

    @Column(name = "toezegging_id", nullable = false)
    public UUID toezeggingId;

    @Column(nullable = false)
    public String actie;

    @Column(nullable = false)
    public int versie;

    @Column(nullable = false)
    public String door;

    @Column(nullable = false)
    public Instant op;

    @Column(columnDefinition = "text")
    public String voor;

    @Column(nullable = false, columnDefinition = "text")
    public String na;

    /** The changes of one pledge, oldest first. */
    public static PanacheQuery<ToezeggingHistorie> van(UUID toezeggingId) {
        return find("toezeggingId", Sort.by("versie").and("op"), toezeggingId);
    }
}
