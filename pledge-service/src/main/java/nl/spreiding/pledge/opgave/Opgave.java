package nl.spreiding.pledge.opgave;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.persistence.QueryFilter;

/** The published task of one province or municipality for one target group, in the current distribution version. */
@Entity
public class Opgave extends PanacheEntityBase {

    /** Problem type of a request about a municipality or province without a published task in the cycle. */
    public static final String GEMEENTE_ZONDER_OPGAVE = "urn:nld:spreiding:probleem:gemeente-zonder-opgave";

    @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Niveau van een gebied: PROVINCIE of GEMEENTE.",
            example = "GEMEENTE")
    public enum Niveau { PROVINCIE, GEMEENTE }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String cyclus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Doelgroep doelgroep;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Niveau niveau;

    /** PV27 or GM0363. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String provinciecode;

    @Column(nullable = false)
    public String naam;

    @Column(name = "aantal_inwoners", nullable = false)
    public long aantalInwoners;

    @Column(nullable = false)
    public int opgave;

    @Column(nullable = false)
    public int amv;

    @Column(name = "bestaande_plaatsen", nullable = false)
    public int bestaandePlaatsen;

    @Column(name = "resterende_opgave", nullable = false)
    public int resterendeOpgave;

    @Column(nullable = false)
    public int versie;

    public static Opgave vanGemeente(String cyclus, Doelgroep doelgroep, String gemeentecode) {
        return find("cyclus = ?1 and doelgroep = ?2 and niveau = ?3 and code = ?4", cyclus, doelgroep, Niveau.GEMEENTE,
                gemeentecode).firstResult();
    }

    public static Opgave vanProvincie(String cyclus, Doelgroep doelgroep, String provinciecode) {
        return find("cyclus = ?1 and doelgroep = ?2 and niveau = ?3 and code = ?4", cyclus, doelgroep,
                Niveau.PROVINCIE, provinciecode).firstResult();
    }

    public static List<Opgave> gemeentenVan(String cyclus, Doelgroep doelgroep, String provinciecode) {
        return list("cyclus = ?1 and doelgroep = ?2 and niveau = ?3 and provinciecode = ?4 order by code", cyclus,
                doelgroep, Niveau.GEMEENTE, provinciecode);
    }

    /** Any target group's task of the municipality in the cycle: tells which province it belongs to. */
    public static Opgave eenVanGemeente(String cyclus, String gemeentecode) {
        return find("cyclus = ?1 and niveau = ?2 and code = ?3 order by doelgroep", cyclus, Niveau.GEMEENTE,
                gemeentecode).firstResult();
    }

    /**
     * A task of the municipality in the cycle (any target group): what makes it part of the cycle, and names its
     * province. 422 when allocation-service has published none for it.
     */
    public static Opgave vereisGemeente(String cyclus, String gemeentecode) {
        Opgave opgave = eenVanGemeente(cyclus, gemeentecode);
        if (opgave == null) {
            throw DomainException.unprocessable(GEMEENTE_ZONDER_OPGAVE, "Gemeente zonder opgave",
                    "Gemeente " + gemeentecode + " heeft geen gepubliceerde opgave in cyclus " + cyclus + ".");
        }
        return opgave;
    }

    /** Whether allocation-service published a task for this area (province or municipality) in the cycle. */
    public static boolean heeftOpgave(String cyclus, String code) {
        return count("cyclus = ?1 and code = ?2", cyclus, code) > 0;
    }

    /**
     * The tasks by cycle, target group, level (provinces first) and code, optionally of one cycle, target group,
     * province, municipality and level (null: any).
     */
    public static PanacheQuery<Opgave> zoek(String cyclus, Doelgroep doelgroep, String provinciecode, String gemeentecode,
            Niveau niveau) {
        QueryFilter filter = new QueryFilter().equal("cyclus", cyclus).equal("doelgroep", doelgroep)
                .equal("provinciecode", provinciecode)
                .when(gemeentecode == null ? null : Niveau.GEMEENTE, "niveau = :gemeente", "gemeente")
                .when(gemeentecode, "code = :gemeentecode", "gemeentecode")
                .equal("niveau", niveau);
        return find(filter.query(),
                Sort.by("cyclus").and("doelgroep").and("niveau", Sort.Direction.Descending).and("code"),
                filter.parameters());
    }
}
