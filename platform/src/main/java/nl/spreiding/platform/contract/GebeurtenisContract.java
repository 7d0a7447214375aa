package nl.spreiding.platform.contract;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import nl.spreiding.platform.config.PlatformConfig;

/**
 * This service's own published event contract, and the check the outbox applies to every event it records when
 * {@code spreiding.events.enforce-contract} is on (tests, dev mode).
 */
@ApplicationScoped
public class GebeurtenisContract {

    private final Optional<Schemacontrole> controle;
    private final boolean afdwingen;
    private final String producent;

    public GebeurtenisContract(PlatformConfig config) {
        this.producent = config.events().contract();
        this.controle = Gebeurteniscatalogus.laad(producent).map(Schemacontrole::new);
        this.afdwingen = config.events().enforceContract();
    }

    public Optional<Gebeurteniscatalogus> catalogus() {
        return controle.map(Schemacontrole::catalogus);
    }

    /** Refuses an event that is not in the catalogue or does not match its schema, if enforcement is on. */
    public void controleer(String type, String data) {
        if (!afdwingen) {
            return;
        }
        controle.orElseThrow(() -> new Schemacontrole.ContractbreukException(type, java.util.List.of(
                "deze dienst publiceert geen gebeurteniscatalogus (" + Gebeurteniscatalogus.MAP + producent + ")")))
                .vereisGeldig(type, data);
    }
}
