package nl.spreiding.local.launcher;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import nl.spreiding.local.ServiceProcess;

/**
 * Keeps one service of the local stack running: when its process dies while the stack is not stopping, it says why
 * (exit code, its log) and starts it again on the same port after a backoff that doubles from {@code firstBackoff}
 * up to {@code maxBackoff}. A process that stayed up for {@code stableAfter} counts as healthy again: the next
 * failure starts from the first backoff. After {@code maxQuickFailures} failures in a row without such a healthy
 * run it gives up and says so; the rest of the stack keeps running. {@link #stop} stops the process and rules out
 * any later restart.
 *
 * <p>The platform's {@code retry.Backoff} is not on the launcher's classpath (the launcher links no service code),
 * so the doubling is done here.
 */
final class ServiceSupervisor {

    /** How the supervised process is started, again and again. */
    @FunctionalInterface
    interface Starter {
        ServiceProcess start() throws IOException;
    }

    record Policy(Duration firstBackoff, Duration maxBackoff, Duration stableAfter, int maxQuickFailures) {

        /** For the local stack: 1 s, 2 s, 4 s … at most 30 s; healthy after 60 s up; give up after 5 quick failures. */
        static final Policy LOCAL_STACK = new Policy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60), 5);

        Duration backoff(int failures) {
            long millis = firstBackoff.toMillis() << Math.min(failures - 1, 30);
            return millis <= 0 || millis > maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(millis);
        }
    }

    enum State { RUNNING, RESTARTING, GAVE_UP, STOPPED }

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String name;
    private final Starter starter;
    private final Policy policy;
    private final Consumer<String> say;
    private final ScheduledExecutorService scheduler;

    private ServiceProcess current;
    private long startedAtNanos;
    private int quickFailures;
    private int restarts;
    private State state = State.RUNNING;
    private ScheduledFuture<?> pendingRestart;

    ServiceSupervisor(String name, Starter starter, Policy policy, Consumer<String> say) {
        this.name = name;
        this.starter = starter;
        this.policy = policy;
        this.say = say;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "supervisor-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the first process; an exception here (e.g. the application is not built) is the caller's to report. */
    synchronized void start() throws IOException {
        launch(starter.start());
    }

    private void launch(ServiceProcess process) {
        current = process;
        startedAtNanos = System.nanoTime();
        state = State.RUNNING;
        process.process().onExit().thenRun(() -> exited(process));
    }

    private synchronized void exited(ServiceProcess process) {
        if (state == State.STOPPED || process != current) {
            return;
        }
        Duration up = Duration.ofNanos(System.nanoTime() - startedAtNanos);
        if (up.compareTo(policy.stableAfter()) >= 0) {
            quickFailures = 0;
        }
        quickFailures++;
        int code = process.process().exitValue();
        String why = name + " (pid " + process.pid() + ") exited with code " + code + describe(code) + " after "
                + up.toSeconds() + " s; its log is " + process.logFile() + ", last lines:\n" + process.logTail(15);
        if (quickFailures > policy.maxQuickFailures()) {
            state = State.GAVE_UP;
            say.accept(why);
            say.accept("Giving up on " + name + ": it failed " + policy.maxQuickFailures() + " times in a row, each within "
                    + policy.stableAfter().toSeconds() + " s of starting. The other services keep running; fix it and run "
                    + "./run-local.sh again.");
            return;
        }
        Duration backoff = policy.backoff(quickFailures);
        state = State.RESTARTING;
        say.accept(why);
        say.accept("Restarting " + name + " on port " + process.port() + " in " + backoff.toMillis() + " ms (failure "
                + quickFailures + " of at most " + policy.maxQuickFailures() + " in a row)");
        pendingRestart = scheduler.schedule(this::restart, backoff.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void restart() {
        if (state != State.RESTARTING) {
            return;
        }
        try {
            ServiceProcess process = starter.start();
            restarts++;
            launch(process);
            say.accept(name + " started again (pid " + process.pid() + ")");
            reportReady(process);
        } catch (IOException | RuntimeException e) {
            quickFailures++;
            if (quickFailures > policy.maxQuickFailures()) {
                state = State.GAVE_UP;
                say.accept("Giving up on " + name + ": it could not be started (" + e.getMessage() + ")");
                return;
            }
            Duration backoff = policy.backoff(quickFailures);
            say.accept(name + " could not be started (" + e.getMessage() + "); trying again in " + backoff.toMillis() + " ms");
            pendingRestart = scheduler.schedule(this::restart, backoff.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Says when a restarted process answers its readiness check, so the log shows how long the gap was. */
    private void reportReady(ServiceProcess process) {
        long since = System.nanoTime();
        ScheduledFuture<?>[] poll = new ScheduledFuture<?>[1];
        poll[0] = scheduler.scheduleWithFixedDelay(() -> {
            if (process != current() || !process.isAlive() || state() != State.RUNNING) {
                poll[0].cancel(false);
            } else if (process.isReady()) {
                say.accept(name + " is ready again on port " + process.port() + " ("
                        + Duration.ofNanos(System.nanoTime() - since).toMillis() + " ms after its restart)");
                poll[0].cancel(false);
            }
        }, 500, 500, TimeUnit.MILLISECONDS);
    }

    /** Stops the process (SIGTERM, then kill after a grace period); no restart follows, now or later. */
    void stop() {
        ServiceProcess process;
        synchronized (this) {
            state = State.STOPPED;
            if (pendingRestart != null) {
                pendingRestart.cancel(false);
            }
            process = current;
        }
        scheduler.shutdownNow();
        if (process != null) {
            process.stop(STOP_GRACE);
        }
    }

    synchronized State state() {
        return state;
    }

    /** The process running now (or last). */
    synchronized ServiceProcess current() {
        return current;
    }

    synchronized int restarts() {
        return restarts;
    }

    String name() {
        return name;
    }

    private static String describe(int code) {
        return code > 128 && code < 160 ? " (killed by signal " + (code - 128) + ")" : "";
    }
}
