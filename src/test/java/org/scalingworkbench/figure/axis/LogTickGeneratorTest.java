package org.scalingworkbench.figure.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogTickGeneratorTest {

    private final LogTickGenerator generator = new LogTickGenerator();

    private static List<String> labels(List<AxisTick> ticks) {
        return ticks.stream().filter(AxisTick::labelled).map(t -> t.label().plainText()).toList();
    }

    @Test
    void labelsEveryDecadeWithMinorTicksAtTwoToNine() {
        List<AxisTick> ticks = generator.ticks(1e6, 1e9, 8);
        assertThat(labels(ticks)).containsExactly("10^6", "10^7", "10^8", "10^9");
        assertThat(ticks).filteredOn(t -> !t.major()).hasSize(3 * 8);
        assertThat(ticks).filteredOn(t -> !t.major()).extracting(AxisTick::value)
                .contains(2e6, 9e6, 5e8).doesNotContain(1e7);
    }

    @ParameterizedTest
    @CsvSource({"1e-3,1e25,6", "1e-3,1e25,30", "1e-3,1e-1,5", "0.5,2e3,6", "3e17,4e23,7",
        "1,1e25,4", "7.3e2,1.1e11,5", "1e24,1e25,3"})
    void decadeLabelsArePowersOfTenInsideTheRangeAndFit(double lower, double upper, int maxLabels) {
        List<AxisTick> ticks = generator.ticks(lower, upper, maxLabels);
        List<AxisTick> labelled = ticks.stream().filter(AxisTick::labelled).toList();
        assertThat(labelled).hasSizeBetween(2, maxLabels);
        for (AxisTick t : labelled) {
            assertThat(t.value()).isBetween(lower * (1 - 1e-9), upper * (1 + 1e-9));
            assertThat(t.label().mantissa()).isEmpty();
            assertThat(t.value()).isCloseTo(Math.pow(10, t.label().exponent()), org.assertj.core.data.Percentage.withPercentage(1e-9));
        }
        assertThat(ticks).extracting(AxisTick::value).isSorted();
    }

    @Test
    void wideRangeLabelsEveryNthDecadeAndDropsMinorTicks() {
        List<AxisTick> ticks = generator.ticks(1e-3, 1e25, 6);
        assertThat(labels(ticks)).containsExactly("10^0", "10^5", "10^10", "10^15", "10^20", "10^25");
        assertThat(ticks).hasSize(29);
    }

    @Test
    void neverLabelsHalfDecades() {
        for (double lower = 1e-3; lower < 1e24; lower *= 7.7) {
            for (AxisTick t : generator.ticks(lower, lower * 3e4, 6)) {
                if (t.labelled() && t.label().mantissa().isEmpty()) {
                    double exponent = Math.log10(t.value());
                    assertThat(exponent).isCloseTo(Math.rint(exponent), org.assertj.core.data.Offset.offset(1e-9));
                }
            }
        }
    }

    @Test
    void lessThanADecadeGetsMantissaLabels() {
        assertThat(labels(generator.ticks(1.5e9, 8e9, 6))).containsExactly("2×10^9", "3×10^9", "5×10^9");
        assertThat(labels(generator.ticks(8e8, 6e9, 6))).containsExactly("10^9", "2×10^9", "3×10^9", "5×10^9");
        assertThat(labels(generator.ticks(1.5e9, 8e9, 3))).containsExactly("2×10^9", "5×10^9");
    }

    @Test
    void chinchillaLossAxisLabelsEachWholeNat() {
        // Epoch's replication data: loss 2.08..5.01 nats, padded by 8% of its log span on each side
        for (int maxLabels : new int[] {4, 7, 14}) {
            assertThat(labels(generator.ticks(1.93, 5.36, maxLabels))).containsExactly("2", "3", "4", "5");
        }
    }

    @Test
    void rangeFromTwoToFourLabelsHalfSteps() {
        assertThat(labels(generator.ticks(2.0, 4.0, 6))).containsExactly("2", "2.5", "3", "3.5", "4");
        assertThat(labels(generator.ticks(2.0, 4.0, 3))).containsExactly("2", "3", "4");
    }

    @Test
    void rangeFromOnePointEightToTwoPointTwoLabelsTenthSteps() {
        assertThat(labels(generator.ticks(1.8, 2.2, 6))).containsExactly("1.8", "1.9", "2", "2.1", "2.2");
        double[] at = generator.ticks(1.8, 2.2, 6).stream().mapToDouble(AxisTick::value).toArray();
        assertThat(at).containsExactly(new double[] {1.8, 1.9, 2.0, 2.1, 2.2}, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void narrowRangesOnATypicalAxisMostlyGetFourLabelsThatDoNotCrowd() {
        int ranges = 0;
        int withFour = 0;
        for (int maxLabels = 7; maxLabels <= 16; maxLabels += 3) {
            for (double lower = 1.01e-3; lower < 1e24; lower *= 2.3) {
                for (double ratio = 1.05; ratio < 9.9; ratio *= 1.11) {
                    List<AxisTick> ticks = generator.ticks(lower, lower * ratio, maxLabels);
                    double[] at = ticks.stream().filter(AxisTick::labelled).mapToDouble(t -> Math.log10(t.value())).toArray();
                    assertThat(at.length).as("[%s, %s], %s labels", lower, lower * ratio, maxLabels).isBetween(2, maxLabels);
                    ranges++;
                    withFour += at.length >= 4 ? 1 : 0;
                    for (int i = 1; i < at.length; i++) {
                        assertThat(at[i] - at[i - 1]).isGreaterThanOrEqualTo(0.8 * Math.log10(ratio) / maxLabels);
                    }
                }
            }
        }
        assertThat(withFour / (double) ranges).as("share of ranges with four labels or more").isGreaterThan(0.95);
    }

    @Test
    void narrowRangeWithFewWholeMantissasLabelsEvenSteps() {
        assertThat(labels(generator.ticks(3.1e-5, 4.2e-5, 6))).containsExactly("3.2×10^-5", "3.4×10^-5", "3.6×10^-5",
                "3.8×10^-5", "4×10^-5", "4.2×10^-5");
        assertThat(labels(generator.ticks(2.05e12, 2.45e12, 5))).containsExactly("2.1×10^12", "2.2×10^12", "2.3×10^12",
                "2.4×10^12");
    }

    @Test
    void mantissaRangeWithoutOneTwoOrFiveLabelsHalfStepsOrEachWholeMantissa() {
        assertThat(labels(generator.ticks(2.5e5, 4.5e5, 6))).containsExactly("2.5×10^5", "3×10^5", "3.5×10^5", "4×10^5",
                "4.5×10^5");
        assertThat(labels(generator.ticks(2.5e5, 4.5e5, 3))).containsExactly("3×10^5", "4×10^5");
    }

    @Test
    void valuesNearOneAreLabelledAsPlainDecimals() {
        assertThat(labels(generator.ticks(0.33, 2.3, 6))).containsExactly("0.5", "1", "1.5", "2");
        assertThat(labels(generator.ticks(0.33, 2.3, 4))).containsExactly("0.5", "1", "2");
        assertThat(labels(generator.ticks(2.5e3, 4.5e3, 3))).containsExactly("3000", "4000");
        assertThat(labels(generator.ticks(1.5e-2, 8e-2, 6))).containsExactly("0.02", "0.03", "0.05");
        assertThat(labels(generator.ticks(1.5e-3, 8e-3, 6))).containsExactly("2×10^-3", "3×10^-3", "5×10^-3");
    }

    @Test
    void rejectsNonPositiveRanges() {
        assertThatThrownBy(() -> generator.ticks(0, 10, 5)).hasMessageContaining("0 < lower < upper");
        assertThatThrownBy(() -> generator.ticks(10, 1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
