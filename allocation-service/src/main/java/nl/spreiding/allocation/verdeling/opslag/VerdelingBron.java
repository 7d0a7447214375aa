package nl.spreiding.allocation.verdeling.opslag;

import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.spreiding.allocation.verdeling.GepubliceerdeTabel;

/** The publication an adopted distribution was taken from (table {@code verdeling_bron}); a calculated one has none. */
@Entity
@Table(name = "verdeling_bron")
public class VerdelingBron extends PanacheEntityBase {

    @Id
    @Column(name = "verdeling_id")
    public UUID verdelingId;

    @Column(nullable = false)
    public String publicatie;

    @Column(nullable = false)
    public LocalDate publicatiedatum;

    @Column(nullable = false)
    public String url;

    /** SHA-256 of the uploaded file, hexadecimal: which upload became the distribution. */
    @Column(name = "bestand_sha256", nullable = false)
    public String bestandSha256;

    public GepubliceerdeTabel.Bron bron() {
        return new GepubliceerdeTabel.Bron(publicatie, publicatiedatum, url);
    }
}
