package org.convener.benchmarks;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.convener.engine.Baseline;
import org.convener.engine.ModelOptions;
import org.convener.engine.Party;
import org.convener.engine.Projection;
import org.convener.engine.SeatBaseline;
import org.convener.engine.ShareVector;
import org.convener.engine.Sweep;
import org.convener.engine.SwingModel;
import org.convener.engine.Targets;
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

/** One deterministic projection of the 631 seats, and a full sweep of Reform's share from 15% to 40%. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProjectionBenchmark {

    @Param({"uns", "ps", "tm", "stm"})
    String model;

    Baseline baseline;
    ShareVector target;
    Set<org.convener.engine.ConstituencyCode> all;

    @Setup(Level.Trial)
    public void load() throws Exception {
        baseline = ReferenceBaseline.load();
        target = ShareVector.parse(SimulationBenchmark.REFERENCE_SHARES);
        all = baseline.seats().stream().map(SeatBaseline::code).collect(Collectors.toSet());
    }

    @Benchmark
    public Projection project() {
        return Projection.of(baseline, Targets.national(target), SwingModel.ofCode(model), ModelOptions.DEFAULTS);
    }

    @Benchmark
    public Sweep sweepReformFrom15To40() {
        return Sweep.run(
                baseline,
                baseline.shares(),
                Party.RUK,
                List.of(Party.CON, Party.LAB, Party.LD, Party.GREEN, Party.SNP, Party.PC, Party.OTH),
                0.15,
                0.40,
                0.01,
                all,
                SwingModel.ofCode(model),
                ModelOptions.DEFAULTS);
    }
}
