package nl.spreiding.notification.herinnering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.spreiding.notification.support.Gebeurtenissen;
import nl.spreiding.notification.support.VerstelbareKlok;
import nl.spreiding.notification.termijn.Termijn;
import nl.spreiding.notification.termijn.TermijnKalender;

/** {@code spreiding_reminders_due} and {@code spreiding_reminders_sent_total} against real PostgreSQL. */
@QuarkusTest
class HerinneringMetricsTest {

    @Inject
    HerinneringPlanner planner;
    @Inject
    TermijnKalender kalender;
    @Inject
    VerstelbareKlok klok;
    @Inject
    MeterRegistry metrics;

    @Test
    void eenHerinneringWaarvanDeDagIsGekomenTeltAlsDueTotZeIsVerstuurd() {
        nieuweTermijnOverZevenDagen();

        assertThat(planner.meetVerschuldigd()).isPositive();
        assertThat(due()).isPositive();
        planner.plan();
        assertThat(planner.meetVerschuldigd()).isZero();
        assertThat(due()).isZero();
    }

    @Test
    void elkeVerstuurdeHerinneringTeltAlsSent() {
        nieuweTermijnOverZevenDagen();
        double voor = metrics.get("spreiding.reminders.sent").counter().count();

        int verstuurd = planner.plan();
        assertThat(verstuurd).isPositive();
        assertThat(metrics.get("spreiding.reminders.sent").counter().count()).isEqualTo(voor + verstuurd);
    }

    private double due() {
        return metrics.get("spreiding.reminders.due").gauge().value();
    }

    private void nieuweTermijnOverZevenDagen() {
        LocalDate vandaag = LocalDate.now(klok.withZone(ZoneId.of("Europe/Amsterdam")));
        QuarkusTransaction.requiringNew().run(() -> kalender.zet(Gebeurtenissen.cyclus(), Termijn.Soort.REALISATIE,
                Gebeurtenissen.gemeente(), vandaag.plusDays(7), "Opvangplaatsen realiseren"));
    }
}
