package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShareVectorTest {

    @Test
    void parsesPercentagesAndGivesOthTheRest() {
        var shares = ShareVector.parse("Con=18,Lab=22,LD=12,RUK=30,Green=10,SNP=2.5,PC=0.7");
        assertThat(shares.get(Party.RUK)).isCloseTo(0.30, within(1e-12));
        assertThat(shares.get(Party.OTH)).isCloseTo(0.048, within(1e-12));
        assertThat(shares.toString()).isEqualTo("Con=18,Lab=22,LD=12,RUK=30,Green=10,SNP=2.5,PC=0.7,Oth=4.8");
    }

    @Test
    void refusesSharesOver100() {
        assertThatThrownBy(() -> ShareVector.parse("Con=60,Lab=50"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shares add up to 110%, more than 100%");
        assertThatThrownBy(() -> ShareVector.parse("RUK=130"))
                .hasMessage("RUK share must be between 0 and 100, was 130");
    }

    @Test
    void refusesUnknownPartiesAndMalformedPairs() {
        assertThatThrownBy(() -> ShareVector.parse("Con=18,Whig=5"))
                .hasMessageStartingWith("unknown party \"Whig\"; use Con, Lab, LD, RUK, Green, SNP, PC, Oth");
        assertThatThrownBy(() -> ShareVector.parse("Con18")).hasMessageContaining("is not PARTY=PERCENT");
        assertThatThrownBy(() -> ShareVector.parse("Con=abc")).hasMessage("\"abc\" is not a percentage for Con");
        assertThatThrownBy(() -> ShareVector.parse("Con=10,Con=20")).hasMessage("Con is given twice");
        assertThatThrownBy(() -> ShareVector.parse("DUP=5")).hasMessageContaining("DUP is not polled in Great Britain");
        assertThatThrownBy(() -> ShareVector.parse(" ")).hasMessageContaining("no shares given");
    }

    @Test
    void refusesNegativeShares() {
        assertThatThrownBy(() -> ShareVector.parse("Con=-1")).hasMessage("Con share must be between 0 and 100, was -1");
    }

    @Test
    void movesOnePartysShareTakingFromTheOthersInProportion() {
        var start = ShareVector.parse("Con=20,Lab=40,RUK=20,LD=20,Oth=0");

        var next = start.withShare(Party.RUK, 0.30, List.of(Party.CON, Party.LAB, Party.LD));

        assertThat(next.get(Party.RUK)).isCloseTo(0.30, within(1e-12));
        assertThat(next.get(Party.LAB)).isCloseTo(0.35, within(1e-12)); // 40 less an eighth of 40
        assertThat(next.get(Party.CON)).isCloseTo(0.175, within(1e-12));
        assertThat(next.get(Party.LD)).isCloseTo(0.175, within(1e-12));
    }

    @Test
    void cannotTakeMoreThanTheGiversHave() {
        var start = ShareVector.parse("Con=10,Lab=50,RUK=40");
        assertThatThrownBy(() -> start.withShare(Party.RUK, 0.6, List.of(Party.CON)))
                .hasMessageContaining("have only 10% to give");
    }
}
