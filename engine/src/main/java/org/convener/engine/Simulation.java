package org.convener.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Monte Carlo simulation of a projection: in each simulation every party's share in every seat
 * gets a national, a regional and a seat error, all normal and independent; the highest share
 * wins. Simulations run in fixed blocks, each with its own random stream split from the seed in
 * order, so results depend only on the seed and not on how many threads ran them.
 *
 * <p>Two things keep it fast. The work is laid out party by party over a block of simulations,
 * so the inner loop has no branches. And a party is not drawn in a seat at all where it trails
 * the leader by more than {@value #REACH} standard deviations of the difference between two
 * parties' simulated shares: there its chance of winning is below 3 in 10 million per
 * simulation, a thousand times smaller than the Monte Carlo error of 100,000 simulations.
 */
public final class Simulation {

    private static final int BLOCK = 2048;
    static final double REACH = 5.0;

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
                    1000));
        }
        var baseline = new Baseline(seats);
        var projection =
                Projection.of(baseline, Targets.national(baseline.shares()), SwingModel.UNS, ModelOptions.DEFAULTS);
        for (int round = 0; round < 6; round++) {
            run(projection, new Uncertainty(0.02, 0, 0.03), 16 * BLOCK, round);
            run(projection, new Uncertainty(0.02, 0.01, 0.03), 4 * BLOCK, round);
        }
    }

    /** Runs {@code sims} simulations of the projection. */
    public static SimulationResult run(Projection projection, Uncertainty uncertainty, int sims, long seed) {
        if (sims < 1) {
            throw new IllegalArgumentException("the number of simulations must be at least 1, was " + sims);
        }
        long started = System.nanoTime();
        var layout = new Layout(projection, uncertainty);
        int blocks = (sims + BLOCK - 1) / BLOCK;
        var master = new SplittableRandom(seed);
        var streams = new ArrayList<SplittableRandom>(blocks);
        for (int b = 0; b < blocks; b++) {
            streams.add(master.split());
        }
        var totals = new int[ShareVector.SIZE][sims];
        long[] wins = IntStream.range(0, blocks)
                .parallel()
                .mapToObj(b -> runBlock(
                        layout, uncertainty, streams.get(b), b * BLOCK, Math.min(BLOCK, sims - b * BLOCK), totals))
                .reduce(new long[layout.seats * ShareVector.SIZE], Simulation::add);
        return new SimulationResult(projection, sims, wins, totals, (System.nanoTime() - started) / 1e9);
    }

    /** The projection flattened for the hot loop. */
    private static final class Layout {
        final int seats;
        final int regions;
        final double[] means;
        final int[] region;
        /** Per seat, the parties that can win it, highest share first. */
        final int[][] contenders;

        Layout(Projection projection, Uncertainty uncertainty) {
            int parties = ShareVector.SIZE;
            seats = projection.size();
            means = new double[seats * parties];
            region = new int[seats];
            contenders = new int[seats][];
            List<String> regionCodes = projection.baseline().regions();
            regions = regionCodes.size();
            double spread = Math.sqrt(
                    2 * (square(uncertainty.national()) + square(uncertainty.regional()) + square(uncertainty.seat())));
            for (int s = 0; s < seats; s++) {
                double[] mean = projection.mean(s);
                System.arraycopy(mean, 0, means, s * parties, parties);
                SeatBaseline seat = projection.baseline().seat(s);
                region[s] = regionCodes.indexOf(seat.regionCode());
                int[] standing = IntStream.range(0, parties)
                        .filter(p -> Party.GB_MODEL.get(p).standsIn(seat.nation()))
                        .boxed()
                        .sorted((a, b) -> Double.compare(mean[b], mean[a]))
                        .mapToInt(Integer::intValue)
                        .toArray();
                double leader = mean[standing[0]];
                contenders[s] = Arrays.stream(standing)
                        .filter(p -> p == standing[0] || leader - mean[p] < REACH * spread)
                        .toArray();
            }
        }
    }

    private static double square(double x) {
        return x * x;
    }

    private static long[] runBlock(
            Layout layout, Uncertainty u, SplittableRandom seeds, int first, int count, int[][] totals) {
        int parties = ShareVector.SIZE;
        var normal = new StandardNormal(seeds);
        // errors shared by all seats in each simulation, laid out party by party
        var national = new double[parties * count];
        for (int i = 0; i < national.length; i++) {
            national[i] = u.national() * normal.next();
        }
        var regional = new double[u.regional() > 0 ? layout.regions * parties * count : 0];
        for (int i = 0; i < regional.length; i++) {
            regional[i] = u.regional() * normal.next();
        }
        double seatSd = u.seat();
        var wins = new long[layout.seats * parties];
        var best = new long[count];
        var blockTotals = new int[parties][count];
        for (int s = 0; s < layout.seats; s++) {
            Arrays.fill(best, Long.MIN_VALUE);
            int base = s * parties;
            int[] contenders = layout.contenders[s];
            if (contenders.length == 1) {
                Arrays.fill(best, contenders[0]);
            } else {
                for (int p : contenders) {
                    double mean = layout.means[base + p];
                    if (regional.length > 0) {
                        int regionalAt = (layout.region[s] * parties + p) * count;
                        drawWithRegion(normal, mean, national, p * count, regional, regionalAt, seatSd, p, best, count);
                    } else {
                        draw(normal, mean, national, p * count, seatSd, p, best, count);
                    }
                }
            }
            for (int k = 0; k < count; k++) {
                int winner = (int) (best[k] & 7);
                wins[base + winner]++;
                blockTotals[winner][k]++;
            }
        }
        for (int p = 0; p < parties; p++) {
            System.arraycopy(blockTotals[p], 0, totals[p], first, count);
        }
        return wins;
    }

    /** One party's simulated share in one seat for every simulation of a block, kept where it leads. */
    private static void draw(
            StandardNormal normal,
            double mean,
            double[] national,
            int nationalAt,
            double seatSd,
            int party,
            long[] best,
            int count) {
        int k = 0;
        for (; k + 1 < count; k += 2) {
            long bits = normal.nextLong();
            double one = mean + national[nationalAt + k] + seatSd * normal.fromBits((int) (bits >>> 32));
            double two = mean + national[nationalAt + k + 1] + seatSd * normal.fromBits((int) bits);
            best[k] = Math.max(best[k], ranked(one, party));
            best[k + 1] = Math.max(best[k + 1], ranked(two, party));
        }
        for (; k < count; k++) {
            double share = mean + national[nationalAt + k] + seatSd * normal.next();
            best[k] = Math.max(best[k], ranked(share, party));
        }
    }

    private static void drawWithRegion(
            StandardNormal normal,
            double mean,
            double[] national,
            int nationalAt,
            double[] regional,
            int regionalAt,
            double seatSd,
            int party,
            long[] best,
            int count) {
        for (int k = 0; k < count; k++) {
            double share = mean + national[nationalAt + k] + regional[regionalAt + k] + seatSd * normal.next();
            best[k] = Math.max(best[k], ranked(share, party));
        }
    }

    /**
     * A share and its party packed into one long that orders as the share does, so the winner is a
     * branch-free maximum. Shares are offset to be positive (whose IEEE bits order as longs) and
     * the party takes the lowest three bits, far below any difference that matters.
     */
    private static long ranked(double share, int party) {
        return (Double.doubleToRawLongBits(share + 4.0) & ~7L) | party;
    }

    private static long[] add(long[] a, long[] b) {
        var sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    /** Quantiles of each party's seat totals, interpolated linearly between order statistics. */
    static Map<Party, SeatTotals> quantiles(int[][] totals, int seats) {
        var result = new EnumMap<Party, SeatTotals>(Party.class);
        for (int p = 0; p < totals.length; p++) {
            int[] counts = new int[seats + 1];
            long sum = 0;
            for (int total : totals[p]) {
                counts[total]++;
                sum += total;
            }
            int sims = totals[p].length;
            result.put(
                    Party.GB_MODEL.get(p),
                    new SeatTotals(
                            (double) sum / sims,
                            quantile(counts, sims, 0.5),
                            quantile(counts, sims, 0.05),
                            quantile(counts, sims, 0.95)));
        }
        return result;
    }

    /** The q-th quantile of a sample given as a histogram, as numpy's default (linear) computes it. */
    static double quantile(int[] counts, int n, double q) {
        double position = q * (n - 1);
        int lower = (int) Math.floor(position);
        double fraction = position - lower;
        int below = orderStatistic(counts, lower);
        int above = fraction == 0 ? below : orderStatistic(counts, Math.min(n - 1, lower + 1));
        return below + fraction * (above - below);
    }

    private static int orderStatistic(int[] counts, int index) {
        int seen = 0;
        for (int value = 0; value < counts.length; value++) {
            seen += counts[value];
            if (seen > index) {
                return value;
            }
        }
        return counts.length - 1;
    }
}
