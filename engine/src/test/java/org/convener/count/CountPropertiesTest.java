package org.convener.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties every count keeps, on elections made up at random. */
class CountPropertiesTest {

    /** A made-up election: 2 to 7 candidates, 1 to 60 lines of ballots with weights 1 to 5. */
    static Gen<Election> elections(int seats) {
        Gen<List<Integer>> ranking = lists().of(integers().between(0, 6)).ofSizeBetween(0, 7);
        Gen<List<List<Integer>>> rankings = lists().of(ranking).ofSizeBetween(1, 60);
        Gen<List<Integer>> weights = lists().of(integers().between(1, 5)).ofSize(60);
        return integers().between(Math.max(2, seats), 7).zip(rankings, weights, (n, rs, ws) -> {
            var candidates = new ArrayList<Candidate>();
            for (int i = 1; i <= n; i++) {
                candidates.add(new Candidate(i, "Candidate " + (char) ('A' + i - 1)));
            }
            var ballots = new ArrayList<Ballot>();
            for (int i = 0; i < rs.size(); i++) {
                var distinct = new LinkedHashSet<Integer>();
                rs.get(i).forEach(c -> distinct.add(c % n));
                ballots.add(new Ballot(
                        ws.get(i), distinct.stream().mapToInt(Integer::intValue).toArray()));
            }
            return new Election("Made up", seats, candidates, ballots);
        });
    }

    @Test
    void instantRunoffElectsWhomStvElectsToOneSeat() {
        qt().withExamples(400).forAll(elections(1)).checkAssert(e -> {
            var irv = new InstantRunoff().count(e);
            var meek = new MeekStv().count(e);
            var scottish = new ScottishStv().count(e);
            assertThat(meek.elected()).as("Meek STV, one seat").isEqualTo(irv.elected());
            assertThat(meek.excluded()).as("Meek STV exclusions").isEqualTo(irv.excluded());
            assertThat(scottish.elected()).as("Scottish STV, one seat").isEqualTo(irv.elected());
        });
    }

    @Test
    void theOrderOfTheBallotsNeverChangesTheResult() {
        Gen<Integer> seeds = integers().all();
        for (var rule : CountingRule.all()) {
            int seats = rule instanceof InstantRunoff ? 1 : 2;
            qt().withExamples(120).forAll(elections(seats), seeds).checkAssert((e, seed) -> {
                var shuffled = new ArrayList<>(e.ballots());
                Collections.shuffle(shuffled, new Random(seed));
                var again = new Election(e.title(), e.seats(), e.candidates(), shuffled);
                var a = rule.count(e);
                var b = rule.count(again);
                assertThat(b.elected()).as(rule.id() + " elected").isEqualTo(a.elected());
                assertThat(b.excluded()).as(rule.id() + " excluded").isEqualTo(a.excluded());
                assertThat(b.stages()).as(rule.id() + " stages").isEqualTo(a.stages());
            });
        }
    }

    @Test
    void aCandidateRankedFirstByAMajorityWinsInstantRunoff() {
        qt().withExamples(400).forAll(elections(1), integers().between(0, 6)).checkAssert((e, pick) -> {
            var favourite = e.candidates().get(pick % e.size());
            long others = e.ballots().stream()
                    .filter(b -> b.ranking().length > 0)
                    .mapToLong(Ballot::weight)
                    .sum();
            // give the favourite more first preferences than all other valid papers together
            var ballots = new ArrayList<>(e.ballots());
            ballots.add(Ballot.of(others + 1, favourite.index()));
            var majority = new Election(e.title(), 1, e.candidates(), ballots);
            assertThat(new InstantRunoff().count(majority).elected()).containsExactly(favourite);
        });
    }

    @Test
    void everyStageAccountsForEveryValidPaper() {
        for (var rule : List.of(new ScottishStv(), new Wigm(), new MeekStv(), new InstantRunoff())) {
            int seats = rule instanceof InstantRunoff ? 1 : 3;
            qt().withExamples(150).forAll(elections(seats)).checkAssert(e -> {
                var count = rule.count(e);
                for (var stage : count.stages()) {
                    var sum = stage.totals().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                    assertThat(sum.add(stage.nonTransferable()))
                            .as(rule.id() + " stage " + stage.number())
                            .isEqualByComparingTo(count.validBallots());
                    assertThat(stage.nonTransferable().signum())
                            .as("non-transferable is never negative")
                            .isGreaterThanOrEqualTo(0);
                }
                assertThat(count.elected())
                        .as(rule.id() + " fills no more seats than there are")
                        .hasSizeLessThanOrEqualTo(e.seats())
                        .doesNotHaveDuplicates();
            });
        }
    }
}
