package nl.spreiding.allocation.referentiedata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Loads the reference data shipped with the service (see referentiedata/&lt;jaar&gt;/BRONNEN.md) when the service
 * starts with an empty year, if configured to (the local stack does). Never overwrites data that was imported.
 */
@ApplicationScoped
public class ReferentiedataLaden {

    private static final Logger LOG = Logger.getLogger(ReferentiedataLaden.class);

    private final Referentiedata referentiedata;
    private final ImportMetrics imports;
    private final boolean ladenBijStart;
    private final int jaar;

    public ReferentiedataLaden(Referentiedata referentiedata, ReferentiedataConfig config, ImportMetrics imports) {
        this.referentiedata = referentiedata;
        this.imports = imports;
        this.ladenBijStart = config.ladenBijStart();
        this.jaar = config.jaar();
    }

    void bijStart(@Observes StartupEvent start) {
        if (ladenBijStart) {
            laad(jaar);
        }
    }

    /** Loads the shipped file of a year into an empty year; a year with municipalities is left as it is. */
    void laad(int jaar) {
        if (referentiedata.heeftGemeenten(jaar)) {
            return;
        }
        try {
            Referentiedata.ImportResultaat resultaat = imports.counted(ImportMetrics.Source.SHIPPED, () -> referentiedata
                    .vervang(jaar, meegeleverd(jaar), "meegeleverd bestand referentiedata/" + jaar + "/gemeenten.csv",
                            "systeem (laden bij start)"));
            LOG.infof("Referentiedata %d geladen: %d gemeenten, %d inwoners, %d zonder SES-WOA", jaar,
                    resultaat.aantalGemeenten(), resultaat.totaalInwoners(), resultaat.aantalZonderSesWoa());
        } catch (RuntimeException e) {
            // Another replica may have loaded it at the same moment; the data is then there all the same.
            LOG.warnf("Referentiedata %d niet geladen: %s", jaar, e.getMessage());
        }
    }

    /** The CSV file shipped for a reference year. */
    public static String meegeleverd(int jaar) {
        String pad = "referentiedata/" + jaar + "/gemeenten.csv";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Geen meegeleverde referentiedata voor " + jaar + " (" + pad + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Kan " + pad + " niet lezen", e);
        }
    }
}
