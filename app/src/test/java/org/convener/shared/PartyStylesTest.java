package org.convener.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.convener.engine.Party;
import org.junit.jupiter.api.Test;

class PartyStylesTest {

    @Test
    void everyPartyChipReadsAtLeastFourAndAHalfToOne() {
        for (Party party : Party.values()) {
            assertThat(PartyStyles.contrast(party.colour(), PartyStyles.textOn(party.colour())))
                    .as(party.displayName())
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void labourStaysWhiteOnRedAndTheConservativesTakeDarkText() {
        assertThat(PartyStyles.textOn(Party.LAB.colour())).isEqualTo("#FFFFFF");
        assertThat(PartyStyles.textOn(Party.CON.colour())).isEqualTo(PartyStyles.DARK_TEXT);
        assertThat(PartyStyles.textOn(Party.GREEN.colour())).isEqualTo(PartyStyles.DARK_TEXT);
        assertThat(PartyStyles.contrast("#000000", "#FFFFFF"))
                .isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
    }
}
