package nl.spreiding.pledge.uitkering;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored tier of one scheme version. */
@Entity
@Table(name = "uitkeringstrede")
public class UitkeringsTrede extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "regeling_id", nullable = false)
    public UUID regelingId;
    @Column(nullable = false)
    public int volgorde;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Trede.Grondslag grondslag;
    @Column(name = "bedrag_per_plaats_cent", nullable = false)
    public long bedragPerPlaatsCent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Trede.Wijze wijze;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Trede.Zekerheid zekerheid;
    @Column(nullable = false)
    public String bron;

    public Trede trede() {
        return new Trede(volgorde, grondslag, bedragPerPlaatsCent, wijze, zekerheid, bron);
    }
}
