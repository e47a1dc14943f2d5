package org.scalingworkbench.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.FitData;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.fit.FitOptions;
import org.scalingworkbench.fit.Interval;
import org.scalingworkbench.fit.laws.PowerLaw;

class FitJobTest {

    /** The power law the data are drawn from: loss = A·N^(−α). */
    private static final double A = 20;
    private static final double ALPHA = 0.3;

    /** 16 sizes 1e6·2^i, loss with 1% log-normal noise (seed 11); the largest four held out. */
    private static FitData noisyPowerLaw() {
        Random noise = new Random(11);
        double[][] x = new double[16][];
        double[] y = new double[16];
        for (int i = 0; i < 16; i++) {
            double n = 1e6 * Math.pow(2, i);
            x[i] = new double[] {n};
            y[i] = A * Math.pow(n, -ALPHA) * Math.exp(0.01 * noise.nextGaussian());
        }
        return new FitData("loss", List.of(FitData.PLOTTED), List.of("params"), Arrays.copyOf(x, 12),
                Arrays.copyOf(y, 12), Arrays.copyOfRange(x, 12, 16), Arrays.copyOfRange(y, 12, 16));
    }

    private static FitJob.Outcome fit(int resamples) {
        return new FitJob(List.of(new PowerLaw()), Map.of("pl", FitOptions.defaults()), noisyPowerLaw(), null, resamples, 42L)
                .run(TaskContext.none());
    }

    @Test
    void outcomeCarriesEachParameterWithItsBootstrapInterval() {
        FitJob.Outcome out = fit(60);
        assertThat(out.rows()).extracting(ParameterRow::law, ParameterRow::parameter)
                .containsExactly(tuple("pl", "a"), tuple("pl", "alpha"));
        ParameterRow alpha = out.rows().get(1);
        assertThat(alpha.value()).isCloseTo(ALPHA, within(0.01));
        Interval ci = out.bootstraps().get("pl").interval("alpha", 0.95);
        assertThat(alpha.lower()).isEqualTo(ci.lower());
        assertThat(alpha.upper()).isEqualTo(ci.upper());
        assertThat(alpha.lower()).isLessThan(alpha.value()).isGreaterThan(ALPHA - 0.02);
        assertThat(alpha.upper()).isGreaterThan(alpha.value()).isLessThan(ALPHA + 0.02);
        assertThat(out.rows().get(0).value()).isCloseTo(A, within(A * 0.1));
    }

    @Test
    void withoutResamplesTheRowsHaveNoInterval() {
        FitJob.Outcome out = fit(0);
        assertThat(out.bootstraps()).isEmpty();
        assertThat(out.rows()).hasSize(2).allMatch(r -> Double.isNaN(r.lower()) && Double.isNaN(r.upper()));
        assertThat(out.rows()).allMatch(r -> !Double.isNaN(r.standardError()));
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        assertThat(fit(30).rows()).isEqualTo(fit(30).rows());
    }
}
