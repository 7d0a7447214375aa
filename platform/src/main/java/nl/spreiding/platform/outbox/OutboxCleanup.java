package nl.spreiding.platform.outbox;

import java.time.Clock;
import java.time.Instant;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.spreiding.platform.config.PlatformConfig;

/** Removes published events once their retention has passed; pending events are never removed. */
@ApplicationScoped
public class OutboxCleanup {

    private final PlatformConfig config;
    private final Clock clock;

    public OutboxCleanup(PlatformConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "outbox-cleanup", every = "1h", delayed = "1m", concurrentExecution = ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void removePublished() {
        OutboxEvent.delete("sentAt < ?1", Instant.now(clock).minus(config.outbox().retention()));
    }
}
