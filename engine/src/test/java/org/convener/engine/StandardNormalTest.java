package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StandardNormalTest {

    @Test
    void drawsHaveTheMomentsAndTailsOfTheStandardNormal() {
        var normal = new StandardNormal(new SplittableRandom(9));
        int n = 4_000_000;
        double sum = 0;
        double squares = 0;
        double fourth = 0;
        int beyond2 = 0;
        int beyond3 = 0;
        int beyond4 = 0;
        for (int i = 0; i < n; i++) {
            double x = normal.next();
            sum += x;
            squares += x * x;
            fourth += x * x * x * x;
            beyond2 += Math.abs(x) > 2 ? 1 : 0;
            beyond3 += Math.abs(x) > 3 ? 1 : 0;
            beyond4 += Math.abs(x) > 4 ? 1 : 0;
        }
        assertThat(sum / n).isCloseTo(0, within(0.003));
        assertThat(squares / n).isCloseTo(1, within(0.004));
        assertThat(fourth / n).isCloseTo(3, within(0.03));
        // two-sided tail probabilities of the normal: 0.0455, 0.0027, 0.0000633
        assertThat(beyond2 / (double) n).isCloseTo(0.04550, within(0.0005));
        assertThat(beyond3 / (double) n).isCloseTo(0.00270, within(0.0001));
        assertThat(beyond4 / (double) n).isCloseTo(0.0000633, within(0.00002));
    }

    @Test
    void cellBoundariesAreTheNormalQuantiles() {
        // quantiles of the standard normal at 1/4096, 1/4, 1/2 and 3/4
        assertThat(StandardNormal.quantile(1)).isCloseTo(-3.4871041041, within(1e-9));
        assertThat(StandardNormal.quantile(1024)).isCloseTo(-0.6744897502, within(1e-9));
        assertThat(StandardNormal.quantile(2048)).isCloseTo(0, within(1e-12));
        assertThat(StandardNormal.quantile(3072)).isCloseTo(0.6744897502, within(1e-9));
    }

    @Test
    void interpolationInsideACellMovesNoDrawFarFromItsExactQuantile() {
        // the exact quantile at each cell's midpoint against the straight line between its boundaries
        double worst = 0;
        for (int cell = 8; cell < 4088; cell++) {
            double p = (cell + 0.5) / 4096;
            double exact = inverse(p);
            double interpolated = (StandardNormal.quantile(cell) + StandardNormal.quantile(cell + 1)) / 2;
            worst = Math.max(worst, Math.abs(exact - interpolated));
        }
        assertThat(worst).isLessThan(0.0005);
    }

    /** The normal quantile by bisection on an independent distribution function. */
    private static double inverse(double p) {
        double low = -9;
        double high = 9;
        for (int i = 0; i < 100; i++) {
            double mid = (low + high) / 2;
            if (BruteForce.cdf(mid) < p) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }
}
