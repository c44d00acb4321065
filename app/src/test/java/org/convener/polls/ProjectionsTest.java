package org.convener.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.engine.Backtest;
import org.convener.engine.Party;
import org.convener.engine.ShareVector;
import org.convener.engine.SwingModel;
import org.convener.engine.Uncertainty;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvenerTest
class ProjectionsTest {

    @Autowired
    DatasetImports imports;

    @Autowired
    Projections projections;

    @Autowired
    Polls polls;

    @BeforeEach
    void officialData() {
        OfficialData.imported(imports);
    }

    @Test
    void projectsTheGbSeatsAndHoldsNorthernIrelandAndTheSpeaker() {
        assertThat(projections.projectedSeats()).hasSize(631);
        assertThat(projections.heldSeats().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(19);
        assertThat(projections.heldSeats()).containsEntry(Party.SPK, 1).containsEntry(Party.SF, 7);
        // the 2024 GB shares over the projected seats: Labour 34.6 and Reform 14.7 as the Library counts GB
        var shares = projections.baseline2024().shares();
        assertThat(shares.get(Party.LAB)).isCloseTo(0.346, within(0.002));
        assertThat(shares.get(Party.RUK)).isCloseTo(0.147, within(0.002));
    }

    /** The target of the issue: the best model calls at least 85% of the 632 GB seats from a perfect poll. */
    @Test
    void theBestModelCallsAtLeast85PercentOfSeatsInTheBacktest() {
        Backtest best = null;
        for (SwingModel model : SwingModel.values()) {
            for (boolean tactical : new boolean[] {false, true}) {
                Backtest b = projections.backtest(model, tactical);
                assertThat(b.seats()).isEqualTo(632);
                if (best == null || b.correct() > best.correct()) {
                    best = b;
                }
            }
        }
        assertThat(best.accuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(best.model()).isEqualTo(SwingModel.TM);
        assertThat(best.meanAbsoluteSeatError()).isLessThan(5);
        // plain uniform swing lands where the literature puts it, between 75% and 80%
        assertThat(projections.backtest(SwingModel.UNS, false).accuracy()).isBetween(0.75, 0.80);
    }

    @Test
    void backtestCountsTheActual2024Winners() {
        Backtest b = projections.backtest(SwingModel.TM, false);
        assertThat(b.actualSeats())
                .containsEntry(Party.LAB, 411)
                .containsEntry(Party.CON, 121)
                .containsEntry(Party.LD, 72)
                .containsEntry(Party.RUK, 5);
        // the five GB Independents and the Speaker count as Oth in the GB model (North Down's is in Northern Ireland)
        assertThat(b.actualSeats().get(Party.OTH)).isEqualTo(5 + 1);
    }

    @Test
    void theCurrentProjectionFollowsThePollAverage() {
        var average = polls.currentAverage().orElseThrow();
        assertThat(average.asOf()).isEqualTo(LocalDate.of(2026, 7, 17));
        assertThat(average.polls())
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(p -> assertThat(p.poll().mrp()).isFalse());
        var run = projections.current().orElseThrow();
        assertThat(run.scenario().shares()).isEqualTo(average.shares());
        assertThat(run.scenario().model()).isEqualTo(SwingModel.TM);
        // every contender's chance, independents and other candidates included, adds up to one
        for (int s = 0; s < run.seats().size(); s++) {
            double total = run.simulation().winProbabilities(s).values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
            assertThat(total).isCloseTo(1.0, within(1e-6));
        }
    }

    @Test
    void aScenarioIsReproducibleAndAnsweredFromMemoryTheSecondTime() {
        var scenario = new Scenario(
                ShareVector.parse("Con=18,Lab=22,LD=12,RUK=30,Green=10,SNP=2.5,PC=0.7"),
                SwingModel.UNS,
                false,
                false,
                new Uncertainty(0.02, 0, 0.03),
                20_000,
                9);
        var first = projections.run(scenario);
        var again = projections.run(scenario);
        assertThat(again).isSameAs(first);
        var equal = new Scenario(
                scenario.shares(), SwingModel.UNS, false, false, new Uncertainty(0.02, 0, 0.03), 20_000, 9);
        assertThat(projections.run(equal).simulation().totals())
                .isEqualTo(first.simulation().totals());
    }
}
