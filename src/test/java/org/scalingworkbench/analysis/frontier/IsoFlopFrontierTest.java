package org.scalingworkbench.analysis.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoFlopFrontierTest {

    /** Budgets 1e18..1e21 with exactly parabolic profiles whose vertex is at N = 0.1·C^0.5. */
    private static IsoFlopProfiles parabolic(double downwardBudget, double outsideBudget) {
        List<double[]> rows = new ArrayList<>();
        for (double c : new double[] {1e18, 1e19, 1e20, 1e21}) {
            double vertex = Math.log(0.1 * Math.sqrt(c));
            for (int i = -3; i <= 3; i++) {
                double u = vertex + 0.4 * i + (c == outsideBudget ? 2.0 : 0.0);
                double curvature = c == downwardBudget ? -0.05 : 0.05;
                double loss = 3.0 + curvature * (u - vertex) * (u - vertex);
                double n = Math.exp(u);
                rows.add(new double[] {c * (1 + 1e-3 * i), n, c / (6 * n), loss});
            }
        }
        return IsoFlopProfiles.group(column(rows, 0), column(rows, 1), column(rows, 2), column(rows, 3),
                IsoFlopProfiles.DEFAULT_TOLERANCE);
    }

    private static double[] column(List<double[]> rows, int j) {
        return rows.stream().mapToDouble(r -> r[j]).toArray();
    }

    @Test
    void exactlyParabolicProfilesGiveTheVertexExponent() {
        IsoFlopProfiles profiles = parabolic(0, 0);
        assertThat(profiles.budgetCount()).isEqualTo(4);
        FrontierEstimate e = new IsoFlopFrontier().estimate(profiles, new FrontierSettings(1e22, 0, 1));
        assertThat(e.a()).isCloseTo(0.5, within(1e-9));
        assertThat(e.b()).isCloseTo(0.5, within(1e-3));
        assertThat(e.optimalParameters()).isCloseTo(0.1 * Math.sqrt(1e22), within(1e7));
    }

    @Test
    void budgetsOpeningDownwardOrWithMinimumOutsideSampleAreLeftOutWithNotes() {
        FrontierEstimate e = new IsoFlopFrontier().estimate(parabolic(1e19, 1e20), new FrontierSettings(Double.NaN, 50, 1));
        assertThat(e.supportingPoints()).isEqualTo(2);
        assertThat(e.notes()).anyMatch(n -> n.contains("the parabola opens downward: C = 1.00e+19"))
                .anyMatch(n -> n.contains("the minimum lies outside the sampled N: C = 1.00e+20"));
        assertThat(e.a()).isCloseTo(0.5, within(1e-9));
        assertThat(e.aInterval().contains(0.5)).isTrue();
    }
}
