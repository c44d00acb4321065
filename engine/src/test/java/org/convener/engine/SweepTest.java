package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepTest {

    /** Equal seats: Lab 50.5 / RUK 20, Lab 40.3 / RUK 30, Lab 60.1 / RUK 10 (the rest Con); national RUK 20. */
    static Baseline seats() {
        return Fixtures.of(List.of(
                Fixtures.percent(29.5, 50.5, 0, 20, 0, 0, 0, 0),
                Fixtures.percent(29.7, 40.3, 0, 30, 0, 0, 0, 0),
                Fixtures.percent(29.9, 60.1, 0, 10, 0, 0, 0, 0)));
    }

    @Test
    void findsEachSeatsTippingPointUnderUniformSwing() {
        var baseline = seats();
        var start = baseline.shares();
        Set<ConstituencyCode> all = Set.of(
                baseline.seat(0).code(),
                baseline.seat(1).code(),
                baseline.seat(2).code());

        // RUK's gain comes from Labour only: each point RUK gains, Labour loses, so a seat with
        // a Lab lead of d falls once RUK has gained d/2
        var sweep = Sweep.run(
                baseline,
                start,
                Party.RUK,
                List.of(Party.LAB),
                0.20,
                0.50,
                0.05,
                all,
                SwingModel.UNS,
                ModelOptions.DEFAULTS);

        var points = sweep.tippingPoints();
        assertThat(points)
                .extracting(Sweep.TippingPoint::code)
                .containsExactly(
                        baseline.seat(1).code(),
                        baseline.seat(0).code(),
                        baseline.seat(2).code());
        assertThat(points.get(0).share()).isCloseTo(0.252, within(1e-9)); // lead 10.3: RUK must pass 25.15
        assertThat(points.get(1).share()).isCloseTo(0.353, within(1e-9)); // lead 30.5: 35.25
        assertThat(points.get(2).share()).isCloseTo(0.451, within(1e-9)); // lead 50.1: 45.05
        assertThat(points.get(0).holder()).isEqualTo(Party.LAB);
        assertThat(sweep.steps()).extracting(s -> s.won().size()).containsExactly(0, 0, 1, 1, 2, 2, 3);
    }

    @Test
    void aSeatOutOfReachHasNoTippingPoint() {
        var baseline = seats();
        var sweep = Sweep.run(
                baseline,
                baseline.shares(),
                Party.RUK,
                List.of(Party.LAB),
                0.20,
                0.30,
                0.05,
                Set.of(baseline.seat(2).code()),
                SwingModel.UNS,
                ModelOptions.DEFAULTS);
        assertThat(sweep.tippingPoints())
                .singleElement()
                .satisfies(t -> assertThat(t.share()).isNull());
    }

    @Test
    void refusesARangeThatDoesNotRiseOrAGiverThatIsTheParty() {
        var baseline = seats();
        var set = Set.of(baseline.seat(0).code());
        assertThatThrownBy(() -> Sweep.run(
                        baseline,
                        baseline.shares(),
                        Party.RUK,
                        List.of(Party.LAB),
                        0.4,
                        0.2,
                        0.01,
                        set,
                        SwingModel.UNS,
                        ModelOptions.DEFAULTS))
                .hasMessageContaining("upwards");
        assertThatThrownBy(() -> Sweep.run(
                        baseline,
                        baseline.shares(),
                        Party.RUK,
                        List.of(Party.RUK),
                        0.2,
                        0.4,
                        0.01,
                        set,
                        SwingModel.UNS,
                        ModelOptions.DEFAULTS))
                .hasMessageContaining("other parties");
    }
}
