package org.convener.engine;

/**
 * Reference values computed the slow, obvious way, sharing no code with the engine: the normal
 * distribution function by Simpson's rule on a fine grid, and each contender's chance by Simpson's
 * rule over its own error in two thousand steps.
 */
final class BruteForce {

    private static final double FROM = -12;
    private static final double STEP = 1.0 / 1024;
    private static final double[] CDF = cdfTable();

    private BruteForce() {}

    /** Φ(x), to about 1e-13. */
    static double cdf(double x) {
        if (x <= FROM) {
            return 0;
        }
        if (x >= -FROM) {
            return 1;
        }
        double position = (x - FROM) / STEP;
        int i = (int) position;
        double start = FROM + i * STEP;
        // Φ(x) = Φ(start) + ∫ φ over [start, x], by Simpson's rule on that short piece
        double h = x - start;
        return CDF[i] + h / 6 * (density(start) + 4 * density(start + h / 2) + density(x));
    }

    static double density(double x) {
        return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
    }

    private static double[] cdfTable() {
        int n = (int) Math.round(-2 * FROM / STEP) + 1;
        var table = new double[n];
        for (int i = 1; i < n; i++) {
            double a = FROM + (i - 1) * STEP;
            table[i] = table[i - 1] + STEP / 6 * (density(a) + 4 * density(a + STEP / 2) + density(a + STEP));
        }
        return table;
    }

    /**
     * The chance that contender {@code party} has the highest share when each share is its centre
     * plus an independent normal error of standard deviation {@code sd}; {@code NaN} centres do not stand.
     */
    static double winChance(double[] centres, int party, double sd) {
        int steps = 2_000;
        double from = -10;
        double h = -2 * from / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double z = from + i * h;
            double product = density(z);
            for (int q = 0; q < centres.length; q++) {
                if (q != party && !Double.isNaN(centres[q])) {
                    product *= cdf((centres[party] - centres[q]) / sd + z);
                }
            }
            sum += (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * product;
        }
        return sum * h / 3;
    }
}
