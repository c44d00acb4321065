package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyTest {

    @Test
    void classifiesLibraryCodesAbbreviationsAndNames() {
        assertThat(Party.classify("Lab")).isEqualTo(Party.LAB);
        assertThat(Party.classify("Labour and Co-operative")).isEqualTo(Party.LAB);
        assertThat(Party.classify("Labour (Co-op)")).isEqualTo(Party.LAB);
        assertThat(Party.classify("RUK")).isEqualTo(Party.RUK);
        assertThat(Party.classify("Brexit Party")).isEqualTo(Party.RUK);
        assertThat(Party.classify("Spk")).isEqualTo(Party.SPK);
        assertThat(Party.classify("Commons Speaker")).isEqualTo(Party.SPK);
        assertThat(Party.classify("Alliance")).isEqualTo(Party.APNI);
        assertThat(Party.classify("green")).isEqualTo(Party.GREEN);
    }

    @Test
    void everythingElseIsOther() {
        assertThat(Party.classify("WPB")).isEqualTo(Party.OTH);
        assertThat(Party.classify("Count Binface Party")).isEqualTo(Party.OTH);
        assertThat(Party.classify("")).isEqualTo(Party.OTH);
        assertThat(Party.classify(null)).isEqualTo(Party.OTH);
    }

    @Test
    void ofCodeOnlyKnowsLibraryCodes() {
        assertThat(Party.ofCode("SNP")).contains(Party.SNP);
        assertThat(Party.ofCode("Scottish National Party")).isEmpty();
    }
}
