package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PollAverageTest {

    static final LocalDate DAY = LocalDate.of(2026, 7, 17);

    static Poll poll(String pollster, LocalDate end, Integer sample, double lab, double con, double ruk) {
        return new Poll(
                end.minusDays(1),
                end,
                pollster,
                sample,
                Map.of(Party.LAB, lab, Party.CON, con, Party.RUK, ruk, Party.OTH, 100 - lab - con - ruk),
                false);
    }

    @Test
    void weighsByRecencyAndSampleSize() {
        var settings = new PollAverage.Settings(14, 28, 3000);
        var polls = List.of(poll("A", DAY, 2000, 20, 20, 30), poll("B", DAY.minusDays(14), 1000, 30, 20, 20));

        var average = PollAverage.of(polls, DAY, settings);

        // weights: A 2000 × 1, B 1000 × 0.5 → 0.8 and 0.2
        assertThat(average.polls()).extracting(PollAverage.WeightedPoll::weight).containsExactly(0.8, 0.2);
        assertThat(average.shares().get(Party.LAB)).isCloseTo(0.22, within(1e-12));
        assertThat(average.shares().get(Party.RUK)).isCloseTo(0.28, within(1e-12));
    }

    @Test
    void takesOnlyEachPollstersLatestPollAndLeavesOutMrp() {
        var mrp = new Poll(DAY, DAY, "Big MRP", 20000, Map.of(Party.LAB, 50.0, Party.CON, 50.0), true);
        var polls = List.of(poll("A", DAY, 1000, 20, 20, 30), poll("A", DAY.minusDays(3), 1000, 40, 20, 10), mrp);

        var average = PollAverage.of(polls, DAY, PollAverage.Settings.DEFAULTS);

        assertThat(average.polls())
                .singleElement()
                .satisfies(w -> assertThat(w.poll().fieldworkEnd()).isEqualTo(DAY));
        assertThat(average.shares().get(Party.LAB)).isCloseTo(0.20, within(1e-12));
    }

    @Test
    void capsLargeSamples() {
        var settings = new PollAverage.Settings(14, 28, 1000);
        var polls = List.of(poll("A", DAY, 50_000, 20, 20, 30), poll("B", DAY, 1000, 30, 20, 20));

        var average = PollAverage.of(polls, DAY, settings);

        assertThat(average.shares().get(Party.LAB)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void ignoresPollsOutsideTheWindowOrAfterTheDate() {
        var polls =
                List.of(poll("A", DAY.minusDays(40), 1000, 20, 20, 30), poll("B", DAY.plusDays(1), 1000, 30, 20, 20));

        assertThatThrownBy(() -> PollAverage.of(polls, DAY, PollAverage.Settings.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no national poll ended in the 28 days to 2026-07-17");
    }

    @Test
    void refusesAnEmptyPollSet() {
        assertThatThrownBy(() -> PollAverage.of(List.of(), DAY, PollAverage.Settings.DEFAULTS))
                .hasMessageContaining("no national poll");
    }

    @Test
    void averagesAPartyOverThePollsThatReportIt() {
        var withSnp = new Poll(
                DAY, DAY, "A", 1000, Map.of(Party.LAB, 30.0, Party.CON, 30.0, Party.SNP, 4.0, Party.OTH, 36.0), false);
        var without = new Poll(DAY, DAY, "B", 1000, Map.of(Party.LAB, 30.0, Party.CON, 30.0, Party.OTH, 40.0), false);

        var average = PollAverage.of(List.of(withSnp, without), DAY, PollAverage.Settings.DEFAULTS);

        // SNP 4 from the poll that reports it; the total (104) is then scaled back to 100
        assertThat(average.shares().get(Party.SNP)).isCloseTo(4 / 102.0, within(1e-12));
    }

    @Test
    void refusesSillySettings() {
        assertThatThrownBy(() -> new PollAverage.Settings(0, 28, 1000)).hasMessageContaining("half-life");
        assertThatThrownBy(() -> new PollAverage.Settings(14, 0, 1000)).hasMessageContaining("window");
    }
}
