package org.convener.engine;

/**
 * Shares out the votes that declining parties release in each seat among the gaining parties:
 * in proportion to their national gains, among those that stand in the seat, balanced by
 * iterative proportional fitting so that every gaining party reaches its national target.
 */
final class GainAllocation {

    private static final int MAX_ITERATIONS = 500;
    private static final double CONVERGED = 1e-13;

    private GainAllocation() {}

    /**
     * @param released votes released in each seat, as a share of the seat's vote
     * @param weights each seat's share of the area's vote
     * @param gains each party's national gain (zero for parties not gaining)
     * @param stands whether each party stands in each seat
     * @return the votes each party gains in each seat, seat × party
     */
    static double[][] allocate(double[] released, double[] weights, double[] gains, boolean[][] stands) {
        int seats = released.length;
        int parties = gains.length;
        var factors = gains.clone();
        var allocation = new double[seats][parties];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            var totals = new double[parties];
            for (int s = 0; s < seats; s++) {
                double eligible = 0;
                for (int q = 0; q < parties; q++) {
                    if (gains[q] > 0 && stands[s][q]) {
                        eligible += factors[q];
                    }
                }
                for (int q = 0; q < parties; q++) {
                    allocation[s][q] =
                            gains[q] > 0 && stands[s][q] && eligible > 0 ? released[s] * factors[q] / eligible : 0;
                    totals[q] += weights[s] * allocation[s][q];
                }
            }
            double worst = 0;
            for (int q = 0; q < parties; q++) {
                if (gains[q] > 0 && totals[q] > 0) {
                    worst = Math.max(worst, Math.abs(totals[q] - gains[q]));
                    factors[q] *= gains[q] / totals[q];
                }
            }
            if (worst < CONVERGED) {
                break;
            }
        }
        return allocation;
    }
}
