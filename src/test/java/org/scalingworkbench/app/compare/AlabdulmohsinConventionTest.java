package org.scalingworkbench.app.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scalingworkbench.analysis.Curve;
import org.scalingworkbench.analysis.ExtrapolationError;
import org.scalingworkbench.analysis.HoldOutSplit;
import org.scalingworkbench.analysis.Partition;
import org.scalingworkbench.data.SweepImporter;

/**
 * Why our power law + constant extrapolates the NMT curves worse than the authors' M2 figures
 * (0.0384 / 0.0564 / 0.0527 / 0.0103 / 0.0126): their M2 is fitted in another convention. Their
 * code regresses ln(y − ε∞) on ln x (the log of the excess loss, not of the loss), with ε∞ in
 * [0, min y − 1e-3], starting at the top of that range and descending to the first local
 * minimum. Reproducing that convention (closed-form line for each ε∞ on a fine grid, scanned down
 * from the start) gives their five figures to 4 digits through our RMSLE; on three curves that
 * local minimum is not the convention's global one (ε∞ = 0, a plain power law).
 */
class AlabdulmohsinConventionTest {

    private static final Map<String, Double> AUTHORS_M2 = Map.of("6 Enc, 6 Dec", 0.0384, "28 Enc, 6 Dec", 0.0564,
            "6 Enc, 28 Dec", 0.0527, "Dec-only", 0.0103, "TEnc-LSTM", 0.0126);
    private static final int GRID = 20_000;

    @Test
    void excessLossRegressionFromTheTopReproducesTheAuthorsM2() throws IOException {
        Path dir = Path.of(System.getProperty("shared.data.dir", "../shared/data"));
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared data folder " + dir + " absent: skipping");
        var sweep = new SweepImporter().importFile(dir.resolve("nslpfn/benchmark.lang.csv")).sweep();
        List<Curve> curves = new org.scalingworkbench.app.select.PointSelection().select(sweep,
                org.scalingworkbench.app.request.DataSelection.loaded().withWhere(Map.of("Domain", "NMT"))
                        .withCurveKey(List.of("Model"))).curves().stream().map(c -> c.points().curve()).toList();
        assertThat(curves).hasSize(5);
        for (Curve curve : curves) {
            Partition p = Partition.of(curve, new HoldOutSplit.SplitColumn("Training"));
            double[] fit = firstLocalMinimumFromTheTop(p.trainX(), p.trainY());
            double[] predicted = java.util.Arrays.stream(p.heldOutX())
                    .map(x -> fit[0] + Math.exp(fit[1] + fit[2] * Math.log(x))).toArray();
            String model = curve.name().substring("Model = ".length());
            assertThat(ExtrapolationError.rmsle(predicted, p.heldOutY())).as(model)
                    .isCloseTo(AUTHORS_M2.get(model), within(0.00006));
        }
    }

    /** {ε∞, ln β, c} at the first local minimum of the excess-loss objective below min y − 1e-3. */
    private static double[] firstLocalMinimumFromTheTop(double[] x, double[] y) {
        double top = java.util.Arrays.stream(y).min().getAsDouble() - 1e-3;
        double[] previous = line(x, y, top);
        for (int k = GRID - 1; k >= 0; k--) {
            double[] next = line(x, y, top * k / GRID);
            if (next[3] > previous[3]) {
                break;
            }
            previous = next;
        }
        return previous;
    }

    /** The least-squares line ln(y − ε) = ln β + c·ln x: {ε, ln β, c, sum of squares}. */
    private static double[] line(double[] x, double[] y, double eps) {
        int n = x.length;
        double mu = 0;
        double mv = 0;
        for (int i = 0; i < n; i++) {
            mu += Math.log(x[i]) / n;
            mv += Math.log(y[i] - eps) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double du = Math.log(x[i]) - mu;
            sxy += du * (Math.log(y[i] - eps) - mv);
            sxx += du * du;
        }
        double c = sxy / sxx;
        double a = mv - c * mu;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double r = Math.log(y[i] - eps) - a - c * Math.log(x[i]);
            ss += r * r;
        }
        return new double[] {eps, a, c, ss};
    }
}
