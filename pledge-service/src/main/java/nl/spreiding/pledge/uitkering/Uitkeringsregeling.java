package nl.spreiding.pledge.uitkering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One version of a cycle's scheme; a new version is a new row, an old one is never edited. */
@Entity
public class Uitkeringsregeling extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String cyclus;
    @Column(nullable = false)
    public int versie;
    @Column(name = "aanvraag_uiterlijk", nullable = false)
    public LocalDate aanvraagUiterlijk;
    @Column(nullable = false)
    public String bron;
    @Column(name = "ingesteld_op", nullable = false)
    public Instant ingesteldOp;
    @Column(name = "ingesteld_door", nullable = false)
    public String ingesteldDoor;

    public static List<Uitkeringsregeling> vanCyclus(String cyclus) {
        return list("cyclus = ?1 order by versie", cyclus);
    }

    public static Optional<Uitkeringsregeling> geldend(String cyclus) {
        return find("cyclus = ?1 order by versie desc", cyclus).firstResultOptional();
    }

    public List<Trede> treden() {
        return UitkeringsTrede.<UitkeringsTrede>list("regelingId = ?1 order by volgorde", id).stream()
                .map(UitkeringsTrede::trede).toList();
    }
}
