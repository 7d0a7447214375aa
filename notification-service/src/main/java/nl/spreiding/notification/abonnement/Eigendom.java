package nl.spreiding.notification.abonnement;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.platform.security.Rollen;

/**
 * Who owns a subscription, and who may manage it. An organisation manages and sees only its own; an operator
 * (beheerder) all of them. The minister and COA are organisations here too (JENV, COA): a subscription carries a
 * callback URL and a signing secret, which are nobody else's business, however national the caller's role.
 */
@ApplicationScoped
public class Eigendom {

    private final Aanvrager aanvrager;

    public Eigendom(Aanvrager aanvrager) {
        this.aanvrager = aanvrager;
    }

    /** Whether the caller sees and manages every subscription. */
    public boolean beheertAlle() {
        return aanvrager.heeftRol(Rollen.BEHEERDER);
    }

    /**
     * The owner of what the caller creates or lists: its organisation, or empty for an operator. A non-operator
     * whose token names no organisation is refused: its subscription would otherwise look like an operator's.
     */
    public Optional<String> eigenaarVanAanvrager() {
        if (beheertAlle()) {
            return Optional.empty();
        }
        return Optional.of(aanvrager.organisatie().orElseThrow(() -> DomainException.forbidden(
                "Uw token noemt geen organisatie; abonnementen horen altijd bij een organisatie.")));
    }

    /** Refuses (403) unless the caller owns a subscription of {@code eigenaar} (null: an operator's) or is an operator. */
    public void vereistBeheer(String eigenaar) {
        if (eigenaar == null && !beheertAlle()) {
            throw DomainException.forbidden("Dit abonnement is van de beheerder van Spreiding.");
        }
        if (eigenaar != null) {
            aanvrager.vereistNamens(eigenaar, Rollen.BEHEERDER);
        }
    }
}
