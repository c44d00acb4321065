package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants every model keeps, whatever the baseline and the targets. */
class ProjectionPropertiesTest {

    record Case(Baseline baseline, ShareVector target) {}

    /** Shares of the eight modelled parties, normalised, with no SNP or Plaid vote (English seats). */
    private static Gen<double[]> englishShares() {
        return lists().of(doubles().between(0, 1))
                .ofSize(ShareVector.SIZE)
                .map(list -> list.stream().mapToDouble(Double::doubleValue).toArray())
                .map(v -> {
                    v[Party.GB_MODEL.indexOf(Party.SNP)] = 0;
                    v[Party.GB_MODEL.indexOf(Party.PC)] = 0;
                    // a seat needs some vote to share out
                    if (Arrays.stream(v).sum() < 0.05) {
                        v[Party.GB_MODEL.indexOf(Party.LAB)] += 0.05;
                    }
                    return v;
                })
                .map(Fixtures::normalised);
    }

    private static Gen<Case> cases() {
        Gen<List<double[]>> seats = lists().of(englishShares()).ofSizeBetween(1, 30);
        Gen<List<Integer>> sizes = lists().of(integers().between(1000, 100_000)).ofSize(30);
        return seats.zip(sizes, englishShares(), (s, n, target) -> {
            var list = new ArrayList<SeatBaseline>();
            for (int i = 0; i < s.size(); i++) {
                list.add(Fixtures.english(i + 1, s.get(i), n.get(i)));
            }
            return new Case(new Baseline(list), ShareVector.of(target));
        });
    }

    private static Gen<SwingModel> models() {
        return arbitrary().enumValues(SwingModel.class);
    }

    @Test
    void sharesAreNonNegativeAndSumToOne() {
        qt().withExamples(300).forAll(cases(), models()).checkAssert((c, model) -> {
            var projection = Projection.of(c.baseline(), Targets.national(c.target()), model, ModelOptions.DEFAULTS);
            for (int s = 0; s < projection.size(); s++) {
                double[] v = projection.shares(s).toArray();
                assertThat(Arrays.stream(v).min().orElseThrow()).isGreaterThanOrEqualTo(0);
                assertThat(Arrays.stream(v).sum()).isCloseTo(1.0, within(1e-9));
            }
        });
    }

    @Test
    void transitionModelsMeetTheNationalTargetExactly() {
        qt().withExamples(300).forAll(cases()).checkAssert(c -> {
            for (SwingModel model : List.of(SwingModel.TM, SwingModel.STM)) {
                var projection =
                        Projection.of(c.baseline(), Targets.national(c.target()), model, ModelOptions.DEFAULTS);
                for (Party party : Party.GB_MODEL) {
                    assertThat(projection.nationalShares().get(party))
                            .as(model + " " + party)
                            .isCloseTo(c.target().get(party), within(1e-7));
                }
            }
        });
    }

    @Test
    void seatsWonAddUpToTheSeats() {
        qt().withExamples(300).forAll(cases(), models()).checkAssert((c, model) -> {
            var projection = Projection.of(c.baseline(), Targets.national(c.target()), model, ModelOptions.DEFAULTS);
            assertThat(projection.seatsWon().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(c.baseline().size());
        });
    }

    @Test
    void simulatedTotalsAndChancesAddUp() {
        qt().withExamples(40).forAll(cases(), models()).checkAssert((c, model) -> {
            var projection = Projection.of(c.baseline(), Targets.national(c.target()), model, ModelOptions.DEFAULTS);
            var result = Simulation.run(projection, new Uncertainty(0.02, 0.01, 0.03), 3000, 7);
            double meanTotal = result.totals().values().stream()
                    .mapToDouble(SeatTotals::mean)
                    .sum();
            assertThat(meanTotal).isCloseTo(c.baseline().size(), within(1e-9));
            for (int s = 0; s < projection.size(); s++) {
                assertThat(result.winProbabilities(s).values().stream()
                                .mapToDouble(Double::doubleValue)
                                .sum())
                        .isCloseTo(1.0, within(1e-12));
            }
            result.totals().values().forEach(t -> {
                assertThat(t.p05()).isLessThanOrEqualTo(t.median());
                assertThat(t.median()).isLessThanOrEqualTo(t.p95());
            });
        });
    }
}
