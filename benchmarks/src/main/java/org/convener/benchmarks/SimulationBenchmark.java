package org.convener.benchmarks;

import java.util.concurrent.TimeUnit;
import org.convener.engine.Baseline;
import org.convener.engine.ModelOptions;
import org.convener.engine.Projection;
import org.convener.engine.ShareVector;
import org.convener.engine.Simulation;
import org.convener.engine.SimulationResult;
import org.convener.engine.SwingModel;
import org.convener.engine.Targets;
import org.convener.engine.Uncertainty;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference workload: 631 GB seats from 2024, uniform swing to Con 18, Lab 22, LD 12, RUK 30,
 * Green 10, SNP 2.5, PC 0.7, Oth the rest, national errors of 2 points, regional errors of 0 or 1
 * point and seat errors of 3 points, 100,000 draws; and the projection page's 20,000 with the
 * regional error on. Timed from the loaded baseline to the final probabilities and totals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class SimulationBenchmark {

    static final String REFERENCE_SHARES = "Con=18,Lab=22,LD=12,RUK=30,Green=10,SNP=2.5,PC=0.7";

    @Param({"uns"})
    String model;

    @Param({"100000", "20000"})
    int sims;

    @Param({"0", "1"})
    double regionalPoints;

    Baseline baseline;
    ShareVector target;
    Uncertainty uncertainty;

    @Setup(Level.Trial)
    public void load() {
        baseline = ReferenceBaseline.load();
        target = ShareVector.parse(REFERENCE_SHARES);
        uncertainty = new Uncertainty(0.02, regionalPoints / 100, 0.03);
    }

    @Benchmark
    public SimulationResult referenceWorkload() {
        var projection =
                Projection.of(baseline, Targets.national(target), SwingModel.ofCode(model), ModelOptions.DEFAULTS);
        return Simulation.run(projection, uncertainty, sims, 1);
    }
}
