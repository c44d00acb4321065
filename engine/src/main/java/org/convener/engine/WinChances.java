package org.convener.engine;

/**
 * Each contender's exact chance of winning a seat when every contender's share gets an
 * independent normal error of the same spread τ (the national, regional and seat errors added
 * together): with centres μ, party p wins with probability
 *
 * <pre>  P(p) = ∫ φ(u - g_p) Π_{q≠p} Φ(u - g_q) du,   g_q = (μ_q - μ_leader)/τ,</pre>
 *
 * one integral over the leader's share. Two contenders have the closed form Φ((μ_p - μ_q)/(τ√2)).
 * The integral runs over u in [-9, 9] (outside it the integrand is below 1e-18) by the trapezoidal
 * rule with step 1/4, which for these smooth integrands is exact to 1e-13; with the table's error
 * in Φ and φ, each chance is within 1e-8 of the exact value. A contender trailing the leader by more
 * than 8.5·τ·√2 has a chance below 1e-17 and is given none.
 */
final class WinChances {

    private static final double STEP = 0.25;
    private static final int NODES = (int) Math.round(2 * Gaussian.LIMIT / STEP) + 1;
    private static final double HOPELESS = 8.5;

    private WinChances() {}

    /**
     * @param means contenders' centres, {@code NaN} for one that does not stand
     * @param tau the standard deviation of each contender's total error
     * @return each contender's chance of winning, zero where {@code NaN}
     */
    static double[] of(double[] means, double tau) {
        int n = means.length;
        var chances = new double[n];
        int leader = -1;
        for (int p = 0; p < n; p++) {
            if (!Double.isNaN(means[p]) && (leader < 0 || means[p] > means[leader])) {
                leader = p;
            }
        }
        if (tau == 0) {
            chances[leader] = 1;
            return chances;
        }
        var gaps = new double[n];
        var live = new int[n];
        int k = 0;
        for (int p = 0; p < n; p++) {
            if (!Double.isNaN(means[p]) && (means[leader] - means[p]) / (tau * Math.sqrt(2)) < HOPELESS) {
                gaps[k] = (means[p] - means[leader]) / tau;
                live[k++] = p;
            }
        }
        if (k == 1) {
            chances[leader] = 1;
            return chances;
        }
        if (k == 2) {
            double first = Gaussian.cdf((gaps[0] - gaps[1]) / Math.sqrt(2));
            chances[live[0]] = first;
            chances[live[1]] = 1 - first;
            return chances;
        }
        var sums = new double[k];
        var cdf = new double[k];
        var prefix = new double[k + 1];
        for (int i = 0; i < NODES; i++) {
            double u = -Gaussian.LIMIT + i * STEP;
            for (int q = 0; q < k; q++) {
                cdf[q] = Gaussian.cdf(u - gaps[q]);
            }
            prefix[0] = 1;
            for (int q = 0; q < k; q++) {
                prefix[q + 1] = prefix[q] * cdf[q];
            }
            double suffix = 1;
            for (int q = k - 1; q >= 0; q--) {
                sums[q] += Gaussian.density(u - gaps[q]) * prefix[q] * suffix;
                suffix *= cdf[q];
            }
        }
        double total = 0;
        for (int q = 0; q < k; q++) {
            total += sums[q];
        }
        for (int q = 0; q < k; q++) {
            chances[live[q]] = sums[q] / total; // the trapezoid's weights cancel
        }
        return chances;
    }
}
