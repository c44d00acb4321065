package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestTest {

    @Test
    void countsSeatsCalledCorrectlyAndTheSeatErrorPerParty() {
        // two regions of two seats; Labour gains 10 points in region 1 and loses 5 in region 2
        var before = new Baseline(List.of(
                Fixtures.seat(
                        "E14000001", Nation.ENGLAND, "E12000001", Fixtures.percent(45, 40, 15, 0, 0, 0, 0, 0), 1000),
                Fixtures.seat(
                        "E14000002", Nation.ENGLAND, "E12000001", Fixtures.percent(60, 25, 15, 0, 0, 0, 0, 0), 1000),
                Fixtures.seat(
                        "E14000003", Nation.ENGLAND, "E12000002", Fixtures.percent(30, 55, 15, 0, 0, 0, 0, 0), 1000),
                Fixtures.seat(
                        "E14000004", Nation.ENGLAND, "E12000002", Fixtures.percent(48, 45, 7, 0, 0, 0, 0, 0), 1000)));
        var after = new Baseline(List.of(
                Fixtures.seat(
                        "E14000001", Nation.ENGLAND, "E12000001", Fixtures.percent(35, 50, 15, 0, 0, 0, 0, 0), 1000),
                Fixtures.seat(
                        "E14000002", Nation.ENGLAND, "E12000001", Fixtures.percent(50, 35, 15, 0, 0, 0, 0, 0), 1000),
                Fixtures.seat(
                        "E14000003", Nation.ENGLAND, "E12000002", Fixtures.percent(35, 50, 15, 0, 0, 0, 0, 0), 1000),
                Fixtures.seat(
                        "E14000004", Nation.ENGLAND, "E12000002", Fixtures.percent(40, 52, 8, 0, 0, 0, 0, 0), 1000)));
        var winners = Map.of(
                ConstituencyCode.of("E14000001"), Party.LAB,
                ConstituencyCode.of("E14000002"), Party.CON,
                ConstituencyCode.of("E14000003"), Party.LAB,
                ConstituencyCode.of("E14000004"), Party.LAB);

        var backtest = Backtest.run(new Backtest.Pair(before, after, winners), SwingModel.UNS, ModelOptions.DEFAULTS);

        // region 2 swings Lab −5 + ... : seat 4 (Con 48, Lab 45) becomes Con 50.5, Lab 40 under UNS, a miss
        assertThat(backtest.seats()).isEqualTo(4);
        assertThat(backtest.correct()).isEqualTo(3);
        assertThat(backtest.predictions().get(ConstituencyCode.of("E14000004"))).isEqualTo(Party.CON);
        assertThat(backtest.predictedSeats()).containsEntry(Party.CON, 2).containsEntry(Party.LAB, 2);
        assertThat(backtest.actualSeats()).containsEntry(Party.CON, 1).containsEntry(Party.LAB, 3);
        // |2 − 1| for Con and |2 − 3| for Lab, over the eight modelled parties
        assertThat(backtest.meanAbsoluteSeatError()).isEqualTo(2 / 8.0);
    }
}
