package org.convener.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitTest {

    @Test
    void riceIsTheGapBetweenTheSidesOverThoseVotingAyeOrNo() {
        // 6 ayes, 2 noes: |6 − 2| / 8 = 0.5
        assertThat(new Split(6, 2, 0).rice()).hasValue(0.5);
        assertThat(new Split(0, 9, 0).rice()).hasValue(1.0);
        assertThat(new Split(3, 3, 0).rice()).hasValue(0.0);
    }

    @Test
    void votesInBothLobbiesCountForNeitherSide() {
        Split split = Split.of(
                List.of(vote(Lobby.AYE, false), vote(Lobby.AYE, true), vote(Lobby.NO, false), vote(Lobby.BOTH, false)));

        assertThat(split).isEqualTo(new Split(2, 1, 1));
        assertThat(split.rice()).hasValue(1.0 / 3);
        assertThat(split.majority()).contains(Lobby.AYE);
        assertThat(split.divided()).isTrue();
    }

    @Test
    void aTieOrNobodyVotingHasNoMajorityAndNoIndex() {
        assertThat(new Split(4, 4, 1).majority()).isEmpty();
        assertThat(new Split(0, 0, 2).rice()).isEmpty();
        assertThat(Split.NONE.divided()).isFalse();
    }

    @Test
    void describesItselfAsAyesThenNoes() {
        assertThat(new Split(7, 360, 0).describe()).isEqualTo("7–360");
        assertThat(new Split(128, 200, 2).describe()).isEqualTo("128–200 (2 both)");
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> new Split(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static MpVote vote(Lobby lobby, boolean teller) {
        return new MpVote(1, 1, "Lab", lobby, teller);
    }
}
