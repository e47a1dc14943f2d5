package org.scalingworkbench.app.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The exact sign test against binomial sums worked out by hand (all are exact binary fractions). */
class SignTestTest {

    @Test
    void nineOfTenIsTwiceElevenOver1024() {
        // P(X <= 1) for Binomial(10, 1/2) = (1 + 10) / 1024
        assertThat(SignTest.twoSided(9, 10)).isEqualTo(22.0 / 1024);
        assertThat(SignTest.twoSided(1, 10)).isEqualTo(22.0 / 1024);
    }

    @Test
    void aCleanSweepOfTenIsTwoOver1024() {
        assertThat(SignTest.twoSided(10, 10)).isEqualTo(2.0 / 1024);
        assertThat(SignTest.twoSided(0, 10)).isEqualTo(2.0 / 1024);
    }

    @Test
    void sevenOfTwelveAndThreeOfTwentySumTheirTails() {
        // 2 (1 + 12 + 66 + 220 + 495 + 792) / 4096
        assertThat(SignTest.twoSided(7, 12)).isEqualTo(3172.0 / 4096);
        // 2 (1 + 20 + 190 + 1140) / 2^20
        assertThat(SignTest.twoSided(3, 20)).isEqualTo(2702.0 / 1048576);
    }

    @Test
    void anEvenSplitOrNoDecidedCurveGivesOne() {
        assertThat(SignTest.twoSided(5, 10)).isEqualTo(1.0);
        assertThat(SignTest.twoSided(0, 0)).isEqualTo(1.0);
        assertThat(SignTest.twoSided(1, 1)).isEqualTo(1.0);
    }

    @Test
    void manyCurvesStayExactWhereDoublesWouldUnderflowTheCoefficients() {
        // 2 / 2^1100 is below the smallest double: the p-value rounds to 0, not NaN
        assertThat(SignTest.twoSided(1100, 1100)).isEqualTo(0.0);
        // 2 (1 + 60) / 2^60
        assertThat(SignTest.twoSided(59, 60)).isEqualTo(122.0 / Math.pow(2, 60));
    }

    @Test
    void countsOutsideTheTrialsAreRefused() {
        assertThatThrownBy(() -> SignTest.twoSided(11, 10)).hasMessage("a sign test needs 0 <= k <= n, got k = 11, n = 10");
        assertThatThrownBy(() -> SignTest.twoSided(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
