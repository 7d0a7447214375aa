package nl.spreiding.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.spreiding.local.ServiceProcess;

/** The supervisor with real child processes ({@code sh -c}): they exit, are killed, or keep running. */
class ServiceSupervisorTest {

    private static final ServiceSupervisor.Policy SNEL = new ServiceSupervisor.Policy(
            Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(30), 3);

    @TempDir
    Path logs;

    private final List<String> meldingen = new CopyOnWriteArrayList<>();
    private final AtomicInteger starts = new AtomicInteger();
    private ServiceSupervisor supervisor;

    @AfterEach
    void stop() {
        if (supervisor != null) {
            supervisor.stop();
        }
    }

    private ServiceSupervisor supervisor(String script, ServiceSupervisor.Policy policy) throws IOException {
        supervisor = new ServiceSupervisor("dienst", () -> {
            starts.incrementAndGet();
            return ServiceProcess.run("dienst", List.of("sh", "-c", script), 1, Map.of(), logs);
        }, policy, meldingen::add);
        supervisor.start();
        return supervisor;
    }

    @Test
    void eenGedoodProcesWordtOpnieuwGestart() throws Exception {
        ServiceSupervisor s = supervisor("exec sleep 60", SNEL);
        ServiceProcess eerste = s.current();
        eerste.process().destroyForcibly();

        wachtTot(() -> s.current() != eerste && s.current().isAlive());

        assertThat(s.restarts()).isEqualTo(1);
    }

    @Test
    void deMeldingNoemtDeExitcodeEnHetLogbestand() throws Exception {
        ServiceSupervisor s = supervisor("echo kapot; exit 3", SNEL);

        wachtTot(() -> meldingen.stream().anyMatch(m -> m.contains("exited with code 3")));

        assertThat(meldingen).anySatisfy(m -> assertThat(m)
                .contains("exited with code 3", logs.resolve("dienst.log").toString(), "kapot"));
    }

    @Test
    void naTeveelSnelleMislukkingenGeeftDeSupervisorHetOp() throws Exception {
        ServiceSupervisor s = supervisor("exit 1", SNEL);

        wachtTot(() -> s.state() == ServiceSupervisor.State.GAVE_UP);

        assertThat(starts.get()).isEqualTo(1 + SNEL.maxQuickFailures());
    }

    @Test
    void naStopWordtNietMeerOpnieuwGestart() throws Exception {
        ServiceSupervisor s = supervisor("exec sleep 60", SNEL);
        ServiceProcess proces = s.current();

        s.stop();
        Thread.sleep(SNEL.maxBackoff().toMillis() * 3);

        assertThat(proces.isAlive()).isFalse();
        assertThat(starts.get()).isEqualTo(1);
    }

    @Test
    void eenHerstartDieInDeWachttijdValtGaatNaStopNietDoor() throws Exception {
        ServiceSupervisor.Policy traag = new ServiceSupervisor.Policy(
                Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(30), 3);
        ServiceSupervisor s = supervisor("exit 1", traag);
        wachtTot(() -> s.state() == ServiceSupervisor.State.RESTARTING);

        s.stop();
        Thread.sleep(1500);

        assertThat(starts.get()).isEqualTo(1);
    }

    @Test
    void deWachttijdVerdubbeltTotHetMaximum() {
        ServiceSupervisor.Policy policy = ServiceSupervisor.Policy.LOCAL_STACK;

        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 40).stream().map(policy::backoff).map(Duration::toSeconds).toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void eenProcesDatLangGenoegDraaideBegintWeerBijDeEersteWachttijd() throws Exception {
        ServiceSupervisor.Policy policy = new ServiceSupervisor.Policy(
                Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(300), 2);
        // Exits at once twice, then runs long enough to count as healthy, then keeps failing: without the reset the
        // third quick failure would already make it give up.
        Path teller = logs.resolve("teller");
        Files.writeString(teller, "");
        ServiceSupervisor s = supervisor("echo x >> " + teller + "; n=$(wc -l < " + teller + "); "
                + "if [ \"$n\" -eq 3 ]; then sleep 1; fi; exit 1", policy);

        wachtTot(() -> s.state() == ServiceSupervisor.State.GAVE_UP);

        assertThat(starts.get()).isEqualTo(5);
    }

    private static void wachtTot(BooleanSupplier voorwaarde) throws InterruptedException {
        long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!voorwaarde.getAsBoolean()) {
            if (System.nanoTime() > tot) {
                throw new AssertionError("voorwaarde niet bereikt binnen 10 s");
            }
            Thread.sleep(20);
        }
    }
}
