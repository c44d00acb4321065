package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulationTest {

    static Baseline baseline;
    static Projection projection;
    static final Uncertainty UNCERTAINTY = new Uncertainty(0.02, 0.01, 0.03);

    /** Eighty English seats in two regions, with shares spread like a fragmented election. */
    @BeforeAll
    static void projectSeats() {
        var random = new Random(2024);
        var seats = new ArrayList<SeatBaseline>();
        for (int i = 0; i < 80; i++) {
            double con = 10 + 35 * random.nextDouble();
            double lab = 15 + 40 * random.nextDouble();
            double ld = 3 + 20 * random.nextDouble();
            double ruk = 5 + 25 * random.nextDouble();
            double green = 2 + 8 * random.nextDouble();
            double oth = 1 + 3 * random.nextDouble();
            seats.add(Fixtures.seat(
                    String.format("E14%06d", i + 1),
                    Nation.ENGLAND,
                    i < 40 ? "E12000001" : "E12000002",
                    Fixtures.percent(con, lab, ld, ruk, green, 0, 0, oth),
                    40_000 + random.nextInt(20_000)));
        }
        baseline = new Baseline(seats);
        projection = Projection.of(
                baseline,
                Targets.national(ShareVector.parse("Con=18,Lab=24,LD=12,RUK=30,Green=10,Oth=6")),
                SwingModel.UNS,
                ModelOptions.DEFAULTS);
    }

    @Test
    void theSameSeedGivesTheSameResultAndAnotherSeedAnother() {
        var one = Simulation.run(projection, UNCERTAINTY, 20_000, 42);
        var two = Simulation.run(projection, UNCERTAINTY, 20_000, 42);
        var other = Simulation.run(projection, UNCERTAINTY, 20_000, 43);
        boolean differs = false;
        for (int s = 0; s < projection.size(); s++) {
            for (Party p : Party.GB_MODEL) {
                assertThat(one.winProbability(s, p)).isEqualTo(two.winProbability(s, p));
                differs |= one.winProbability(s, p) != other.winProbability(s, p);
            }
        }
        assertThat(one.totals()).isEqualTo(two.totals());
        assertThat(differs).isTrue();
    }

    /**
     * With independent normal errors of equal size for every party, a seat's win probabilities
     * are one-dimensional integrals: an implementation that shares no code with the simulation.
     */
    @Test
    void winProbabilitiesAgreeWithExactIntegrationWithinMonteCarloError() {
        int sims = 100_000;
        var result = Simulation.run(projection, UNCERTAINTY, sims, 1);
        double sd = Math.sqrt(0.02 * 0.02 + 0.01 * 0.01 + 0.03 * 0.03);
        double worst = 0;
        for (int s = 0; s < projection.size(); s++) {
            double[] means = projection.mean(s);
            for (int p = 0; p < means.length; p++) {
                if (p == Party.GB_MODEL.indexOf(Party.SNP) || p == Party.GB_MODEL.indexOf(Party.PC)) {
                    continue;
                }
                double exact = exactWinProbability(means, p, sd);
                double simulated = result.winProbability(s, Party.GB_MODEL.get(p));
                // the standard error, floored where a party's chance is too small for a normal approximation
                double error = Math.sqrt(Math.max(exact, 3.0 / sims) * (1 - exact) / sims);
                worst = Math.max(worst, Math.abs(simulated - exact) / error);
                assertThat(simulated)
                        .as("seat %d party %s", s, Party.GB_MODEL.get(p))
                        .isCloseTo(exact, within(5 * error));
            }
        }
        assertThat(worst).as("largest difference in standard errors").isLessThan(5);
    }

    /** Seat totals against a plain simulation: java.util.Random, every party drawn, no shortcuts. */
    @Test
    void seatTotalsAgreeWithAPlainSimulation() {
        int sims = 40_000;
        var fast = Simulation.run(projection, UNCERTAINTY, sims, 5);
        var random = new Random(11);
        int parties = ShareVector.SIZE;
        var totals = new int[parties][sims];
        List<String> regions = baseline.regions();
        for (int k = 0; k < sims; k++) {
            var national = new double[parties];
            var regional = new double[regions.size()][parties];
            for (int p = 0; p < parties; p++) {
                national[p] = 0.02 * random.nextGaussian();
                for (int r = 0; r < regions.size(); r++) {
                    regional[r][p] = 0.01 * random.nextGaussian();
                }
            }
            for (int s = 0; s < projection.size(); s++) {
                int r = regions.indexOf(baseline.seat(s).regionCode());
                double best = Double.NEGATIVE_INFINITY;
                int winner = 0;
                for (int p = 0; p < parties; p++) {
                    if (!Party.GB_MODEL.get(p).standsIn(Nation.ENGLAND)) {
                        continue;
                    }
                    double share = Math.max(
                            0, projection.mean(s)[p] + national[p] + regional[r][p] + 0.03 * random.nextGaussian());
                    if (share > best) {
                        best = share;
                        winner = p;
                    }
                }
                totals[winner][k]++;
            }
        }
        var plain = Simulation.quantiles(totals, projection.size());
        for (Party party : List.of(Party.CON, Party.LAB, Party.LD, Party.RUK)) {
            SeatTotals a = fast.totals(party);
            SeatTotals b = plain.get(party);
            assertThat(a.mean()).as(party + " mean").isCloseTo(b.mean(), within(0.4));
            assertThat(a.median()).as(party + " median").isCloseTo(b.median(), within(1.0));
            assertThat(a.p05()).as(party + " p05").isCloseTo(b.p05(), within(1.0));
            assertThat(a.p95()).as(party + " p95").isCloseTo(b.p95(), within(1.0));
        }
    }

    @Test
    void withoutErrorsTheProjectionIsTheAnswer() {
        var result = Simulation.run(projection, new Uncertainty(0, 0, 0), 100, 3);
        for (int s = 0; s < projection.size(); s++) {
            assertThat(result.winProbability(s, projection.winner(s))).isEqualTo(1.0);
        }
    }

    @Test
    void quantilesInterpolateAsNumpyDoes() {
        // values 0,1,2,...,9 once each: numpy.percentile(range(10), 5) == 0.45, 95 → 8.55, 50 → 4.5
        var counts = new int[10];
        java.util.Arrays.fill(counts, 1);
        assertThat(Simulation.quantile(counts, 10, 0.05)).isCloseTo(0.45, within(1e-12));
        assertThat(Simulation.quantile(counts, 10, 0.95)).isCloseTo(8.55, within(1e-12));
        assertThat(Simulation.quantile(counts, 10, 0.5)).isCloseTo(4.5, within(1e-12));
    }

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> new Uncertainty(-0.01, 0, 0.03))
                .hasMessage("the national standard deviation must be zero or more, was -0.01");
        assertThatThrownBy(() -> new Uncertainty(0.02, Double.NaN, 0.03)).hasMessageContaining("regional");
        assertThatThrownBy(() -> Simulation.run(projection, UNCERTAINTY, 0, 1)).hasMessageContaining("at least 1");
    }

    static double exactWinProbability(double[] means, int party, double sd) {
        int steps = 4000;
        double from = -9;
        double to = 9;
        double h = (to - from) / steps;
        double sum = 0;
        for (int i = 0; i <= steps; i++) {
            double z = from + i * h;
            double product = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
            for (int j = 0; j < means.length; j++) {
                if (j != party && j != Party.GB_MODEL.indexOf(Party.SNP) && j != Party.GB_MODEL.indexOf(Party.PC)) {
                    product *= cdf((means[party] - means[j]) / sd + z);
                }
            }
            sum += (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * product;
        }
        return sum * h / 3;
    }

    /** The normal distribution function (Abramowitz and Stegun 26.2.17, error below 7.5e-8). */
    static double cdf(double x) {
        if (x < 0) {
            return 1 - cdf(-x);
        }
        double t = 1 / (1 + 0.2316419 * x);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
    }
}
