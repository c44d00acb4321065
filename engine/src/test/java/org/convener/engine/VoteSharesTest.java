package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VoteSharesTest {

    @Test
    void measuresChangeAgainstAnEarlierResult() {
        var before = VoteShares.ofVotes(Map.of(Party.LAB, 60L, Party.CON, 40L));
        var after = VoteShares.ofVotes(Map.of(Party.LAB, 50L, Party.RUK, 30L, Party.CON, 20L));

        assertThat(after.changeSince(before, Party.RUK)).isCloseTo(0.30, within(1e-12));
        assertThat(after.changeSince(before, Party.LAB)).isCloseTo(-0.10, within(1e-12));
        assertThat(after.get(Party.GREEN)).isZero();
    }

    @Test
    void refusesSharesOverTheWhole() {
        assertThatThrownBy(() -> VoteShares.of(Map.of(Party.LAB, 0.7, Party.CON, 0.4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than the whole vote");
    }

    @Test
    void refusesNegativeShares() {
        assertThatThrownBy(() -> VoteShares.of(Map.of(Party.LAB, -0.1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Lab share");
    }
}
