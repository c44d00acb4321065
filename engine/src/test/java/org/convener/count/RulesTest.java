package org.convener.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Small elections worked by hand, one behaviour each. */
class RulesTest {

    private static Election election(int seats, Ballot... ballots) {
        var cs = List.of(
                new Candidate(1, "Ash"),
                new Candidate(2, "Birch"),
                new Candidate(3, "Cedar"),
                new Candidate(4, "Damson"));
        return new Election("Test", seats, cs, List.of(ballots));
    }

    private static List<String> names(List<Candidate> cs) {
        return cs.stream().map(Candidate::name).toList();
    }

    @Test
    void firstPastThePostCountsFirstPreferencesOnly() {
        var e = election(1, Ballot.of(4, 0, 1), Ballot.of(5, 1), Ballot.of(3, 2, 0));
        var count = new FirstPastThePost().count(e);
        assertThat(names(count.elected())).containsExactly("Birch");
        assertThat(count.stages()).hasSize(1);
        assertThat(count.stages().get(0).totals()).extracting(Number::intValue).containsExactly(4, 5, 3, 0);
    }

    @Test
    void approvalCountsEveryMark() {
        var e = election(2, Ballot.of(4, 0, 1), Ballot.of(5, 1), Ballot.of(3, 2, 0));
        var count = new ApprovalVoting().count(e);
        assertThat(names(count.elected())).containsExactly("Birch", "Ash");
        assertThat(count.stages().get(0).totals()).extracting(Number::intValue).containsExactly(7, 9, 3, 0);
    }

    @Test
    void aTieForTheLastSeatIsDrawnByLotAndRecorded() {
        var e = election(1, Ballot.of(2, 2), Ballot.of(2, 1), Ballot.of(1, 0));
        var fileOrder = new FirstPastThePost().count(e, Lot.fileOrder());
        assertThat(names(fileOrder.elected())).containsExactly("Birch");
        assertThat(fileOrder.ties())
                .containsExactly(
                        "Tie for a seat between Birch, Cedar: by lot (by the candidates' order in the file), Birch");
        var seeded = new FirstPastThePost().count(e, Lot.random(42));
        assertThat(new FirstPastThePost().count(e, Lot.random(42)).elected()).isEqualTo(seeded.elected());
        assertThat(seeded.ties().get(0)).contains("at random, seed 42");
    }

    @Test
    void randomLotsFallOnEveryTiedCandidateSometimes() {
        var tied = List.of(new Candidate(1, "A"), new Candidate(2, "B"), new Candidate(3, "C"));
        var lot = Lot.random(7);
        var seen = new java.util.HashSet<Candidate>();
        for (int i = 0; i < 200; i++) {
            seen.add(lot.draw(tied));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(tied);
    }

    @Test
    void instantRunoffExcludesTheFewestUntilAMajorityOfVotesInPlay() {
        // Ash 5, Birch 4, Cedar 3 (to Birch), Damson 1 (exhausts)
        var e = election(1, Ballot.of(5, 0), Ballot.of(4, 1), Ballot.of(3, 2, 1), Ballot.of(1, 3));
        var count = new InstantRunoff().count(e);
        assertThat(names(count.excluded())).containsExactly("Damson", "Cedar");
        assertThat(names(count.elected())).containsExactly("Birch");
        assertThat(count.last().totals()).extracting(Number::intValue).containsExactly(5, 7, 0, 0);
        assertThat(count.last().nonTransferable()).isEqualByComparingTo("1");
    }

    @Test
    void instantRunoffSettlesATieForFewestByAnEarlierRound() {
        // after Damson goes, Ash and Cedar both have 3; Ash had fewer at round 1
        var e = election(1, Ballot.of(2, 0), Ballot.of(3, 2), Ballot.of(1, 3, 0), Ballot.of(6, 1));
        var count = new InstantRunoff().count(e);
        assertThat(names(count.excluded())).startsWith("Damson", "Ash");
        assertThat(count.ties()).anyMatch(t -> t.contains("settled by the votes at stage 1"));
    }

    @Test
    void instantRunoffRefusesSeveralSeats() {
        assertThatThrownBy(() -> new InstantRunoff().count(election(2, Ballot.of(1, 0))))
                .hasMessageContaining("instant-runoff fills one seat");
    }

    @Test
    void scottishStvTruncatesEachTransferValueToFiveDecimals() {
        // quota = floor(7/3)+1 = 3; Ash's surplus of 3 over 6 papers: 0.5 each to Cedar
        var e = election(2, Ballot.of(6, 0, 2), Ballot.of(1, 1));
        var count = new ScottishStv().count(e);
        assertThat(count.quota()).isEqualByComparingTo("3");
        assertThat(count.stages().get(1).total(e.candidate(2))).isEqualByComparingTo("3.00000");
        // 3 × 1/3 = 0.99999 after truncation: the lost 0.00001 is non-transferable
        var thirds = election(1, Ballot.of(3, 0, 1), Ballot.of(1, 2), Ballot.of(1, 3));
        var c2 = new ScottishStv().count(thirds);
        assertThat(c2.quota()).isEqualByComparingTo("3");
        assertThat(c2.elected()).extracting(Candidate::name).containsExactly("Ash");
    }

    @Test
    void noValidPapersElectsNobody() {
        var e = election(1);
        for (var rule : CountingRule.all()) {
            assertThat(rule.count(e).elected()).as(rule.id()).isEmpty();
        }
    }

    @Test
    void rulesAreFoundByName() {
        assertThat(CountingRule.named("Scottish-STV")).isInstanceOf(ScottishStv.class);
        assertThatThrownBy(() -> CountingRule.named("borda")).hasMessageContaining("the rules are fptp, approval, irv");
    }
}
