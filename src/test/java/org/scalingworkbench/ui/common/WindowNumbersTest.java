package org.scalingworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowNumbersTest {

    @Test
    void valuesFromOneThousandthToOneHundredThousandArePlainWithFourSignificantDigits() {
        assertThat(WindowNumbers.format(0.013274)).isEqualTo("0.01327");
        assertThat(WindowNumbers.format(0.001)).isEqualTo("0.001000");
        assertThat(WindowNumbers.format(1)).isEqualTo("1.000");
        assertThat(WindowNumbers.format(0.3)).isEqualTo("0.3000");
        assertThat(WindowNumbers.format(123.456)).isEqualTo("123.5");
        assertThat(WindowNumbers.format(12345.6)).isEqualTo("12350");
        assertThat(WindowNumbers.format(99990)).isEqualTo("99990");
    }

    @Test
    void valuesOutsideThatRangeAreScientificWithASignedExponent() {
        assertThat(WindowNumbers.format(1.23456e21)).isEqualTo("1.235e+21");
        assertThat(WindowNumbers.format(6.02214e23)).isEqualTo("6.022e+23");
        assertThat(WindowNumbers.format(2.5e-5)).isEqualTo("2.500e-05");
        assertThat(WindowNumbers.format(1e5)).isEqualTo("1.000e+05");
        assertThat(WindowNumbers.format(3e9)).isEqualTo("3.000e+09");
    }

    @Test
    void roundingDecidesTheNotation() {
        assertThat(WindowNumbers.format(99999.7)).isEqualTo("1.000e+05");
        assertThat(WindowNumbers.format(0.000999996)).isEqualTo("0.001000");
    }

    @Test
    void negativeValuesCarryAHyphenMinusInBothNotations() {
        assertThat(WindowNumbers.format(-712.34)).isEqualTo("-712.3");
        assertThat(WindowNumbers.format(-2.5e-5)).isEqualTo("-2.500e-05");
        assertThat(WindowNumbers.format(Double.NEGATIVE_INFINITY)).isEqualTo("-∞");
    }

    @Test
    void zeroNanAndInfinity() {
        assertThat(WindowNumbers.format(0)).isEqualTo("0.000");
        assertThat(WindowNumbers.format(-0.0)).isEqualTo("0.000");
        assertThat(WindowNumbers.format(Double.NaN)).isEqualTo("—");
        assertThat(WindowNumbers.format(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    }

    @Test
    void intervalsWriteBothEndsTheSameWayAndNothingWithoutOne() {
        assertThat(WindowNumbers.interval(0.29, 0.31)).isEqualTo("[0.2900, 0.3100]");
        assertThat(WindowNumbers.interval(8.1e8, 1.2e9)).isEqualTo("[8.100e+08, 1.200e+09]");
        assertThat(WindowNumbers.interval(Double.NaN, Double.NaN)).isEmpty();
    }
}
