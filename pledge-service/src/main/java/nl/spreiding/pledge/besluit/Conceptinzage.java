package nl.spreiding.pledge.besluit;

import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.platform.security.Rollen;

/**
 * A draft decision and the designations it proposes are the minister's working papers: until the decision is
 * issued only the minister sees them. To everyone else they do not exist yet (404, and left out of lists), so a
 * municipality does not read a designation that may still change as if it were one.
 */
@ApplicationScoped
public class Conceptinzage {

    private final Aanvrager aanvrager;

    public Conceptinzage(Aanvrager aanvrager) {
        this.aanvrager = aanvrager;
    }

    public boolean magConceptenZien() {
        return aanvrager.heeftRol(Rollen.MINISTER);
    }

    public Verdeelbesluit zichtbaar(Verdeelbesluit besluit) {
        if (besluit.status == Verdeelbesluit.Status.CONCEPT && !magConceptenZien()) {
            throw DomainException.notFound("Verdeelbesluit " + besluit.id + " bestaat niet.");
        }
        return besluit;
    }

    public Aanwijzing zichtbaar(Aanwijzing aanwijzing) {
        if (aanwijzing.status == Aanwijzing.Status.VOORGESTELD && !magConceptenZien()) {
            throw DomainException.notFound("Aanwijzing " + aanwijzing.id + " bestaat niet.");
        }
        return aanwijzing;
    }
}
