package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact path against two independent references: a brute-force integral for each seat's
 * chances, and the plain sampling path (every error drawn) for the chances and the seat totals.
 */
class SimulationTest {

    static final Uncertainty NATIONAL = new Uncertainty(0.02, 0, 0.03);
    static final Uncertainty REGIONAL = new Uncertainty(0.02, 0.01, 0.03);

    /** Eighty English seats in two regions, shares spread like a fragmented election, a few with a strong independent. */
    static Projection fragmented(SwingModel model) {
        var random = new Random(2024);
        var seats = new ArrayList<SeatBaseline>();
        for (int i = 0; i < 80; i++) {
            double con = 10 + 35 * random.nextDouble();
            double lab = 15 + 40 * random.nextDouble();
            double ld = 3 + 20 * random.nextDouble();
            double ruk = 5 + 25 * random.nextDouble();
            double green = 2 + 8 * random.nextDouble();
            double oth = i % 10 == 0 ? 25 + 10 * random.nextDouble() : 1 + 3 * random.nextDouble();
            double[] shares = Fixtures.percent(con, lab, ld, ruk, green, 0, 0, oth);
            var independent = new OtherCandidate("Candidate " + i, Party.IND, null, shares[7] * 0.9);
            seats.add(new SeatBaseline(
                    ConstituencyCode.of(String.format("E14%06d", i + 1)),
                    "Seat " + i,
                    Nation.ENGLAND,
                    i < 40 ? "E12000001" : "E12000002",
                    shares,
                    40_000 + random.nextInt(20_000),
                    independent,
                    null));
        }
        return Projection.of(
                new Baseline(seats),
                Targets.national(ShareVector.parse("Con=18,Lab=24,LD=12,RUK=30,Green=10,Oth=6")),
                model,
                ModelOptions.DEFAULTS);
    }

    /** Twelve seats where two or three parties are within half a point, in England, Scotland and Wales. */
    static Projection nearTies() {
        var seats = new ArrayList<SeatBaseline>();
        String[] codes = {
            "E14000001",
            "E14000002",
            "E14000003",
            "E14000004",
            "S14000001",
            "S14000002",
            "W07000001",
            "W07000002",
            "E14000005",
            "E14000006",
            "S14000003",
            "W07000003"
        };
        for (int i = 0; i < codes.length; i++) {
            Nation nation = Nation.ofOnsPrefix(codes[i].charAt(0));
            String region = switch (nation) {
                case SCOTLAND -> "S92000003";
                case WALES -> "W92000004";
                default -> "E12000001";
            };
            double tie = 30 + i * 0.1;
            double[] shares = switch (nation) {
                case SCOTLAND -> Fixtures.percent(10, tie, 5, 15, 4, tie - 0.3, 0, 6);
                case WALES -> Fixtures.percent(12, tie, 5, tie - 0.2, 4, 0, tie - 0.4, 3);
                default -> Fixtures.percent(tie - 0.1, tie, 8, tie - 0.4, 4, 0, 0, 2);
            };
            seats.add(Fixtures.seat(codes[i], nation, region, shares, 30_000));
        }
        var baseline = new Baseline(seats);
        return Projection.of(baseline, Targets.national(baseline.shares()), SwingModel.UNS, ModelOptions.DEFAULTS);
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("fragmented, national errors", fragmented(SwingModel.UNS), NATIONAL),
                Arguments.of("fragmented, regional errors", fragmented(SwingModel.UNS), REGIONAL),
                Arguments.of("proportional swing, regional errors", fragmented(SwingModel.PS), REGIONAL),
                Arguments.of("near ties", nearTies(), REGIONAL),
                Arguments.of("near ties, small seat error", nearTies(), new Uncertainty(0.03, 0.02, 0.005)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyChanceMatchesABruteForceIntegral(String name, Projection projection, Uncertainty u) {
        var result = Simulation.run(projection, u, 2_000, 1);
        double sd = Math.sqrt(u.national() * u.national() + u.regional() * u.regional() + u.seat() * u.seat());
        for (int s = 0; s < projection.size(); s++) {
            double[] centres = projection.contenderMeans(s);
            for (int p = 0; p < centres.length; p++) {
                if (Double.isNaN(centres[p])) {
                    continue;
                }
                assertThat(result.winProbability(s, projection.contender(s, p)))
                        .as("seat %d, %s", s, projection.contender(s, p))
                        .isCloseTo(BruteForce.winChance(centres, p, sd), within(1e-8));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void chancesAndTotalsAgreeWithThePlainSimulation(String name, Projection projection, Uncertainty u) {
        int sims = 40_000;
        var exact = Simulation.run(projection, u, sims, 3);
        var sampled = SampledSimulation.run(projection, u, sims, 11);
        for (int s = 0; s < projection.size(); s++) {
            for (int p = 0; p < ShareVector.SIZE; p++) {
                Party contender = projection.contender(s, p);
                if (contender == null || Double.isNaN(projection.contenderMeans(s)[p])) {
                    continue;
                }
                double chance = exact.winProbability(s, contender);
                double error = Math.sqrt(Math.max(chance * (1 - chance), 1.0 / sims) / sims);
                assertThat(sampled.chance(s, p)).as("seat %d %s", s, contender).isCloseTo(chance, within(5 * error));
            }
        }
        assertTotalsAgree(projection, exact, sampled);
    }

    /**
     * Every kind of winner's distribution of seats: at every count, the two distribution functions
     * differ by less than four and a half standard errors of their difference, plus 0.0015 for
     * the approximations the exact path makes (docs/models.md).
     */
    static void assertTotalsAgree(Projection projection, SimulationResult exact, SampledSimulation sampled) {
        int sims = sampled.sims;
        for (int l = 0; l < DrawnTotals.WINNERS.size(); l++) {
            Party party = DrawnTotals.WINNERS.get(l);
            if (exact.totals(party) == null) {
                assertThat(sampled.mean(l)).as(party + " never wins").isZero();
                continue;
            }
            for (int k = 0; k <= projection.size(); k++) {
                double a = exact.totalsCdf(party, k);
                double b = sampled.cdf(l, k);
                double error = Math.sqrt(2 * Math.max(a * (1 - a), 1.0 / sims) / sims);
                assertThat(b).as("%s at most %d seats", party, k).isCloseTo(a, within(4.5 * error + 0.0015));
            }
            double spread = Math.sqrt(Math.max(1e-9, variance(sampled, l)) / sims);
            assertThat(exact.totals(party).mean())
                    .as(party + " mean")
                    .isCloseTo(sampled.mean(l), within(4.5 * spread + 1e-9));
        }
    }

    private static double variance(SampledSimulation sampled, int label) {
        double mean = sampled.mean(label);
        double sum = 0;
        for (int t : sampled.totals[label]) {
            sum += (t - mean) * (t - mean);
        }
        return sum / sampled.sims;
    }

    @Test
    void theSameSeedGivesTheSameResultAndAnotherSeedAnother() {
        var projection = fragmented(SwingModel.UNS);
        var one = Simulation.run(projection, REGIONAL, 20_000, 42);
        var two = Simulation.run(projection, REGIONAL, 20_000, 42);
        var other = Simulation.run(projection, REGIONAL, 20_000, 43);
        assertThat(one.totals()).isEqualTo(two.totals());
        boolean differs = false;
        for (int k = 0; k <= projection.size(); k++) {
            assertThat(one.totalsCdf(Party.LAB, k)).isEqualTo(two.totalsCdf(Party.LAB, k));
            differs |= one.totalsCdf(Party.LAB, k) != other.totalsCdf(Party.LAB, k);
        }
        assertThat(differs).isTrue();
    }

    @Test
    void chancesAddUpToOneAndMeanTotalsToTheSeats() {
        var projection = fragmented(SwingModel.TM);
        var result = Simulation.run(projection, REGIONAL, 5_000, 1);
        double seats =
                result.totals().values().stream().mapToDouble(SeatTotals::mean).sum();
        assertThat(seats).isCloseTo(projection.size(), within(1e-9));
        for (int s = 0; s < projection.size(); s++) {
            assertThat(result.winProbabilities(s).values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void withoutErrorsTheProjectionIsTheAnswer() {
        var projection = fragmented(SwingModel.UNS);
        var result = Simulation.run(projection, new Uncertainty(0, 0, 0), 100, 3);
        for (int s = 0; s < projection.size(); s++) {
            assertThat(result.winProbability(s, projection.winner(s))).isEqualTo(1.0);
        }
        int projected = projection.seatsWon().getOrDefault(Party.LAB, 0);
        assertThat(result.totals(Party.LAB).median()).isEqualTo(projected);
        assertThat(result.totals(Party.LAB).p05()).isEqualTo(projected);
    }

    @Test
    void withoutSharedErrorsSeatsAreIndependentAndTheTotalsExact() {
        var projection = nearTies();
        var result = Simulation.run(projection, new Uncertainty(0, 0, 0.03), 10, 1);
        // the chance of no Labour seat at all is the product of Labour's chances of losing each
        double none = 1;
        for (int s = 0; s < projection.size(); s++) {
            none *= 1 - result.winProbability(s, Party.LAB);
        }
        assertThat(result.totalsCdf(Party.LAB, 0)).isCloseTo(none, within(1e-12));
    }

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> new Uncertainty(-0.01, 0, 0.03))
                .hasMessage("the national standard deviation must be zero or more, was -0.01");
        assertThatThrownBy(() -> new Uncertainty(0.02, Double.NaN, 0.03)).hasMessageContaining("regional");
        assertThatThrownBy(() -> Simulation.run(fragmented(SwingModel.UNS), REGIONAL, 0, 1))
                .hasMessageContaining("at least 1");
    }

    static List<Integer> seats(Projection projection) {
        var list = new ArrayList<Integer>();
        for (int s = 0; s < projection.size(); s++) {
            list.add(s);
        }
        return list;
    }
}
