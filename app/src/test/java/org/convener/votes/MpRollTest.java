package org.convener.votes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MpRollTest {

    @Test
    void namesAgreeWithoutTitlesAccentsOrCase() {
        assertThat(MpRoll.normalised("Dr Rupa Huq")).isEqualTo(MpRoll.normalised("Rupa Huq"));
        assertThat(MpRoll.normalised("Sir Alec Shelbrooke")).isEqualTo("alec shelbrooke");
        assertThat(MpRoll.normalised("Siân Berry")).isEqualTo("sian berry");
        assertThat(MpRoll.normalised("Mr  Calvin   Bailey")).isEqualTo("calvin bailey");
    }

    @Test
    void aTitleAloneIsKeptAsTheName() {
        assertThat(MpRoll.normalised("Sir")).isEqualTo("sir");
    }

    @Test
    void anMpSitsFromTheirElectionUntilTheByElectionThatReplacedThem() {
        var amesbury = new Sitting(
                4667,
                "Mike Amesbury",
                "E14001455",
                "Runcorn and Helsby",
                LocalDate.of(2024, 7, 4),
                LocalDate.of(2025, 5, 1),
                false);

        assertThat(amesbury.satOn(LocalDate.of(2024, 7, 3))).isFalse();
        assertThat(amesbury.satOn(LocalDate.of(2024, 7, 4))).isTrue();
        assertThat(amesbury.satOn(LocalDate.of(2025, 4, 30))).isTrue();
        assertThat(amesbury.satOn(LocalDate.of(2025, 5, 1))).isFalse();
    }
}
