package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants every model keeps, whatever the baseline and the targets. */
class ProjectionPropertiesTest {

    record Case(Baseline baseline, ShareVector target) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<double[]> shares = Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(ShareVector.SIZE)
                .filter(v -> java.util.Arrays.stream(v).sum() > 0.05)
                .map(Fixtures::normalised);
        Arbitrary<List<double[]>> seats = shares.list().ofMinSize(1).ofMaxSize(30);
        Arbitrary<List<Integer>> sizes = Arbitraries.integers().between(1000, 100_000).list().ofSize(30);
        return Combinators.combine(seats, sizes, shares).as((s, n, target) -> {
            var list = new ArrayList<SeatBaseline>();
            for (int i = 0; i < s.size(); i++) {
                double[] v = s.get(i).clone();
                // England: no SNP or Plaid vote
                v[Party.GB_MODEL.indexOf(Party.SNP)] = 0;
                v[Party.GB_MODEL.indexOf(Party.PC)] = 0;
                list.add(Fixtures.english(i + 1, Fixtures.normalised(v), n.get(i)));
            }
            double[] t = target.clone();
            t[Party.GB_MODEL.indexOf(Party.SNP)] = 0;
            t[Party.GB_MODEL.indexOf(Party.PC)] = 0;
            return new Case(new Baseline(list), ShareVector.of(Fixtures.normalised(t)));
        });
    }

    @Property(tries = 300)
    void sharesAreNonNegativeAndSumToOne(@ForAll("cases") Case c, @ForAll SwingModel model) {
        var projection = Projection.of(c.baseline(), Targets.national(c.target()), model, ModelOptions.DEFAULTS);
        for (int s = 0; s < projection.size(); s++) {
            double[] v = projection.shares(s).toArray();
            assertThat(java.util.Arrays.stream(v).min().orElseThrow()).isGreaterThanOrEqualTo(0);
            assertThat(java.util.Arrays.stream(v).sum()).isCloseTo(1.0, within(1e-9));
        }
    }

    @Property(tries = 300)
    void transitionModelsMeetTheNationalTargetExactly(@ForAll("cases") Case c) {
        for (SwingModel model : List.of(SwingModel.TM, SwingModel.STM)) {
            var projection = Projection.of(c.baseline(), Targets.national(c.target()), model, ModelOptions.DEFAULTS);
            for (Party party : Party.GB_MODEL) {
                assertThat(projection.nationalShares().get(party)).as(model + " " + party)
                        .isCloseTo(c.target().get(party), within(1e-7));
            }
        }
    }

    @Property(tries = 300)
    void seatsWonAddUpToTheSeats(@ForAll("cases") Case c, @ForAll SwingModel model) {
        var projection = Projection.of(c.baseline(), Targets.national(c.target()), model, ModelOptions.DEFAULTS);
        assertThat(projection.seatsWon().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(c.baseline().size());
    }

    @Property(tries = 40)
    void simulatedTotalsAndChancesAddUp(@ForAll("cases") Case c, @ForAll SwingModel model) {
        var projection = Projection.of(c.baseline(), Targets.national(c.target()), model, ModelOptions.DEFAULTS);
        var result = Simulation.run(projection, new Uncertainty(0.02, 0.01, 0.03), 3000, 7);
        double meanTotal = result.totals().values().stream().mapToDouble(SeatTotals::mean).sum();
        assertThat(meanTotal).isCloseTo(c.baseline().size(), within(1e-9));
        for (int s = 0; s < projection.size(); s++) {
            assertThat(result.winProbabilities(s).values().stream().mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(1.0, within(1e-12));
        }
        result.totals().values().forEach(t -> {
            assertThat(t.p05()).isLessThanOrEqualTo(t.median());
            assertThat(t.median()).isLessThanOrEqualTo(t.p95());
        });
    }
}
