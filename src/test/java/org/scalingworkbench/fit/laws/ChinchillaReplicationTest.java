package org.scalingworkbench.fit.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.EpochChinchillaData;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.FitProblem;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Interval;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.solve.Bootstrap;
import org.scalingworkbench.fit.solve.MultiStartFitter;

/**
 * Besiroglu et al. 2024 ("Chinchilla Scaling: A replication attempt"): the Huber fit on 240 points
 * from 4,500 starts, and its 4,000-resample bootstrap, against the published numbers.
 */
class ChinchillaReplicationTest {

    private static FitProblem problem;
    private static FitOptions options;
    private static FitResult fit;
    private static BootstrapResult boot;

    @BeforeAll
    static void fitOnce() throws Exception {
        EpochChinchillaData data = EpochChinchillaData.load();
        problem = new FitProblem(new ChinchillaLaw(), data.x(), data.loss());
        options = FitOptions.defaults().withObjective(Objective.logHuber(1e-3));
        fit = new MultiStartFitter().fit(problem, options);
        boot = new Bootstrap().run(problem, options, fit, 4000, 42);
    }

    @Test
    void huberFitReproducesBesirogluParameters() {
        assertThat(fit.value("A")).isCloseTo(477.8, withinPercentage(0.1));
        assertThat(fit.value("B")).isCloseTo(2143, withinPercentage(0.1));
        assertThat(fit.value("E")).isCloseTo(1.8172, withinPercentage(0.1));
        assertThat(fit.value("alpha")).isCloseTo(0.3473, withinPercentage(0.1));
        assertThat(fit.value("beta")).isCloseTo(0.3672, withinPercentage(0.1));
        assertThat(fit.starts()).isEqualTo(4500);
    }

    @Test
    void huberFitReachesBesirogluObjectiveToFiveDigits() {
        assertThat(fit.objectiveValue()).isCloseTo(0.00101827, within(0.000000005));
    }

    /**
     * Within 5% of the published ends, except B within 8%: B's distribution has a heavy right tail
     * and its 2.5% and 97.5% quantiles move with the seed (over seeds 1-9 and 42 we measured
     * lower ends 1052-1128 and upper ends 5658-6134 against the published 1042 and 5810), while
     * every other end stayed within 3.5%.
     */
    @Test
    void bootstrapIntervalsMatchBesiroglu() {
        assertThat(boot.failed()).isZero();
        assertInterval(boot.interval("A", 0.95), 285, 744, 5);
        assertInterval(boot.interval("B", 0.95), 1042, 5810, 8);
        assertInterval(boot.interval("E", 0.95), 1.769, 1.871, 5);
        assertInterval(boot.interval("alpha", 0.95), 0.317, 0.373, 5);
        assertInterval(boot.interval("beta", 0.95), 0.331, 0.415, 5);
    }

    /**
     * Hoffmann et al.'s approach 3 from the fitted parameters (law order E, A, B, alpha, beta):
     * N_opt ∝ C^a with a = β/(α+β) = 0.514, and D_opt/N_opt = (C/6)^(b−a)/G² ≈ 17.9 at C = 5.76e23
     * FLOPs, with G = (αA/(βB))^(1/(α+β)) and b = α/(α+β) (Besiroglu et al. 2024).
     */
    @Test
    void derivedComputeOptimalQuantitiesMatchBesirogluWithBootstrapIntervals() {
        java.util.function.ToDoubleFunction<double[]> exponent = p -> p[4] / (p[3] + p[4]);
        java.util.function.ToDoubleFunction<double[]> tokensPerParameter = p -> {
            double g = Math.pow(p[3] * p[1] / (p[4] * p[2]), 1 / (p[3] + p[4]));
            return Math.pow(5.76e23 / 6, (p[3] - p[4]) / (p[3] + p[4])) / (g * g);
        };
        assertThat(exponent.applyAsDouble(fit.values())).isCloseTo(0.514, within(0.0005));
        assertThat(tokensPerParameter.applyAsDouble(fit.values())).isCloseTo(17.9, within(0.05));
        assertThat(boot.interval(exponent, 0.95).contains(0.514)).isTrue();
        assertThat(boot.interval(tokensPerParameter, 0.95).contains(17.9)).isTrue();
    }

    private static void assertInterval(Interval actual, double lower, double upper, double percent) {
        assertThat(actual.lower()).isCloseTo(lower, withinPercentage(percent));
        assertThat(actual.upper()).isCloseTo(upper, withinPercentage(percent));
    }
}
