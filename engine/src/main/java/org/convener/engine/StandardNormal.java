package org.convener.engine;

/**
 * Fast standard normal draws for simulation: the inverse of the normal distribution function read
 * from a table of 4,096 equal-probability cells with linear interpolation inside each; the eight
 * outermost cells at each end (|z| beyond 2.88, one draw in 256) from a finer table of their own
 * (1,024 cells), and below probability 1.9e-6 at either end (|z| beyond 4.62) exactly from the tail.
 * Every cell carries exactly its probability; inside a cell the density is flat, which moves no
 * draw by more than 0.0005 of a standard deviation in the body, or 0.005 in the tails.
 *
 * <p>The random bits come from xoshiro256+, whose upper bits are of full quality; they choose the
 * cell and the lower ones place the draw inside it; each 64-bit output makes two draws. Each simulation block owns one instance.
 */
final class StandardNormal {

    private static final int CELL_BITS = 12;
    private static final int CELLS = 1 << CELL_BITS;
    private static final int TAIL_CELLS = 8;
    private static final int TAIL_SUBCELLS = 1024;
    /** The distribution function on a fine grid, from which both tables are read. */
    private static final double[] CDF = cdfGrid();

    private static final double[] QUANTILES = quantiles(CELLS, 1.0 / CELLS);
    /** Quantiles of the lower tail, probability 0 to 8/4096, in 1,024 equal steps. */
    private static final double[] TAIL_QUANTILES =
            quantiles(TAIL_SUBCELLS, (double) TAIL_CELLS / CELLS / TAIL_SUBCELLS);
    /** Where the exactly sampled tail begins: about 4.62. */
    private static final double DEEP = -TAIL_QUANTILES[1];

    private long s0;
    private long s1;
    private long s2;
    private long s3;

    StandardNormal(java.util.SplittableRandom seeds) {
        s0 = seeds.nextLong();
        s1 = seeds.nextLong();
        s2 = seeds.nextLong();
        s3 = seeds.nextLong();
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1;
        }
    }

    long nextLong() {
        long result = s0 + s3;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** A uniform draw in (0, 1). */
    double nextUniform() {
        return ((nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }

    double next() {
        return fromBits((int) (nextLong() >>> 32));
    }

    /**
     * A draw from 32 random bits: the upper 12 choose the cell, the lower 20 the place in it. A
     * 64-bit output therefore gives two independent draws.
     */
    double fromBits(int bits) {
        int cell = bits >>> (32 - CELL_BITS);
        if (cell < TAIL_CELLS || cell >= CELLS - TAIL_CELLS) {
            return cell < TAIL_CELLS ? tail(bits) : -tail(~bits);
        }
        double within = (bits & 0xFFFFF) * 0x1.0p-20;
        double low = QUANTILES[cell];
        return low + within * (QUANTILES[cell + 1] - low);
    }

    /**
     * A draw in the lower tail (the lowest eight cells) from its own finer table: 1,024 cells of
     * equal probability, and below the first (probability 1.9e-6) exactly from the tail.
     */
    private double tail(int bits) {
        int index = (bits >>> 13) & (TAIL_SUBCELLS - 1);
        if (index == 0) {
            return -(DEEP + tailExcess(DEEP));
        }
        double within = (bits & 0x1FFF) * 0x1.0p-13;
        double low = TAIL_QUANTILES[index];
        return low + within * (TAIL_QUANTILES[index + 1] - low);
    }

    /** How far beyond {@code from} a normal draw lies, given that it lies beyond it (Marsaglia's method). */
    private double tailExcess(double from) {
        while (true) {
            double x = -Math.log(nextUniform()) / from;
            double y = -Math.log(nextUniform());
            if (y + y > x * x) {
                return x;
            }
        }
    }

    /** The normal distribution function integrated with Simpson's rule on a fine grid (accurate to about 1e-13). */
    private static double[] cdfGrid() {
        double from = -9;
        int steps = 180_000;
        double h = 18.0 / steps;
        double scale = 1 / Math.sqrt(2 * Math.PI);
        var cdf = new double[steps + 1];
        cdf[0] = 1.1285884059538e-19; // Φ(-9)
        for (int i = 0; i < steps; i++) {
            double x0 = from + i * h;
            double xm = x0 + h / 2;
            double x1 = x0 + h;
            cdf[i + 1] = cdf[i]
                    + h / 6 * scale * (Math.exp(-x0 * x0 / 2) + 4 * Math.exp(-xm * xm / 2) + Math.exp(-x1 * x1 / 2));
        }
        return cdf;
    }

    /** The normal quantiles at probabilities i·step for i = 0..cells (the ends infinite when they are 0 or 1). */
    private static double[] quantiles(int cells, double step) {
        var quantiles = new double[cells + 1];
        int j = 0;
        for (int i = 1; i <= cells; i++) {
            double p = i * step;
            if (p >= 1) {
                quantiles[i] = Double.POSITIVE_INFINITY;
                continue;
            }
            while (CDF[j + 1] < p) {
                j++;
            }
            quantiles[i] = FROM_GRID + H_GRID * (j + (p - CDF[j]) / (CDF[j + 1] - CDF[j]));
        }
        quantiles[0] = Double.NEGATIVE_INFINITY;
        return quantiles;
    }

    private static final double FROM_GRID = -9;
    private static final double H_GRID = 18.0 / 180_000;

    /** The normal distribution function at cell boundary {@code i}/4096, for tests. */
    static double quantile(int cell) {
        return QUANTILES[cell];
    }
}
