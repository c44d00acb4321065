package org.convener.engine;

import java.util.ArrayList;
import java.util.stream.IntStream;

/**
 * The uncertainty of a projection: every contender's share in every seat gets a national, a
 * regional and a seat error, all normal and independent, and the highest share wins.
 *
 * <p>Each seat's chances need no random draws at all: the three errors add up to one normal error
 * per contender, independent between contenders, so each chance is a one-dimensional integral
 * ({@link WinChances}). Seat totals depend on the errors seats share, so only those are drawn, and
 * the totals follow from each seat's chances given them ({@link DrawnTotals}). Draws run in fixed
 * blocks, each with its own random stream split from the seed in order, so results depend only on
 * the seed and not on how many threads ran them.
 */
public final class Simulation {

    private Simulation() {}

    /**
     * Runs the simulation code on a small made-up projection so that the JIT compiler has
     * compiled it before a timed run; the command line calls it during start-up, while the
     * database starts.
     */
    public static void warmUp() {
        var random = new java.util.Random(1);
        var seats = new ArrayList<SeatBaseline>();
        for (int i = 0; i < 64; i++) {
            var shares = new double[ShareVector.SIZE];
            double total = 0;
            for (int p = 0; p < shares.length; p++) {
                if (p != Party.GB_MODEL.indexOf(Party.SNP) && p != Party.GB_MODEL.indexOf(Party.PC)) {
                    shares[p] = 0.05 + random.nextDouble();
                    total += shares[p];
                }
            }
            for (int p = 0; p < shares.length; p++) {
                shares[p] /= total;
            }
            seats.add(new SeatBaseline(
                    new ConstituencyCode(String.format("E14%06d", i + 1)),
                    "warm-up",
                    Nation.ENGLAND,
                    i % 2 == 0 ? "E12000001" : "E12000002",
                    shares,
                    1000,
                    i % 8 == 0 ? new OtherCandidate("warm-up", Party.IND, null, shares[7] * 0.8) : null,
                    null));
        }
        var baseline = new Baseline(seats);
        var projection =
                Projection.of(baseline, Targets.national(baseline.shares()), SwingModel.UNS, ModelOptions.DEFAULTS);
        for (int round = 0; round < 6; round++) {
            run(projection, new Uncertainty(0.02, 0, 0.03), 32_768, round);
            run(projection, new Uncertainty(0.02, 0.01, 0.03), 32_768, round);
        }
    }

    /** Projects the chances and seat totals of {@code sims} draws of the shared errors. */
    public static SimulationResult run(Projection projection, Uncertainty uncertainty, int sims, long seed) {
        if (sims < 1) {
            throw new IllegalArgumentException("the number of simulations must be at least 1, was " + sims);
        }
        long started = System.nanoTime();
        double tau =
                Math.sqrt(square(uncertainty.national()) + square(uncertainty.regional()) + square(uncertainty.seat()));
        double[][] chances = IntStream.range(0, projection.size())
                .parallel()
                .mapToObj(s -> WinChances.of(projection.contenderMeans(s), tau))
                .toArray(double[][]::new);
        var totals = DrawnTotals.of(projection, uncertainty, chances, sims, seed);
        return new SimulationResult(projection, sims, chances, totals, (System.nanoTime() - started) / 1e9);
    }

    private static double square(double x) {
        return x * x;
    }
}
