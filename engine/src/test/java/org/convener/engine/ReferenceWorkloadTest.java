package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference workload of docs/performance.md on the 2024 result: every seat's chance within
 * 0.002 of a brute-force integral computed here (it is within 1e-7), and the seat totals within
 * Monte Carlo error of the plain simulation, with and without a regional error of one point.
 */
class ReferenceWorkloadTest {

    static Projection projection;

    @BeforeAll
    static void load() {
        Path dir = ReferenceData.directory().orElse(null);
        assumeTrue(dir != null, "the shared data folder is not here");
        projection = Projection.of(
                ReferenceData.baseline2024(dir),
                Targets.national(ShareVector.parse(ReferenceData.REFERENCE_SHARES)),
                SwingModel.UNS,
                ModelOptions.DEFAULTS);
        assertThat(projection.size()).isEqualTo(631);
    }

    @ParameterizedTest(name = "regional error {0} points")
    @ValueSource(doubles = {0, 1})
    void everySeatsChanceIsWithinTwoThousandthsOfTheIntegral(double regional) {
        var u = new Uncertainty(0.02, regional / 100, 0.03);
        var result = Simulation.run(projection, u, 1_000, 1);
        double sd = Math.sqrt(0.02 * 0.02 + regional * regional / 1e4 + 0.03 * 0.03);
        double worst = 0;
        for (int s = 0; s < projection.size(); s++) {
            double[] centres = projection.contenderMeans(s);
            for (int p = 0; p < centres.length; p++) {
                if (!Double.isNaN(centres[p])) {
                    double difference = Math.abs(result.winProbability(s, projection.contender(s, p))
                            - BruteForce.winChance(centres, p, sd));
                    worst = Math.max(worst, difference);
                }
            }
        }
        assertThat(worst).isLessThan(0.002).isLessThan(1e-7);
    }

    @ParameterizedTest(name = "regional error {0} points")
    @ValueSource(doubles = {0, 1})
    void seatTotalsAreWithinMonteCarloErrorOfThePlainSimulation(double regional) {
        var u = new Uncertainty(0.02, regional / 100, 0.03);
        int sims = 30_000;
        var exact = Simulation.run(projection, u, sims, 1);
        var sampled = SampledSimulation.run(projection, u, sims, 5);
        SimulationTest.assertTotalsAgree(projection, exact, sampled);
        assertThat(exact.totals(Party.RUK).median()).isCloseTo(284, within(3.0));
    }
}
