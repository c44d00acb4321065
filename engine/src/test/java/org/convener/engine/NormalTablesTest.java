package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tables the exact path reads, against slow integrals that share no code with them. */
class NormalTablesTest {

    @Test
    void theDistributionFunctionIsWithinItsStatedError() {
        double worstTable = 0;
        double worstDirect = 0;
        for (int i = 0; i <= 20_000; i++) {
            double x = -9.5 + i * 19.0 / 20_000 + 1e-4;
            double reference = BruteForce.cdf(x);
            worstTable = Math.max(worstTable, Math.abs(Gaussian.cdf(x) - reference));
            worstDirect = Math.max(worstDirect, Math.abs(Gaussian.cdfDirect(x) - reference));
        }
        assertThat(worstDirect).isLessThan(1e-12);
        assertThat(worstTable).isLessThan(2.5e-10);
    }

    @Test
    void theThreeWayTableMatchesItsIntegral() {
        double worstNode = 0;
        double worstBetween = 0;
        for (int i = 0; i < 400; i += 7) {
            for (int j = 0; j < 400; j += 11) {
                double a = -ThreeWay.LIMIT + i * ThreeWay.STEP;
                double b = -ThreeWay.LIMIT + j * ThreeWay.STEP;
                worstNode = Math.max(worstNode, Math.abs(ThreeWay.TABLE[i * ThreeWay.SIDE + j] - integral(a, b)));
                double ma = a + ThreeWay.STEP / 2;
                double mb = b + ThreeWay.STEP / 2;
                worstBetween = Math.max(worstBetween, Math.abs(ThreeWay.chance(ma, mb) - integral(ma, mb)));
            }
        }
        assertThat(worstNode).isLessThan(1e-8);
        assertThat(worstBetween).isLessThan(1e-4);
    }

    /** ∫ φ(z) Φ(a + z) Φ(b + z) dz by Simpson's rule. */
    private static double integral(double a, double b) {
        int steps = 2_000;
        double h = 20.0 / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double z = -10 + i * h;
            double f = BruteForce.density(z) * BruteForce.cdf(a + z) * BruteForce.cdf(b + z);
            sum += (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return sum * h / 3;
    }
}
