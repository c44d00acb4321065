package org.convener.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConstituencyCodeTest {

    @Test
    void knowsItsNationFromThePrefix() {
        assertThat(ConstituencyCode.of("E14001063").nation()).isEqualTo(Nation.ENGLAND);
        assertThat(ConstituencyCode.of("S14000060").nation()).isEqualTo(Nation.SCOTLAND);
        assertThat(ConstituencyCode.of("W07000081").nation()).isEqualTo(Nation.WALES);
        assertThat(ConstituencyCode.of(" N05000001 ").nation()).isEqualTo(Nation.NORTHERN_IRELAND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "E1400106", "E140010631", "E12000001", "X14001063", "e14001063"})
    void rejectsWhatIsNotA2024ConstituencyCode(String value) {
        assertThatThrownBy(() -> new ConstituencyCode(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an ONS constituency code");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> new ConstituencyCode(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
