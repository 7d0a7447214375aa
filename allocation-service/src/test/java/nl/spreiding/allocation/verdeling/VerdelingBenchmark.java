package nl.spreiding.allocation.verdeling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.spreiding.allocation.referentiedata.ReferentiedataLaden;

/**
 * How long one distribution takes: the 342 municipalities of 2024 and 100,000 synthetic regions. Run with
 * {@code bench/verdeling.sh}; never part of the test suite. The 2024 seed has no SES-WOA scores, so the SES keys run
 * on the real population with a seeded synthetic score (-0.6..0.6), which costs the same arithmetic. The {@code ...Exact}
 * benchmarks run the reference path in {@link Breuk}s ({@link Verdeelberekening#berekenExact}), the others the default
 * fast path, so one run shows both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VerdelingBenchmark {

    private List<GemeenteInvoer> gemeenten2024;
    private List<GemeenteInvoer> regios100000;

    @Setup
    public void laad() {
        Random random = new Random(2024);
        gemeenten2024 = new ArrayList<>();
        for (String regel : ReferentiedataLaden.meegeleverd(2024).lines().skip(1).toList()) {
            String[] v = regel.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            gemeenten2024.add(new GemeenteInvoer(v[0], v[1].replace("\"", ""), v[2], Long.parseLong(v[3]),
                    BigDecimal.valueOf(random.nextInt(1_201) - 600, 3), 0));
        }
        regios100000 = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            regios100000.add(new GemeenteInvoer(String.format("GM%06d", i), "Regio " + i, "PV" + (20 + i % 12),
                    1 + random.nextInt(1_000_000),
                    BigDecimal.valueOf(random.nextInt(1_201) - 600, 3), 0));
        }
    }

    @Benchmark
    public Verdeling gemeenten2024SesWoaPerGemeente() {
        return Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA, gemeenten2024, 96_000, 8_140);
    }

    @Benchmark
    public Verdeling gemeenten2024SesWoaGrootsteOverschot() {
        return Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA_EXACT, gemeenten2024, 96_000, 8_140);
    }

    @Benchmark
    public Verdeling regios100000SesWoaGrootsteOverschot() {
        return Verdeelberekening.bereken(Verdeelsleutel.SPREIDINGSWET_SES_WOA_EXACT, regios100000, 96_000, 8_140);
    }

    @Benchmark
    public Verdeling gemeenten2024Inwoners() {
        return Verdeelberekening.bereken(Verdeelsleutel.INWONERS, gemeenten2024, 96_000, 8_140);
    }

    @Benchmark
    public Verdeling gemeenten2024SesWoaGrootsteOverschotExact() {
        return Verdeelberekening.berekenExact(Verdeelsleutel.SPREIDINGSWET_SES_WOA_EXACT, gemeenten2024, 96_000, 8_140);
    }

    @Benchmark
    public Verdeling regios100000SesWoaGrootsteOverschotExact() {
        return Verdeelberekening.berekenExact(Verdeelsleutel.SPREIDINGSWET_SES_WOA_EXACT, regios100000, 96_000, 8_140);
    }
}
