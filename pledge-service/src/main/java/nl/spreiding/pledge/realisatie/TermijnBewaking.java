package nl.spreiding.pledge.realisatie;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks the realisation deadlines of designations. Every replica runs it; each overdue designation is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and its status changed in the same transaction as its event, so it is marked (and
 * announced) exactly once.
 */
@ApplicationScoped
public class TermijnBewaking {

    private static final Logger LOG = Logger.getLogger(TermijnBewaking.class);
    private static final int PER_RONDE = 100;

    private final Realisaties realisaties;

    public TermijnBewaking(Realisaties realisaties) {
        this.realisaties = realisaties;
    }

    @Scheduled(identity = "realisatie-termijnbewaking", every = "${pledge.termijnbewaking.interval}",
            delayed = "${pledge.termijnbewaking.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void controleer() {
        int gemarkeerd;
        do {
            gemarkeerd = realisaties.markeerVerstreken(PER_RONDE);
            if (gemarkeerd > 0) {
                LOG.infof("%d aanwijzing(en) over hun realisatietermijn gemarkeerd", gemarkeerd);
            }
        } while (gemarkeerd == PER_RONDE);
    }
}
