package org.scalingworkbench.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportNumbersTest {

    @Test
    void textKeepsSignificantDigitsAndUsesPowersOfTenOnlyOutsideTheReadableRange() {
        assertThat(ReportNumbers.text(2.0, 4)).isEqualTo("2.000");
        assertThat(ReportNumbers.text(0.3, 4)).isEqualTo("0.3000");
        assertThat(ReportNumbers.text(0.0012, 2)).isEqualTo("0.0012");
        assertThat(ReportNumbers.text(0.99996, 4)).isEqualTo("1.000");
        assertThat(ReportNumbers.text(-712.34, 4)).isEqualTo("-712.3");
        assertThat(ReportNumbers.text(1.2344e10, 4)).isEqualTo("1.234e10");
        assertThat(ReportNumbers.text(6.14e-7, 2)).isEqualTo("6.1e-7");
        assertThat(ReportNumbers.text(0, 2)).isEqualTo("0.0");
        assertThat(ReportNumbers.text(959.3, 2)).isEqualTo("960");
        assertThat(ReportNumbers.text(12345.6, 4)).isEqualTo("12350");
    }

    @Test
    void nonFiniteNumbersAreDashes() {
        assertThat(ReportNumbers.text(Double.NaN, 4)).isEqualTo("—");
        assertThat(ReportNumbers.fixed(Double.POSITIVE_INFINITY, 1)).isEqualTo("—");
        assertThat(ReportNumbers.latex(Double.NaN, 4)).isEqualTo("---");
    }

    @Test
    void latexWritesPowersOfTenAndMinusSignsAsMath() {
        assertThat(ReportNumbers.latex(3e7, 4)).isEqualTo("$3.000 \\times 10^{7}$");
        assertThat(ReportNumbers.latex(-0.5, 4)).isEqualTo("$-0.5000$");
        assertThat(ReportNumbers.latex(2, 4)).isEqualTo("2.000");
    }

    @Test
    void parameterSymbolsReadAsInPapers() {
        assertThat(ParameterSymbols.unicode("Linf")).isEqualTo("L∞");
        assertThat(ParameterSymbols.unicode("d12")).isEqualTo("d₁₂");
        assertThat(ParameterSymbols.unicode("x0")).isEqualTo("x₀");
        assertThat(ParameterSymbols.latex("c1")).isEqualTo("c_{1}");
    }
}
