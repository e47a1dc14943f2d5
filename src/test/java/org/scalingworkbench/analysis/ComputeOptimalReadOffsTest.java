package org.scalingworkbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.frontier.FrontierEstimate;
import org.scalingworkbench.fit.BootstrapResult;
import org.scalingworkbench.fit.FitResult;
import org.scalingworkbench.fit.Objective;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.laws.ChinchillaLaw;
import org.scalingworkbench.fit.laws.KaplanLaw;
import org.scalingworkbench.fit.laws.PowerLaw;

class ComputeOptimalReadOffsTest {

    /** Besiroglu et al.'s refit as DESIGN.md gives it: E, A, B, α, β. */
    private static final double[] BESIROGLU = {1.8172, 477.8, 2143, 0.3473, 0.3672};
    private static final List<String> CHINCHILLA = List.of("E", "A", "B", "alpha", "beta");

    private final ChinchillaLaw chinchilla = new ChinchillaLaw();

    @Test
    void besirogluParametersGiveThePublishedExponentAndTokensPerParameter() {
        FrontierEstimate e = readOffs(chinchilla, CHINCHILLA, BESIROGLU, null).frontier(5.76e23);
        assertThat(e.a()).isCloseTo(0.514, within(5e-4));
        assertThat(e.b()).isCloseTo(1 - e.a(), within(1e-15));
        assertThat(e.tokensPerParameter()).isCloseTo(17.9, within(0.05));
        assertThat(6 * e.optimalParameters() * e.optimalTokens()).isCloseTo(5.76e23, within(5.76e23 * 1e-12));
        assertThat(e.aInterval().lower()).isNaN();
    }

    @Test
    void lossAtTheOptimumIsTheLawAtNoptDoptAndTheLowestAlongTheBudget() {
        ComputeOptimalReadOffs r = readOffs(chinchilla, CHINCHILLA, BESIROGLU, null);
        double c = 1e22;
        FrontierEstimate e = r.frontier(c);
        double n = e.optimalParameters();
        double loss = r.optimalLoss(c).value();
        assertThat(loss).isCloseTo(chinchilla.value(new double[] {n, c / (6 * n)}, BESIROGLU), within(1e-12));
        for (double factor : new double[] {0.99, 1.01}) {
            double m = n * factor;
            assertThat(chinchilla.value(new double[] {m, c / (6 * m)}, BESIROGLU)).isGreaterThan(loss);
        }
        assertThat(r.optimalLoss(c).bootstrapInterval()).isEmpty();
    }

    @Test
    void computeForALossInvertsTheLossAlongTheFrontierAndNeverReachesE() {
        ComputeOptimalReadOffs r = readOffs(chinchilla, CHINCHILLA, BESIROGLU, null);
        double target = r.optimalLoss(3e24).value();
        assertThat(r.computeForLoss(target, 1e21).value()).isCloseTo(3e24, within(3e24 * 1e-9));
        assertThat(r.computeForLoss(BESIROGLU[0], 1e21).value()).isInfinite();
    }

    @Test
    void kaplansFrontierHasExponentAlphaDOverTheSumAndMinimisesItsLossAlongTheBudget() {
        KaplanLaw kaplan = new KaplanLaw();
        double[] p = KaplanLaw.PUBLISHED.stream().mapToDouble(Double::doubleValue).toArray();
        ComputeOptimalReadOffs r = readOffs(kaplan, List.of("Nc", "Dc", "alphaN", "alphaD"), p, null);
        double c = 1e21;
        FrontierEstimate e = r.frontier(c);
        assertThat(e.a()).isCloseTo(0.095 / (0.076 + 0.095), within(1e-12));
        assertThat(6 * e.optimalParameters() * e.optimalTokens()).isCloseTo(c, within(c * 1e-12));
        double n = e.optimalParameters();
        double loss = r.optimalLoss(c).value();
        for (double factor : new double[] {0.99, 1.01}) {
            double m = n * factor;
            assertThat(kaplan.value(new double[] {m, c / (6 * m)}, p)).isGreaterThan(loss);
        }
        assertThat(r.computeForLoss(loss, 1e18).value()).isCloseTo(c, within(c * 1e-9));
    }

    @Test
    void bootstrapGivesIntervalsAroundTheFitAndLeavesFailedResamplesOut() {
        double[][] samples = {scaled(0.98), scaled(1.0), scaled(1.02), scaled(Double.NaN)};
        ComputeOptimalReadOffs r = readOffs(chinchilla, CHINCHILLA, BESIROGLU, new BootstrapResult(CHINCHILLA, samples, 1, 7));
        FrontierEstimate e = r.frontier(1e22);
        assertThat(e.resamples()).isEqualTo(3);
        assertThat(e.ratioInterval().contains(e.tokensPerParameter())).isTrue();
        ReadOff loss = r.optimalLoss(1e22);
        assertThat(loss.interval().contains(loss.value())).isTrue();
        assertThat(loss.interval().upper()).isGreaterThan(loss.interval().lower());
        ReadOff compute = r.computeForLoss(2.1, 1e22);
        assertThat(compute.interval().contains(compute.value())).isTrue();
    }

    @Test
    void lawsWithoutAClosedFormFrontierAreRefused() {
        PowerLaw pl = new PowerLaw();
        assertThat(ComputeOptimalReadOffs.covers(pl)).isFalse();
        assertThat(ComputeOptimalReadOffs.covers(chinchilla)).isTrue();
        assertThatThrownBy(() -> readOffs(pl, List.of("a", "alpha"), new double[] {1, 0.3}, null))
                .hasMessageContaining("no closed-form compute-optimal frontier");
    }

    /** Besiroglu et al.'s parameters with A and B scaled by {@code f} (NaN: a failed refit). */
    private static double[] scaled(double f) {
        if (Double.isNaN(f)) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        return new double[] {BESIROGLU[0], BESIROGLU[1] * f, BESIROGLU[2] / f, BESIROGLU[3], BESIROGLU[4]};
    }

    private static ComputeOptimalReadOffs readOffs(ScalingLaw law, List<String> names, double[] p, BootstrapResult boot) {
        int k = p.length;
        FitResult fit = new FitResult(law.id(), Objective.logLeastSquares(), names, p, new boolean[k], new double[k],
                new double[k][k], 0, new double[0], 0, 0, 0, 1, 1, List.of());
        return new ComputeOptimalReadOffs(law, fit, boot, 60);
    }
}
