package org.convener.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The plain Monte Carlo simulation the exact path replaced, kept as an independent check: in each
 * simulation every contender's share gets a national, a regional and a seat error drawn at random,
 * and the highest share wins. It shares with the product only the projection's centres.
 */
final class SampledSimulation {

    private static final int BLOCK = 2048;
    /** Contenders further behind than this many standard deviations of a difference are not drawn. */
    private static final double REACH = 6.0;

    final int sims;
    final long[][] wins;
    /** Per kind of winner ({@link DrawnTotals#WINNERS}), the seats won in each simulation. */
    final int[][] totals;

    private SampledSimulation(int sims, long[][] wins, int[][] totals) {
        this.sims = sims;
        this.wins = wins;
        this.totals = totals;
    }

    double chance(int seat, int slot) {
        return (double) wins[seat][slot] / sims;
    }

    /** The share of simulations in which the kind of winner took at most {@code k} seats. */
    double cdf(int label, int k) {
        long at = Arrays.stream(totals[label]).filter(t -> t <= k).count();
        return (double) at / sims;
    }

    double mean(int label) {
        return Arrays.stream(totals[label]).average().orElse(0);
    }

    static SampledSimulation run(Projection projection, Uncertainty u, int sims, long seed) {
        int seats = projection.size();
        List<String> regionCodes = projection.baseline().regions();
        var means = new double[seats][];
        var region = new int[seats];
        var labels = new int[seats][ShareVector.SIZE];
        var contenders = new int[seats][];
        double spread =
                Math.sqrt(2 * (u.national() * u.national() + u.regional() * u.regional() + u.seat() * u.seat()));
        for (int s = 0; s < seats; s++) {
            means[s] = projection.contenderMeans(s);
            region[s] = regionCodes.indexOf(projection.baseline().seat(s).regionCode());
            double[] m = means[s];
            double top = Arrays.stream(m).filter(x -> !Double.isNaN(x)).max().orElseThrow();
            contenders[s] = IntStream.range(0, ShareVector.SIZE)
                    .filter(p -> !Double.isNaN(m[p]) && top - m[p] <= REACH * spread)
                    .toArray();
            for (int p = 0; p < ShareVector.SIZE; p++) {
                Party c = projection.contender(s, p);
                labels[s][p] = c == null ? -1 : DrawnTotals.label(c);
            }
        }
        var totals = new int[DrawnTotals.WINNERS.size()][sims];
        int blocks = (sims + BLOCK - 1) / BLOCK;
        var master = new SplittableRandom(seed);
        var streams = new ArrayList<SplittableRandom>();
        for (int b = 0; b < blocks; b++) {
            streams.add(master.split());
        }
        int regions = regionCodes.size();
        long[][] wins = IntStream.range(0, blocks)
                .parallel()
                .mapToObj(b -> {
                    var random = streams.get(b);
                    var won = new long[seats][ShareVector.SIZE];
                    int first = b * BLOCK;
                    int count = Math.min(BLOCK, sims - first);
                    var national = new double[ShareVector.SIZE];
                    var regional = new double[regions][ShareVector.SIZE];
                    for (int k = 0; k < count; k++) {
                        for (int p = 0; p < ShareVector.SIZE; p++) {
                            national[p] = u.national() * gaussian(random);
                            for (int r = 0; r < regions; r++) {
                                regional[r][p] = u.regional() * gaussian(random);
                            }
                        }
                        for (int s = 0; s < seats; s++) {
                            int best = -1;
                            double top = Double.NEGATIVE_INFINITY;
                            for (int p : contenders[s]) {
                                double share = Math.max(
                                        0,
                                        means[s][p]
                                                + national[p]
                                                + regional[region[s]][p]
                                                + u.seat() * gaussian(random));
                                if (share > top) {
                                    top = share;
                                    best = p;
                                }
                            }
                            won[s][best]++;
                            totals[labels[s][best]][first + k]++;
                        }
                    }
                    return won;
                })
                .reduce((a, c) -> {
                    for (int s = 0; s < seats; s++) {
                        for (int p = 0; p < ShareVector.SIZE; p++) {
                            a[s][p] += c[s][p];
                        }
                    }
                    return a;
                })
                .orElseThrow();
        return new SampledSimulation(sims, wins, totals);
    }

    /** A standard normal draw by the polar method, from the block's own stream. */
    private static double gaussian(SplittableRandom random) {
        while (true) {
            double a = 2 * random.nextDouble() - 1;
            double b = 2 * random.nextDouble() - 1;
            double r = a * a + b * b;
            if (r > 0 && r < 1) {
                return a * Math.sqrt(-2 * Math.log(r) / r);
            }
        }
    }
}
