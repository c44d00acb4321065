package org.convener.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void repairsUtf8ReadAsLatin1() {
        assertThat(SourceText.repairDoubleEncoding("Ã\u0081ine Groogan")).isEqualTo("Áine Groogan");
        assertThat(SourceText.repairDoubleEncoding("SiÃ¢n")).isEqualTo("Siân");
    }

    @Test
    void leavesCorrectTextAlone() {
        assertThat(SourceText.repairDoubleEncoding("Áine Groogan")).isEqualTo("Áine Groogan");
        assertThat(SourceText.repairDoubleEncoding("Ynys Môn")).isEqualTo("Ynys Môn");
        // a lone capital A-tilde that does not start a UTF-8 sequence stays as it is
        assertThat(SourceText.repairDoubleEncoding("Ã la carte")).isEqualTo("Ã la carte");
        assertThat(SourceText.repairDoubleEncoding(null)).isNull();
    }
}
