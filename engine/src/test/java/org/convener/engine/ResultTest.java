package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTest {

    private static final ConstituencyCode SEAT = ConstituencyCode.of("E14001079");

    private static Candidacy candidate(Party party, String name, long votes) {
        return new Candidacy(party, party.displayName(), name, votes);
    }

    @Test
    void ordersCandidaciesAndMeasuresTheMajority() {
        var result = new Result(
                SEAT,
                List.of(
                        candidate(Party.CON, "B", 3000),
                        candidate(Party.LAB, "A", 5000),
                        candidate(Party.RUK, "C", 2000)));

        assertThat(result.winningParty()).isEqualTo(Party.LAB);
        assertThat(result.secondParty()).isEqualTo(Party.CON);
        assertThat(result.validVotes()).isEqualTo(10_000);
        assertThat(result.majority()).isEqualTo(2000);
        assertThat(result.majorityShare()).isCloseTo(0.20, within(1e-12));
        assertThat(result.swingToOvertake()).isCloseTo(0.10, within(1e-12));
    }

    @Test
    void sumsSeveralCandidatesOfOneParty() {
        var result = new Result(
                SEAT,
                List.of(
                        candidate(Party.IND, "X", 300),
                        candidate(Party.IND, "Y", 200),
                        candidate(Party.LAB, "Z", 500)));

        assertThat(result.votes(Party.IND)).isEqualTo(500);
        assertThat(result.shares().get(Party.IND)).isCloseTo(0.5, within(1e-12));
        // the majority is between candidates, not parties
        assertThat(result.majority()).isEqualTo(200);
    }

    @Test
    void refusesAnEmptyResult() {
        assertThatThrownBy(() -> new Result(SEAT, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("E14001079");
    }

    @Test
    void refusesNegativeVotes() {
        assertThatThrownBy(() -> candidate(Party.LAB, "A", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }
}
