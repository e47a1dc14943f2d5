package org.scalingworkbench.fit.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** y = a·x^b with b of either sign: values, gradient and starting points. */
class FreeExponentPowerLawTest {

    private final FreeExponentPowerLaw law = new FreeExponentPowerLaw();

    @Test
    void growsWithAPositiveExponentAndFallsWithANegativeOne() {
        assertThat(law.valueAt(1e8, new double[] {0.1 * Math.pow(1e8, -0.2), 0.2})).isCloseTo(0.1, within(1e-12));
        assertThat(law.valueAt(1e10, new double[] {1e-3, 0.25})).isCloseTo(0.316227766, within(1e-8));
        assertThat(law.valueAt(1e4, new double[] {100, -0.5})).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        double[] p = {2e-3, 0.2};
        double[] g = new double[2];
        double x = 3e9;
        double y = law.valueAndGradientAt(x, p, g);
        assertThat(y).isCloseTo(law.valueAt(x, p), within(1e-15));
        double ha = 1e-9;
        double hb = 1e-7;
        assertThat(g[0]).isCloseTo((law.valueAt(x, new double[] {p[0] + ha, p[1]}) - law.valueAt(x, new double[] {p[0] - ha, p[1]}))
                / (2 * ha), within(1e-5 * Math.abs(g[0])));
        assertThat(g[1]).isCloseTo((law.valueAt(x, new double[] {p[0], p[1] + hb}) - law.valueAt(x, new double[] {p[0], p[1] - hb}))
                / (2 * hb), within(1e-5 * Math.abs(g[1])));
    }

    @Test
    void theFirstStartIsTheLineThroughExactDataInLogSpace() {
        double[][] x = {{1e6}, {1e7}, {1e8}, {1e9}};
        double[] y = new double[4];
        for (int i = 0; i < 4; i++) {
            y[i] = 3e-3 * Math.pow(x[i][0], 0.15);
        }
        double[] start = law.startingPoints(x, y).get(0);
        assertThat(start[0]).isCloseTo(3e-3, within(1e-9));
        assertThat(start[1]).isCloseTo(0.15, within(1e-9));
    }
}
