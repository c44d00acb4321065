package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OtherCandidatesTest {

    private static SeatBaseline seat(int n, double[] shares, OtherCandidate other) {
        return new SeatBaseline(
                ConstituencyCode.of(String.format("E14%06d", n)),
                "Seat " + n,
                Nation.ENGLAND,
                "E12000001",
                shares,
                40_000,
                other,
                null);
    }

    @Test
    void aSeatWithAnIndependentIncumbentProjectsThatCandidate() {
        // an independent MP with 45% of the vote; Oth is 48% in all
        double[] shares = Fixtures.percent(12, 30, 3, 5, 2, 0, 0, 48);
        var incumbent = new OtherCandidate("Jo Bloggs", Party.IND, "Independent", 0.45);
        var baseline = new Baseline(
                List.of(seat(1, shares, incumbent), seat(2, Fixtures.percent(35, 40, 10, 10, 5, 0, 0, 0), null)));
        var projection =
                Projection.of(baseline, Targets.national(baseline.shares()), SwingModel.TM, ModelOptions.DEFAULTS);

        assertThat(baseline.seat(0).leader()).isEqualTo(Party.IND);
        assertThat(projection.winner(0)).isEqualTo(Party.IND);
        assertThat(projection.otherCandidate(0).orElseThrow().candidate().label())
                .isEqualTo("Jo Bloggs (Independent)");
        assertThat(projection.otherCandidate(0).orElseThrow().share()).isCloseTo(0.45, within(1e-9));

        var result = Simulation.run(projection, new Uncertainty(0.02, 0.01, 0.03), 5_000, 1);
        assertThat(result.favourite(0)).isEqualTo(Party.IND);
        assertThat(result.winProbability(0, Party.IND)).isGreaterThan(0.99);
        assertThat(result.totals(Party.IND).median()).isEqualTo(1);
    }

    @Test
    void otherCandidatesTakenTogetherNeverWin() {
        // half the vote for ten small candidates of 5% each: together ahead, each far behind
        double[] shares = Fixtures.percent(20, 30, 0, 0, 0, 0, 0, 50);
        var strongest = new OtherCandidate("A. Candidate", Party.OTH, "Some Local Party", 0.05);
        var baseline = new Baseline(List.of(seat(1, shares, strongest), seat(2, shares, null)));
        var projection =
                Projection.of(baseline, Targets.national(baseline.shares()), SwingModel.UNS, ModelOptions.DEFAULTS);

        for (int s = 0; s < 2; s++) {
            assertThat(projection.shares(s).get(Party.OTH)).isCloseTo(0.5, within(1e-9));
            assertThat(projection.winner(s)).isEqualTo(Party.LAB);
            assertThat(baseline.seat(s).leader()).isEqualTo(Party.LAB);
        }
        var result = Simulation.run(projection, new Uncertainty(0.02, 0, 0.03), 5_000, 1);
        // the seat without a named candidate has no other contender at all
        assertThat(result.winProbabilities(1)).containsOnlyKeys(Party.CON, Party.LAB, Party.LD, Party.RUK, Party.GREEN);
        assertThat(result.winProbability(0, Party.OTH)).isLessThan(1e-6); // the strongest alone, 25 points behind
        assertThat(projection.seatsWon()).containsOnlyKeys(Party.LAB);
        assertThat(result.totals(Party.LAB).median()).isEqualTo(2);
    }

    @Test
    void everyModelsCentresSumToOneInEverySeat() {
        var projection = SimulationTest.fragmented(SwingModel.PS);
        for (SwingModel model : SwingModel.values()) {
            var p = Projection.of(
                    projection.baseline(),
                    Targets.national(ShareVector.parse("Con=18,Lab=24,LD=12,RUK=30,Green=10,Oth=6")),
                    model,
                    ModelOptions.DEFAULTS);
            for (int s = 0; s < p.size(); s++) {
                double total = 0;
                for (double centre : p.mean(s)) {
                    total += centre;
                }
                assertThat(total).as(model + " seat " + s).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    @Test
    void proportionalSwingAddsItsErrorsToTheNormalisedShares() {
        var projection = SimulationTest.fragmented(SwingModel.PS);
        for (int s = 0; s < projection.size(); s++) {
            assertThat(projection.mean(s)).containsExactly(projection.shares(s).toArray(), within(1e-12));
        }
    }
}
